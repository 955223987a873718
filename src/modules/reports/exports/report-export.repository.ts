import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { ReportExport } from './report-export.entity';

export interface WrittenFile {
  readonly rows: number;
  readonly fileName: string;
  readonly contentType: string;
  readonly fileKey: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly expiresAt: Date;
}

export interface ExportFailure {
  readonly title: string;
  readonly detail: string;
  readonly expiresAt: Date;
}

// The background exports' rows. Every update of a run names the run (attempts): a run that a
// later one has overtaken (a job redelivered while its first worker still lived) changes nothing.
@Injectable()
export class ReportExportRepository {
  private readonly exports: Repository<ReportExport>;

  constructor(dataSource: DataSource) {
    this.exports = dataSource.getRepository(ReportExport);
  }

  async insert(
    row: Pick<
      ReportExport,
      | 'id'
      | 'requestedBy'
      | 'requesterUsername'
      | 'requesterAgencyId'
      | 'requesterRoles'
      | 'report'
      | 'format'
      | 'query'
    >,
  ): Promise<void> {
    await this.exports.save(this.exports.create({ ...row, status: 'QUEUED', progress: 0 }));
  }

  findById(id: string): Promise<ReportExport | null> {
    return this.exports.findOneBy({ id });
  }

  async listOf(
    requestedBy: string,
    page: { offset: number; limit: number },
  ): Promise<[ReportExport[], number]> {
    return this.exports.findAndCount({
      where: { requestedBy },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  // Starts a run of an export still to be written (QUEUED, or RUNNING when its worker died);
  // null when it is finished or gone.
  async start(id: string): Promise<ReportExport | null> {
    const result = await this.exports
      .createQueryBuilder()
      .update()
      .set({
        status: 'RUNNING',
        attempts: () => 'attempts + 1',
        progress: 0,
        startedAt: () => 'now()',
      })
      .where("id = :id AND status IN ('QUEUED', 'RUNNING')", { id })
      .execute();
    return (result.affected ?? 0) > 0 ? this.findById(id) : null;
  }

  async setProgress(id: string, attempt: number, progress: number): Promise<void> {
    await this.exports.update({ id, attempts: attempt, status: 'RUNNING' }, { progress });
  }

  // False when another run has overtaken this one: its file is then not the export's.
  async finish(id: string, attempt: number, file: WrittenFile): Promise<boolean> {
    const result = await this.exports.update(
      { id, attempts: attempt, status: 'RUNNING' },
      {
        ...file,
        sizeBytes: String(file.sizeBytes),
        status: 'DONE',
        progress: 100,
        finishedAt: () => 'now()',
      },
    );
    return (result.affected ?? 0) > 0;
  }

  // A failed export stays visible, with its reason, until it expires like a file would.
  async fail(id: string, attempt: number | null, error: ExportFailure): Promise<void> {
    await this.exports.update(
      attempt === null ? { id, status: 'QUEUED' } : { id, attempts: attempt, status: 'RUNNING' },
      {
        status: 'FAILED',
        errorTitle: error.title,
        errorDetail: error.detail,
        finishedAt: () => 'now()',
        expiresAt: error.expiresAt,
      },
    );
  }

  findExpired(now: Date): Promise<ReportExport[]> {
    return this.exports
      .createQueryBuilder('e')
      .where('e.expires_at < :now', { now })
      .orderBy('e.expires_at')
      .limit(1000)
      .getMany();
  }

  async delete(id: string): Promise<void> {
    await this.exports.delete({ id });
  }
}
