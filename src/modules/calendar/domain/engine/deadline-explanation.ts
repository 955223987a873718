import { type IsoDate } from '../local-date';
import { type DayKind } from './calendar-definition';
import { findCalendarDaysEnd, findMonthsEnd } from './civil-code-period';
import { computeDeadline, type DeadlineRequest, type DeadlineResult, type DeadlineUnit } from './deadline';
import { describeDay } from './describe-day';
import { classifyStartAdjustment, type StartAdjustment } from './effective-start';
import { formatClock, MS_PER_MINUTE } from './office-hours';
import { type WorkingCalendar } from './working-calendar';
import { findDayIndex, findDayStartMs, findSchedule, isWorkingDayIndex } from './working-time';

export type SkipReason =
  | Exclude<DayKind, 'WORKDAY' | 'MAKEUP_WORKDAY'>
  | 'OUTSIDE_OFFICE_HOURS'
  | 'AFTER_ONLINE_CUTOFF'
  | 'FIRST_DAY_NOT_COUNTED';

export interface CountedPeriod {
  readonly start: string; // 'HH:mm' (or 'HH:mm:ss')
  readonly end: string;
  readonly minutes: number;
}

export interface CountedDay {
  readonly date: IsoDate;
  readonly kind: DayKind; // MAKEUP_WORKDAY: a Saturday worked, counted like any working day
  readonly name?: string;
  readonly provisional: boolean;
  readonly periods: readonly CountedPeriod[]; // empty for calendar-day and month periods
  readonly workingMinutes: number;
}

export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: SkipReason;
  readonly name?: string;
  readonly provisional: boolean;
}

export interface DeadlineExplanation {
  readonly unit: DeadlineUnit;
  readonly amount: number;
  readonly online: boolean;
  readonly rule: string;
  readonly startAdjustment: StartAdjustment;
  readonly countedDays: readonly CountedDay[];
  readonly skippedDays: readonly SkippedDay[];
  // Calendar days and months: the period's own last day and the day it ends (Civil Code art. 148(5)).
  readonly periodEnd?: { readonly lastDate: IsoDate; readonly closingDate: IsoDate };
}

export interface ExplainedDeadline extends DeadlineResult {
  readonly explanation: DeadlineExplanation;
}

const RULES = {
  WORKING_DAYS: 'Working days: office hours of working days only (Decree 61/2018 art. 19; domain.md, Time)',
  WORKING_HOURS: 'Working hours: office hours of working days only (domain.md, Time)',
  CALENDAR_DAYS: 'Calendar days: Civil Code 2015 art. 147(2), 148(1), 148(5), 148(6)',
  MONTHS: 'Months: Civil Code 2015 art. 147(2), 148(3), 148(5), 148(6)',
} as const satisfies Record<DeadlineUnit, string>;

// The same deadline as computeDeadline, with the days counted and skipped; kept off the hot path.
export function explainDeadline(cal: WorkingCalendar, request: DeadlineRequest): ExplainedDeadline {
  const result = computeDeadline(cal, request);
  const online = request.online === true;
  const startAdjustment = classifyStartAdjustment(cal, request.startMs, online);
  const days =
    request.unit === 'WORKING_DAYS' || request.unit === 'WORKING_HOURS'
      ? listWorkingTimeDays(cal, result, startAdjustment)
      : listCivilPeriodDays(cal, result, request, startAdjustment);
  return {
    ...result,
    explanation: {
      unit: request.unit,
      amount: request.amount,
      online,
      rule: RULES[request.unit],
      startAdjustment,
      ...days,
    },
  };
}

interface ListedDays {
  countedDays: CountedDay[];
  skippedDays: SkippedDay[];
  periodEnd?: { lastDate: IsoDate; closingDate: IsoDate };
}

function listWorkingTimeDays(
  cal: WorkingCalendar,
  result: DeadlineResult,
  adjustment: StartAdjustment,
): ListedDays {
  const effectiveIndex = findDayIndex(cal, result.effectiveStartMs);
  const listed = listDaysBeforeEffectiveStart(cal, result.startMs, effectiveIndex, adjustment);
  for (let dayIndex = effectiveIndex; dayIndex <= findDayIndex(cal, result.dueAtMs); dayIndex++) {
    if (isWorkingDayIndex(cal, dayIndex)) {
      listed.countedDays.push(countWorkingDay(cal, dayIndex, result.effectiveStartMs, result.dueAtMs));
    } else {
      listed.skippedDays.push(skipDay(cal, dayIndex));
    }
  }
  return listed;
}

