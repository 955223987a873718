import { Injectable } from '@nestjs/common';
import { invalidCalendarInput, officeHoursNotFound } from '../calendar.errors';
import { CalendarService, type ProposedCalendars } from '../calendar.service';
import { type CalendarChange } from '../domain/calendar-data';
import { type RecomputeChange, type TrackedDeadline } from '../domain/engine';
import { type ScheduleEntry } from '../domain/calendar-assembly';
import { type OfficeHoursInput } from '../office-hours/office-hours.service';
import { WorkingCalendarCache } from '../working-calendar.cache';

// A proposed change as an administrator describes it: a year's official schedule, or one
// office-hours edit (a new rule; `replaceId` with a rule to change one; `replaceId` alone to
// delete one).
export interface ProposedChange {
  readonly yearSchedule?: { readonly year: number; readonly days: readonly ScheduleEntry[] };
  readonly officeHours?: {
    readonly agencyId?: string;
    readonly replaceId?: string;
    readonly rule?: OfficeHoursInput;
  };
}

@Injectable()
export class RecomputePreviewService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly cache: WorkingCalendarCache,
  ) {}

  async preview(
    proposed: ProposedChange,
    deadlines: readonly TrackedDeadline[],
    agencyId?: string,
  ): Promise<RecomputeChange[]> {
    return this.calendar.previewRecompute(await this.toCalendarChange(proposed), deadlines, agencyId);
  }

  // The calendars the proposed change would give, for modules previewing their own deadlines.
  async proposeCalendars(proposed: ProposedChange): Promise<ProposedCalendars> {
    return this.calendar.proposeCalendars(await this.toCalendarChange(proposed));
  }

  private async toCalendarChange(proposed: ProposedChange): Promise<CalendarChange> {
    const { yearSchedule, officeHours } = proposed;
    if ((yearSchedule === undefined) === (officeHours === undefined)) {
      throw invalidCalendarInput([
        { field: 'change', message: 'Cần đúng một thay đổi: yearSchedule hoặc officeHours' },
      ]);
    }
    if (yearSchedule) {
      return { kind: 'year-schedule', year: yearSchedule.year, days: yearSchedule.days };
    }
    const { replaceId, rule, agencyId } = officeHours!;
    if (replaceId === undefined) {
      if (!rule) {
        throw invalidCalendarInput([
          {
            field: 'change.officeHours.rule',
            message: 'change.officeHours.rule là bắt buộc khi thêm quy định mới',
          },
        ]);
      }
      if (agencyId !== undefined) {
        await this.cache.findLineage(agencyId);
      }
      return {
        kind: 'office-hours',
        agencyId: agencyId ?? null,
        change: { kind: 'create', rule: { id: 'proposed', ...rule } },
      };
    }
    const existing = (await this.cache.current()).officeHours.find((candidate) => candidate.id === replaceId);
    if (!existing) {
      throw officeHoursNotFound(replaceId);
    }
    const change = rule
      ? { kind: 'update' as const, rule: { id: replaceId, ...rule } }
      : { kind: 'delete' as const, id: replaceId };
    return { kind: 'office-hours', agencyId: existing.agencyId, change };
  }
}
