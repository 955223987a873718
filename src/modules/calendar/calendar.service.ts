import { Injectable } from '@nestjs/common';
import {
  calendarDefinitionRejected,
  invalidCalendarInput,
  officeHoursConflict,
  outsideCalendar,
} from './calendar.errors';
import { checkCalendarChange, checkTrackedDeadlines } from './domain/calendar-change-check';
import { type CalendarChangeScope, findChangeScope } from './domain/calendar-change-scope';
import {
  CALENDAR_FIRST_DATE,
  CALENDAR_LAST_DATE,
  checkDeadlineAmount,
  MAX_DAYS_PER_REQUEST,
} from './domain/calendar-range';
import {
  applyCalendarChange,
  buildScopedCalendar,
  type CalendarChange,
  type CalendarData,
  type ScopedCalendar,
  type ScopedOfficeHours,
  selectOfficeHoursOwner,
} from './domain/calendar-data';
import {
  CalendarDefinitionError,
  CalendarRangeError,
  computeDeadline,
  type DeadlineResult,
  type DeadlineUnit,
  describeDay,
  type DayKind,
  explainDeadline,
  type ExplainedDeadline,
  type OfficePeriod,
  previewRecompute,
  type RecomputeChange,
  type TrackedDeadline,
  type WorkingCalendar,
} from './domain/engine';
import { convertSolarToLunar, type LunarDate } from './domain/lunar';
import {
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  vietnamDayNumberOf,
  type IsoDate,
} from './domain/local-date';
import { WorkingCalendarCache } from './working-calendar.cache';

export interface DeadlineQuery {
  readonly startMs: number;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  readonly online?: boolean;
  readonly agencyId?: string;
}

export interface CalendarDayView {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  readonly name: string | null;
  readonly lunar: LunarDate;
  // The day's year has no official schedule yet: the day may still change.
  readonly provisional: boolean;
  readonly periods: readonly OfficePeriod[];
}

export interface DescribedDays {
  // Whose office hours the periods are: an agency's, or null for the province default.
  readonly officeHoursAgencyId: string | null;
  readonly days: readonly CalendarDayView[];
}

// The calendars as a change would make them (nothing saved), built once per office-hours scope.
export interface ProposedCalendars {
  readonly scope: CalendarChangeScope;
  calendarFor(agencyId: string): Promise<WorkingCalendar>;
}

export interface AgencyOfficeHours {
  // The agency whose rules apply (the agency itself or its nearest ancestor with rules of its
  // own); null when the province default applies.
  readonly officeHoursAgencyId: string | null;
  readonly rules: readonly ScopedOfficeHours[];
}

// The calendar's public face for other modules (dossiers, reports): deadlines, explanations and
// days, each answered from the calendar of the agency concerned.
@Injectable()
export class CalendarService {
  constructor(private readonly cache: WorkingCalendarCache) {}

  // The working calendar of an agency (its office hours or its nearest ancestor's), for modules
  // that run the engine's pure functions themselves (the dossier clock).
  async calendarFor(agencyId?: string): Promise<WorkingCalendar> {
    return (await this.cache.get(agencyId)).calendar;
  }

  async computeDeadline(query: DeadlineQuery): Promise<DeadlineResult> {
    assertDeadlineQuery(query);
    const { calendar } = await this.cache.get(query.agencyId);
    return answerWithinCalendar(() => computeDeadline(calendar, query));
  }

  async explainDeadline(query: DeadlineQuery): Promise<ExplainedDeadline> {
    assertDeadlineQuery(query);
    const { calendar } = await this.cache.get(query.agencyId);
    return answerWithinCalendar(() => explainDeadline(calendar, query));
  }

  async describeDays(from: IsoDate, to: IsoDate, agencyId?: string): Promise<DescribedDays> {
    const [first, last] = checkDayRange(from, to);
    const { calendar, provisionalYears, officeHoursAgencyId } = await this.cache.get(agencyId);
    const days: CalendarDayView[] = [];
    for (let dayNumber = first; dayNumber <= last; dayNumber++) {
      const day = describeDay(calendar, dayNumber);
      const civil = fromDayNumber(dayNumber);
      days.push({
        date: day.date,
        working: day.isWorkingDay,
        kind: day.kind,
        name: day.name ?? null,
        lunar: convertSolarToLunar(civil),
        provisional: provisionalYears.has(civil.year),
        periods: day.periods,
      });
    }
    return { officeHoursAgencyId, days };
  }

  // Which open deadlines a change would move, and by how much; nothing is saved. The deadlines
  // follow the calendar of `agencyId` (the province's when absent).
  async previewRecompute(
    change: CalendarChange,
    deadlines: readonly TrackedDeadline[],
    agencyId?: string,
  ): Promise<RecomputeChange[]> {
    const errors = [...checkCalendarChange(change, 'change.'), ...checkTrackedDeadlines(deadlines)];
    if (errors.length > 0) {
      throw invalidCalendarInput(errors);
    }
    deadlines.forEach((deadline, index) =>
      assertInstantInCalendar(deadline.startMs, `deadlines[${index}].start`),
    );
    const snapshot = await this.cache.current();
    const applied = applyCalendarChange(snapshot, change);
    if (!applied.ok) {
      throw officeHoursConflict(applied.conflict);
    }
    const lineage = agencyId === undefined ? [] : await this.cache.findLineage(agencyId);
    const before = await this.cache.get(agencyId);
    const after = buildCheckedCalendar(applied.data, selectOfficeHoursOwner(applied.data, lineage));
    return answerWithinCalendar(() => previewRecompute(before.calendar, after.calendar, deadlines));
  }