function listCivilPeriodDays(
  cal: WorkingCalendar,
  result: DeadlineResult,
  request: DeadlineRequest,
  adjustment: StartAdjustment,
): ListedDays {
  const effectiveIndex = findDayIndex(cal, result.effectiveStartMs);
  const listed = listDaysBeforeEffectiveStart(cal, result.startMs, effectiveIndex, adjustment);
  const end =
    request.unit === 'MONTHS'
      ? findMonthsEnd(cal, result.effectiveStartMs, request.amount)
      : findCalendarDaysEnd(cal, result.effectiveStartMs, request.amount);
  listed.skippedDays.push(skipDay(cal, effectiveIndex, 'FIRST_DAY_NOT_COUNTED'));
  for (let dayIndex = effectiveIndex + 1; dayIndex <= end.closingDayIndex; dayIndex++) {
    if (dayIndex <= end.lastDayIndex || isWorkingDayIndex(cal, dayIndex)) {
      listed.countedDays.push(countCalendarDay(cal, dayIndex));
    } else {
      listed.skippedDays.push(skipDay(cal, dayIndex));
    }
  }
  const lastDate = describeDay(cal, cal.firstDayNumber + end.lastDayIndex).date;
  const closingDate = describeDay(cal, cal.firstDayNumber + end.closingDayIndex).date;
  return { ...listed, periodEnd: { lastDate, closingDate } };
}

// Days between the submission and the effective start: days off, or a working day whose office
// hours (or online cut-off) had passed.
function listDaysBeforeEffectiveStart(
  cal: WorkingCalendar,
  startMs: number,
  effectiveIndex: number,
  adjustment: StartAdjustment,
): ListedDays {
  const skippedDays: SkippedDay[] = [];
  for (let dayIndex = findDayIndex(cal, startMs); dayIndex < effectiveIndex; dayIndex++) {
    const late = adjustment === 'AFTER_ONLINE_CUTOFF' ? 'AFTER_ONLINE_CUTOFF' : 'OUTSIDE_OFFICE_HOURS';
    skippedDays.push(skipDay(cal, dayIndex, isWorkingDayIndex(cal, dayIndex) ? late : undefined));
  }
  return { countedDays: [], skippedDays };
}

function countWorkingDay(cal: WorkingCalendar, dayIndex: number, fromMs: number, toMs: number): CountedDay {
  const dayStartMs = findDayStartMs(cal, dayIndex);
  const { starts, ends } = findSchedule(cal, dayIndex);
  const periods: CountedPeriod[] = [];
  for (let index = 0; index < starts.length; index++) {
    const from = Math.max(dayStartMs + starts[index], fromMs);
    const to = Math.min(dayStartMs + ends[index], toMs);
    if (to > from) {
      const minutes = (to - from) / MS_PER_MINUTE;
      periods.push({ start: formatClock(from - dayStartMs), end: formatClock(to - dayStartMs), minutes });
    }
  }
  const workingMinutes = periods.reduce((sum, period) => sum + period.minutes, 0);
  return { ...describeCountedDay(cal, dayIndex), periods, workingMinutes };
}

function countCalendarDay(cal: WorkingCalendar, dayIndex: number): CountedDay {
  return { ...describeCountedDay(cal, dayIndex), periods: [], workingMinutes: 0 };
}

function describeCountedDay(
  cal: WorkingCalendar,
  dayIndex: number,
): Omit<CountedDay, 'periods' | 'workingMinutes'> {
  const day = describeDay(cal, cal.firstDayNumber + dayIndex);
  return {
    date: day.date,
    kind: day.kind,
    ...(day.name !== undefined && { name: day.name }),
    provisional: day.provisional,
  };
}

function skipDay(cal: WorkingCalendar, dayIndex: number, reason?: SkipReason): SkippedDay {
  const day = describeDay(cal, cal.firstDayNumber + dayIndex);
  const kindReason =
    day.kind === 'WORKDAY' || day.kind === 'MAKEUP_WORKDAY' ? 'OUTSIDE_OFFICE_HOURS' : day.kind;
  return {
    date: day.date,
    reason: reason ?? kindReason,
    ...(day.name !== undefined && { name: day.name }),
    provisional: day.provisional,
  };
}
