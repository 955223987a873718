import { findCalendarDaysEnd, findEndOfDayMs, findMonthsEnd } from './civil-code-period';
import { createStartPosition, locateEffectiveStart } from './effective-start';
import { type WorkingCalendar } from './working-calendar';
import { findDueOrdinal, findWorkingDaysDueMs } from './working-days';
import { addWorkingMinutes, findDayIndex } from './working-time';

// The units a procedure's time limit is published in (domain.md, Procedures).
export type DeadlineUnit = 'WORKING_DAYS' | 'WORKING_HOURS' | 'CALENDAR_DAYS' | 'MONTHS';

export interface DeadlineRequest {
  readonly startMs: number;
  readonly amount: number;
  readonly unit: DeadlineUnit;
  readonly online?: boolean;
}

export interface DeadlineResult {
  readonly startMs: number;
  readonly effectiveStartMs: number;
  readonly dueAtMs: number;
  // A day from the start through the due day is a proposed (not yet official) day off or workday.
  readonly provisional: boolean;
}

// One start record reused by every call: the hot path allocates only its result (see benchmark).
const START = createStartPosition();

// The hot path: no explanation is built here (see explainDeadline).
export function computeDeadline(cal: WorkingCalendar, request: DeadlineRequest): DeadlineResult {
  const { startMs, amount, unit } = request;
  assertAmount(amount, unit);
  const start = locateEffectiveStart(cal, startMs, request.online === true, START);
  const effectiveStartMs = start.instantMs;
  let dueAtMs: number;
  let dueDayIndex: number;
  if (unit === 'WORKING_DAYS') {
    // Working days stay on ordinals: no division to find the due day again.
    const dueOrdinal = findDueOrdinal(start, amount);
    dueAtMs = findWorkingDaysDueMs(cal, start, dueOrdinal);
    dueDayIndex = cal.workingDayIndexes[dueOrdinal];
  } else {
    dueAtMs = computeDueAtFrom(cal, effectiveStartMs, amount, unit);
    dueDayIndex = findDayIndex(cal, dueAtMs);
  }
  return {
    startMs,
    effectiveStartMs,
    dueAtMs,
    provisional: hasProvisionalDays(cal, start.startDayIndex, dueDayIndex),
  };
}

// Units other than working days, from an effective start.
function computeDueAtFrom(
  cal: WorkingCalendar,
  effectiveStartMs: number,
  amount: number,
  unit: Exclude<DeadlineUnit, 'WORKING_DAYS'>,
): number {
  switch (unit) {
    case 'WORKING_HOURS':
      return addWorkingMinutes(cal, effectiveStartMs, amount * 60);
    case 'CALENDAR_DAYS':
      return findEndOfDayMs(cal, findCalendarDaysEnd(cal, effectiveStartMs, amount).closingDayIndex);
    case 'MONTHS':
      return findEndOfDayMs(cal, findMonthsEnd(cal, effectiveStartMs, amount).closingDayIndex);
  }
}

// Whether any day from the one containing `fromMs` through the one containing `toMs` is provisional.
// The start day is included: a proposed day off there decides the effective start.
export function isProvisionalBetween(cal: WorkingCalendar, fromMs: number, toMs: number): boolean {
  return hasProvisionalDays(cal, findDayIndex(cal, fromMs), findDayIndex(cal, toMs));
}

function hasProvisionalDays(cal: WorkingCalendar, fromIndex: number, toIndex: number): boolean {
  const provisionalBefore = cal.provisionalDaysBefore;
  return provisionalBefore[toIndex + 1] - provisionalBefore[fromIndex] > 0;
}

// Working hours may be fractional (1.5 hours); days and months are whole, as published.
function assertAmount(amount: number, unit: DeadlineUnit): void {
  const valid =
    unit === 'WORKING_HOURS'
      ? amount >= 0 && Number.isFinite(amount)
      : Number.isInteger(amount) && amount >= 0;
  if (!valid) {
    throw new RangeError(
      `a time limit of ${amount} ${unit} is not valid: expected a ${unit === 'WORKING_HOURS' ? 'finite number' : 'whole number'} >= 0`,
    );
  }
}