  // For modules that preview a change against deadlines of their own (the dossiers' re-dating).
  async proposeCalendars(change: CalendarChange): Promise<ProposedCalendars> {
    const errors = checkCalendarChange(change, 'change.');
    if (errors.length > 0) {
      throw invalidCalendarInput(errors);
    }
    const snapshot = await this.cache.current();
    const applied = applyCalendarChange(snapshot, change);
    if (!applied.ok) {
      throw officeHoursConflict(applied.conflict);
    }
    const built = new Map<string | null, WorkingCalendar>();
    return {
      scope: findChangeScope(snapshot, change),
      calendarFor: async (agencyId) => {
        const owner = selectOfficeHoursOwner(applied.data, await this.cache.findLineage(agencyId));
        const calendar = built.get(owner) ?? buildCheckedCalendar(applied.data, owner).calendar;
        built.set(owner, calendar);
        return calendar;
      },
    };
  }

  // The revision the calendars are built from now; compared again later, it tells whether a
  // calendar change committed in between.
  async currentRevision(): Promise<number> {
    return (await this.cache.current()).revision;
  }

  // Extended to the agency tree: an agency without rules of its own works by its nearest
  // ancestor's, then by the province's.
  async findOfficeHoursFor(agencyId: string): Promise<AgencyOfficeHours> {
    const snapshot = await this.cache.current();
    const owner = await this.cache.findOfficeHoursOwner(snapshot, agencyId);
    return {
      officeHoursAgencyId: owner,
      rules: snapshot.officeHours.filter((rule) => rule.agencyId === owner),
    };
  }
}

// Checked here, not only at the HTTP edge: other modules call these methods directly.
export function assertDeadlineQuery(query: DeadlineQuery): void {
  const problem = checkDeadlineAmount(query.amount, query.unit);
  if (problem !== null) {
    throw invalidCalendarInput([{ field: 'amount', message: `amount ${problem}` }]);
  }
  assertInstantInCalendar(query.startMs, 'start');
}

export function assertInstantInCalendar(instantMs: number, field: string): void {
  const day = vietnamDayNumberOf(instantMs);
  if (!Number.isFinite(day)) {
    throw invalidCalendarInput([{ field, message: `${field} phải là thời điểm hợp lệ` }]);
  }
  if (
    day < toDayNumber(parseIsoDate(CALENDAR_FIRST_DATE)!) ||
    day > toDayNumber(parseIsoDate(CALENDAR_LAST_DATE)!)
  ) {
    throw outsideCalendar(
      `${field} phải nằm trong lịch làm việc ${CALENDAR_FIRST_DATE} đến ${CALENDAR_LAST_DATE}.`,
      field,
    );
  }
}

// A calendar the data would give, or the 409 problem when the engine refuses it.
export function buildCheckedCalendar(data: CalendarData, officeHoursAgencyId: string | null): ScopedCalendar {
  try {
    return buildScopedCalendar(data, officeHoursAgencyId);
  } catch (error) {
    if (error instanceof CalendarDefinitionError) {
      throw calendarDefinitionRejected(error);
    }
    throw error;
  }
}

// The engine refuses to answer past its last day rather than guess: that is the caller's 400.
export function answerWithinCalendar<T>(answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      throw outsideCalendar(
        `Thời hạn vượt quá phạm vi lịch làm việc (${CALENDAR_FIRST_DATE} đến ${CALENDAR_LAST_DATE}).`,
      );
    }
    throw error;
  }
}

function checkDayRange(from: IsoDate, to: IsoDate): [number, number] {
  const errors = [];
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  if (!first) {
    errors.push({ field: 'from', message: 'from phải là ngày hợp lệ YYYY-MM-DD' });
  }
  if (!last) {
    errors.push({ field: 'to', message: 'to phải là ngày hợp lệ YYYY-MM-DD' });
  }
  if (!first || !last) {
    throw invalidCalendarInput(errors);
  }
  const [firstDay, lastDay] = [toDayNumber(first), toDayNumber(last)];
  if (firstDay > lastDay) {
    throw invalidCalendarInput([{ field: 'to', message: 'to phải không trước from' }]);
  }
  if (lastDay - firstDay + 1 > MAX_DAYS_PER_REQUEST) {
    throw invalidCalendarInput([
      { field: 'to', message: `Mỗi lần chỉ xem tối đa ${MAX_DAYS_PER_REQUEST} ngày (3 năm)` },
    ]);
  }
  if (from < CALENDAR_FIRST_DATE || to > CALENDAR_LAST_DATE) {
    const field = from < CALENDAR_FIRST_DATE ? 'from' : 'to';
    throw outsideCalendar(`Lịch làm việc có từ ${CALENDAR_FIRST_DATE} đến ${CALENDAR_LAST_DATE}.`, field);
  }
  return [firstDay, lastDay];
}
