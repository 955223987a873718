import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { pageOffset } from '../../../infra/http/page-query';
import { CalendarService } from '../../calendar';
import { addWorkingMinutes } from '../../calendar/domain/engine';
import { vietnamDayNumberOf, vietnamInstantOf } from '../../calendar/domain/local-date';
import { type Principal } from '../../identity';
import { DOSSIER_STATUS_FACTS, DOSSIER_STATUSES } from '../domain';
import { Dossier } from '../dossier.entity';
import { ReaderAgencies } from './reader-agencies';
import { type WorkQueueQuery } from './work-queue.dto';

// Open = received and neither resolved nor ended: what "within time / overdue" is about.
const OPEN_STATUSES = DOSSIER_STATUSES.filter((status) => DOSSIER_STATUS_FACTS[status].phase === 'HANDLING');
const WORKING_DAY_MINUTES = 480;
// Counting stops here: a province-wide "browse all" need not count a million rows to say so.
export const COUNT_CAP = 10_000;

export interface WorkQueueResult {
  items: Dossier[];
  // Procedure version id → its name, for the page's rows.
  procedureNames: Map<string, string>;
  total: number;
  totalCapped: boolean;
}

// Staff work queues: dossiers now at (or received by) the agencies the caller may read — their
// organisation's own agencies, or for leaders and admins its whole subtree — filtered, sorted
// and paged with a stable tie-break; citizens get their own dossiers.
@Injectable()
export class WorkQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: ReaderAgencies,
    private readonly calendar: CalendarService,
  ) {}

  async list(reader: Principal, query: WorkQueueQuery, now = new Date()): Promise<WorkQueueResult> {
    const builder = this.dataSource.getRepository(Dossier).createQueryBuilder('d');
    await this.restrictToReader(builder, reader);
    await this.applyFilters(builder, reader, query, now);
    const counted = builder
      .clone()
      .select('d.id')
      .orderBy()
      .limit(COUNT_CAP + 1);
    const column = { dueAt: 'd.due_at', receivedAt: 'd.received_at', submittedAt: 'd.submitted_at' }[
      query.sort
    ];
    const [items, counts] = await Promise.all([
      builder
        .orderBy(
          column,
          query.order === 'asc' ? 'ASC' : 'DESC',
          query.order === 'asc' ? 'NULLS LAST' : 'NULLS FIRST',
        )
        .addOrderBy('d.id', query.order === 'asc' ? 'ASC' : 'DESC')
        .skip(pageOffset(query))
        .take(query.pageSize)
        .getMany(),
      this.dataSource
        .createQueryBuilder()
        .select('count(*)::int', 'n')
        .from(`(${counted.getQuery()})`, 'matched')
        .setParameters(counted.getParameters())
        .getRawOne<{ n: number }>(),
    ]);
    const total = counts?.n ?? 0;
    return {
      items,
      procedureNames: await this.procedureNamesOf(items),
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
    };
  }

  // The pinned versions' names, looked up for the page's rows by primary key after the page is
  // chosen: a join in the paged query would change the plans its indexes were chosen for.
  private async procedureNamesOf(items: Dossier[]): Promise<Map<string, string>> {
    const versionIds = [...new Set(items.map((dossier) => dossier.procedureVersionId))];
    if (versionIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.query<Array<{ id: string; name: string }>>(
      'SELECT id, name FROM procedure_versions WHERE id = ANY($1)',
      [versionIds],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async restrictToReader(builder: SelectQueryBuilder<Dossier>, reader: Principal): Promise<void> {
    if (reader.kind === 'citizen') {
      builder.where('d.citizen_id = :citizenId', { citizenId: reader.id });
      return;
    }
    // The agencies first, then plain "= ANY" conditions the planner can answer with index scans
    // combined (BitmapOr); subqueries inside the OR made it filter the whole province instead.
    // A parallel participant of an inter-agency route sees the dossier while its step is open,
    // a consulted agency while its consultation waits for its answer.
    const agencyIds = await this.readers.of(reader);
    builder.where(
      `(d.current_agency_id = ANY(:agencyIds) OR d.receiving_agency_id = ANY(:agencyIds)
        OR d.id = ANY(ARRAY(SELECT s.dossier_id FROM dossier_steps s
                            WHERE s.status = 'ACTIVE' AND s.agency_id = ANY(:agencyIds)))
        OR d.id = ANY(ARRAY(SELECT c.dossier_id FROM dossier_consultations c
                            WHERE c.answered_at IS NULL AND c.consulted_agency_id = ANY(:agencyIds))))`,
      { agencyIds },
    );
  }

  private async applyFilters(
    builder: SelectQueryBuilder<Dossier>,
    reader: Principal,
    query: WorkQueueQuery,
    now: Date,
  ): Promise<void> {
    const equals: Array<[keyof WorkQueueQuery, string]> = [
      ['status', 'd.status = :status'],
      ['agencyId', 'd.current_agency_id = :agencyId'],
      ['procedureId', 'd.procedure_id = :procedureId'],
      ['sectorId', 'd.sector_id = :sectorId'],
      ['channel', 'd.channel = :channel'],
      ['level', 'd.level_code = :level'],
      ['receivedFrom', 'd.received_at >= :receivedFrom'],
      ['receivedTo', 'd.received_at < :receivedTo'],
    ];
    for (const [key, condition] of equals) {
      if (query[key] !== undefined) {
        builder.andWhere(condition, { [key]: query[key] });
      }
    }
    if (query.assignedToMe) {
      builder.andWhere('d.assigned_to_id = :me', { me: reader.id });
    }
    if (query.code) {
      builder.andWhere('d.code LIKE :code', { code: `${query.code.replace(/[%_\\]/g, '\\$&')}%` });
    }
    if (query.applicant) {
      builder.andWhere('f_unaccent(lower(d.applicant_name)) LIKE f_unaccent(lower(:applicant))', {
        applicant: `%${query.applicant.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (query.due !== undefined || query.dueWithinWorkingDays !== undefined) {
      // Open: the HANDLING statuses, said twice so the planner may choose: by status it can use an
      // agency's (agency, status, due_at) index (a unit's queue), by the partial index's predicate
      // the open dossiers' due_at index (the province's overdue list).
      builder.andWhere('d.status IN (:...open)', { open: OPEN_STATUSES });
      builder.andWhere('d.received_at IS NOT NULL AND d.resolved_at IS NULL AND d.ended_at IS NULL');
    }
    if (query.due === 'overdue') {
      builder.andWhere('d.due_at < :now', { now });
    }
    if (query.due === 'today') {
      const today = vietnamDayNumberOf(now.getTime());
      builder.andWhere('d.due_at >= :dayStart AND d.due_at < :dayEnd', {
        dayStart: new Date(vietnamInstantOf(today, 0)),
        dayEnd: new Date(vietnamInstantOf(today + 1, 0)),
      });
    }
    if (query.dueWithinWorkingDays !== undefined) {
      const cal = await this.calendar.calendarFor(reader.kind === 'staff' ? reader.agencyId : undefined);
      const limit = addWorkingMinutes(cal, now.getTime(), query.dueWithinWorkingDays * WORKING_DAY_MINUTES);
      builder.andWhere('d.due_at <= :limit', { limit: new Date(limit) });
    }
  }
}
