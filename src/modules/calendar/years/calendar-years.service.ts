import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { invalidCalendarInput } from '../calendar.errors';
import {
  CalendarChangeListeners,
  type CommittedCalendarChange,
} from '../changes/calendar-change-listeners.service';
import { buildCheckedCalendar } from '../calendar.service';
import {
  proposeProvisionalDays,
  type CalendarYearStatus,
  type ScheduleEntry,
} from '../domain/calendar-assembly';
import { checkCalendarChange, checkYearInCalendar } from '../domain/calendar-change-check';
import { findChangeScope } from '../domain/calendar-change-scope';
import { replaceYearSchedule } from '../domain/calendar-data';
import { proposeYearSchedule } from '../domain/holidays';
import { type IsoDate } from '../domain/local-date';
import { CalendarRevisionRepository } from '../revision/calendar-revision.repository';
import { WorkingCalendarCache } from '../working-calendar.cache';
import { CalendarYearsRepository } from './calendar-years.repository';

export interface SourceDocument {
  readonly documentNumber: string | null;
  readonly documentDate: IsoDate | null;
  readonly title: string | null;
}

export interface YearScheduleView {
  readonly year: number;
  readonly status: CalendarYearStatus;
  // false: nobody stored this year; it is the calendar's proposal, computed on demand.
  readonly stored: boolean;
  readonly source: SourceDocument | null;
  readonly note: string | null;
  readonly updatedAt: Date | null;
  readonly days: readonly ScheduleEntry[];
}

export interface OfficialYearInput {
  readonly documentNumber: string;
  readonly documentDate: IsoDate;
  readonly documentTitle?: string;
  readonly note?: string;
  readonly days: readonly ScheduleEntry[];
}

// Administrators' view and entry of a year's official schedule (the Prime Minister's decision as
// announced for civil servants).
@Injectable()
export class CalendarYearsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly years: CalendarYearsRepository,
    private readonly revisions: CalendarRevisionRepository,
    private readonly cache: WorkingCalendarCache,
    private readonly audit: AuditService,
    private readonly changeListeners: CalendarChangeListeners,
  ) {}

  async getYear(year: number): Promise<YearScheduleView> {
    assertYearInCalendar(year);
    const row = await this.years.findYear(this.txHost.tx, year);
    if (!row) {
      const proposal = proposeYearSchedule(year);
      return {
        year,
        status: 'PROVISIONAL',
        stored: false,
        source: null,
        note: proposal.rule,
        updatedAt: null,
        days: proposeProvisionalDays(year),
      };
    }
    const days = await this.years.findDays(this.txHost.tx, year);
    const source = {
      documentNumber: row.sourceDocumentNumber,
      documentDate: row.sourceDocumentDate,
      title: row.sourceDocumentTitle,
    };
    return {
      year,
      status: row.status,
      stored: true,
      source: Object.values(source).every((value) => value === null) ? null : source,
      note: row.note,
      updatedAt: row.updatedAt,
      days: days.map(({ date, kind, name, source: daySource }) => ({
        date,
        kind,
        name,
        ...(daySource !== null && { source: daySource }),
      })),
    };
  }

  // Replaces the year's days with the official ones; the year becomes OFFICIAL. Open deadlines are
  // not moved in this transaction: once it commits, the change listeners hear of it (the dossiers
  // re-date their open deadlines as their own audited event; POST /dossiers/deadline-recompute/
  // preview shows beforehand which would move).
  async replaceYear(year: number, input: OfficialYearInput): Promise<YearScheduleView> {
    const saved = await this.saveOfficialYear(year, input);
    await this.changeListeners.notifyCommitted(saved.change);
    return saved.view;
  }

  @Transactional()
  private async saveOfficialYear(
    year: number,
    input: OfficialYearInput,
  ): Promise<{ view: YearScheduleView; change: CommittedCalendarChange }> {
    const change = { kind: 'year-schedule', year, days: input.days } as const;
    const errors = checkCalendarChange(change);
    if (errors.length > 0) {
      throw invalidCalendarInput(errors);
    }
    const manager = this.txHost.tx;
    const revision = await this.revisions.bump(manager); // serialises calendar changes from here to commit
    const snapshot = await this.cache.loadSnapshot(manager);
    buildCheckedCalendar(replaceYearSchedule(snapshot, year, input.days), null);
    const previous = await this.getYear(year);
    const defaultSource = `${input.documentNumber} ngày ${formatVietnameseDate(input.documentDate)}`;
    const days = input.days.map((day) => ({ ...day, source: day.source ?? defaultSource }));
    await this.years.replaceYear(
      manager,
      year,
      {
        status: 'OFFICIAL',
        sourceDocumentNumber: input.documentNumber,
        sourceDocumentDate: input.documentDate,
        sourceDocumentTitle: input.documentTitle ?? null,
        note: input.note ?? null,
      },
      days,
    );
    await this.audit.record({
      action: 'calendar.year.update',
      targetType: 'calendar_year',
      targetId: String(year),
      summary: {
        previousStatus: previous.stored ? previous.status : null,
        status: 'OFFICIAL',
        documentNumber: input.documentNumber,
        documentDate: input.documentDate,
        dayCount: days.length,
        ...compareDays(previous.days, days),
      },
    });
    const scope = findChangeScope(snapshot, change);
    return {
      view: await this.getYear(year),
      change: { revision, action: 'calendar.year.update', targetId: String(year), scope },
    };
  }
}

function assertYearInCalendar(year: number): void {
  const errors = checkYearInCalendar(year, 'year');
  if (errors.length > 0) {
    throw invalidCalendarInput(errors);
  }
}

// Which dates stop or start being special, or change kind: what an auditor wants to see.
function compareDays(before: readonly ScheduleEntry[], after: readonly ScheduleEntry[]) {
  const kindBefore = new Map(before.map((day) => [day.date, day.kind]));
  const kindAfter = new Map(after.map((day) => [day.date, day.kind]));
  return {
    datesAdded: after.filter((day) => !kindBefore.has(day.date)).map((day) => day.date),
    datesRemoved: before.filter((day) => !kindAfter.has(day.date)).map((day) => day.date),
    datesChangedKind: after
      .filter((day) => kindBefore.has(day.date) && kindBefore.get(day.date) !== day.kind)
      .map((day) => day.date),
  };
}

function formatVietnameseDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
