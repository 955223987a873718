import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { plainToInstance } from 'class-transformer';
import { DomainError } from '../../../common';
import { JobQueue } from '../../../infra/queue/job-queue';
import { FileStorage } from '../../../infra/storage';
import { type Principal, type Role, type StaffPrincipal } from '../../identity';
import { reportScopeNotFound } from '../reports.errors';
import { ReportExport } from './report-export.entity';
import { ReportExportRepository } from './report-export.repository';
import { reportExportNotFound, reportExportNotQueued, reportExportNotReady } from './report-exports.errors';
import { ReportFilesService } from './report-files.service';
import {
  type ExportReport,
  type FileFormat,
  QUERY_CLASS_OF_REPORT,
  type ReportRequest,
} from './report-request';

// A file is kept this long after it is written, then the sweep deletes it with its row.
export const EXPORT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
// Far above any report of a province's years; a bound so that a runaway export cannot fill the disk.
const MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024;

export type ExportRequest = ReportRequest & { readonly format: FileFormat };

const UNEXPECTED_FAILURE = {
  title: 'Không tạo được tệp báo cáo',
  detail: 'Đã có lỗi không mong muốn khi tạo tệp. Vui lòng tạo yêu cầu xuất mới hoặc báo cho quản trị viên.',
};

// Background exports (POST /reports/exports): a row per request, a job that writes the file
// through the FileStorage a batch at a time with its progress, and the download for its
// requester (or an administrator) until the file expires.
@Injectable()
export class ReportExportsService {
  private readonly logger = new Logger('ReportExports');

  constructor(
    private readonly exports: ReportExportRepository,
    private readonly files: ReportFilesService,
    private readonly queue: JobQueue,
    private readonly storage: FileStorage,
  ) {}

  async request(reader: Principal, request: ExportRequest): Promise<ReportExport> {
    const staff = asStaff(reader);
    await this.files.checkScope(staff, request); // a bad period or another scope: nothing is stored
    const id = randomUUID();
    await this.exports.insert({
      id,
      requestedBy: staff.id,
      requesterUsername: staff.username,
      requesterAgencyId: staff.agencyId,
      requesterRoles: [...staff.roles],
      report: request.report,
      format: request.format,
      query: storedQueryOf(request),
    });
    try {
      await this.queue.enqueue('exports.report', { exportId: id }, { jobId: `export:${id}`, attempts: 3 });
    } catch (error) {
      this.logger.error(`Export ${id} could not be queued: ${(error as Error).message}`);
      const notQueued = reportExportNotQueued();
      await this.exports.fail(id, null, {
        title: notQueued.title,
        detail: notQueued.detail,
        expiresAt: new Date(Date.now() + EXPORT_RETENTION_MS),
      });
      throw notQueued;
    }
    return (await this.exports.findById(id))!;
  }

  async find(reader: Principal, id: string): Promise<ReportExport> {
    const found = await this.exports.findById(id);
    if (!found || !isVisibleTo(found, reader) || isExpired(found, new Date())) {
      throw reportExportNotFound();
    }
    return found;
  }

  async list(reader: Principal, page: { offset: number; limit: number }): Promise<[ReportExport[], number]> {
    return this.exports.listOf(asStaff(reader).id, page);
  }

  async download(reader: Principal, id: string): Promise<{ export: ReportExport; content: Readable }> {
    const found = await this.find(reader, id);
    if (found.status !== 'DONE' || found.fileKey === null) {
      throw reportExportNotReady(found.status);
    }
    return { export: found, content: await this.storage.openRead(found.fileKey) };
  }

  // The job: sweep what has expired, then write this export's file from the start (a run after a
  // crash overwrites: it writes a new file and only the run that finishes last-started counts).
  async run(exportId: string, now = new Date()): Promise<void> {
    await this.sweepExpired(now);
    const row = await this.exports.start(exportId);
    if (!row) {
      return; // finished, failed or expired already: a redelivered job has nothing to do
    }
    const attempt = row.attempts;
    const expiresAt = new Date(now.getTime() + EXPORT_RETENTION_MS);
    try {
      const file = await this.files.prepare(requesterOf(row), requestOf(row), row.format as FileFormat, {
        onProgress: (done, total) =>
          this.exports.setProgress(
            exportId,
            attempt,
            Math.min(99, Math.floor((100 * done) / Math.max(total, 1))),
          ),
      });
      const output = new PassThrough();
      const [written, stored] = await Promise.allSettled([
        file.write(output).catch((error: unknown) => {
          output.destroy(error as Error);
          throw error;
        }),
        this.storage.put(output, { maxBytes: MAX_EXPORT_BYTES }),
      ]);
      if (written.status === 'rejected') {
        throw written.reason;
      }
      if (stored.status === 'rejected') {
        throw stored.reason;
      }
      const isCurrent = await this.exports.finish(exportId, attempt, {
        rows: file.rowsWritten(),
        fileName: file.fileName,
        contentType: file.contentType,
        fileKey: stored.value.key,
        sizeBytes: stored.value.size,
        sha256: stored.value.sha256,
        expiresAt,
      });
      if (!isCurrent) {
        await this.storage.delete(stored.value.key); // a later run writes the export's file
      }
    } catch (error) {
      // A coded error (the scope is no longer the requester's, a period that no longer reads) is
      // the user's to read; anything else is logged and told in general terms. Not retried: the
      // requester sees FAILED and may ask again.
      if (!(error instanceof DomainError)) {
        this.logger.error(`Export ${exportId} failed: ${(error as Error).stack ?? String(error)}`);
      }
      const failure =
        error instanceof DomainError ? { title: error.title, detail: error.detail } : UNEXPECTED_FAILURE;
      await this.exports.fail(exportId, attempt, { ...failure, expiresAt });
    }
  }

  // Deletes the files and rows past their expiry (run at the start of every export job).
  async sweepExpired(now: Date): Promise<number> {
    const expired = await this.exports.findExpired(now);
    for (const row of expired) {
      if (row.fileKey !== null) {
        await this.storage.delete(row.fileKey);
      }
      await this.exports.delete(row.id);
    }
    return expired.length;
  }
}

function asStaff(reader: Principal): StaffPrincipal {
  if (reader.kind !== 'staff') {
    throw reportScopeNotFound();
  }
  return reader;
}

function isVisibleTo(row: ReportExport, reader: Principal): boolean {
  return reader.kind === 'staff' && (row.requestedBy === reader.id || reader.roles.includes('ADMIN'));
}

function isExpired(row: ReportExport, now: Date): boolean {
  return row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime();
}

// The validated query as stored: the file's format is the request's, and a file holds every
// dossier, never one page.
function storedQueryOf(request: ExportRequest): Record<string, unknown> {
  const { format: _format, ...query } = request.query as { format?: unknown } & Record<string, unknown>;
  if (request.report === 'on-time-dossiers') {
    delete query.page;
    delete query.pageSize;
  }
  return query;
}

function requestOf(row: ReportExport): ReportRequest {
  const report = row.report as ExportReport;
  return { report, query: plainToInstance(QUERY_CLASS_OF_REPORT[report], row.query) } as ReportRequest;
}

// The requester as they asked; their scope is checked again by the report itself.
function requesterOf(row: ReportExport): StaffPrincipal {
  return {
    kind: 'staff',
    id: row.requestedBy,
    username: row.requesterUsername,
    agencyId: row.requesterAgencyId,
    roles: row.requesterRoles as Role[],
  };
}
