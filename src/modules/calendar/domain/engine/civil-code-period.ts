import { fromDayNumber, toDayNumber } from '../local-date';
import { type WorkingCalendar } from './working-calendar';
import { throwOutsideCalendar } from './working-calendar.errors';
import { findDayIndex, findDayStartMs, findWorkingDayIndex, isWorkingDayIndex } from './working-time';

// Periods in calendar days and months follow the Civil Code 2015:
// art. 147(2): the first day is not counted; counting starts the next day;
// art. 148(1), 148(3): the period ends at the end of its last day; in months, on the corresponding
//   day of the last month, or that month's last day when it has no such day (31 → 30);
// art. 148(5): when the last day is a day off, at the end of the next working day;
// art. 148(6): the end of a day is 24:00.
//
// Decision: 24:00 of day D is reported as D 23:59:59.999 (the next day's midnight − 1 ms), so the
// due instant stays on its own calendar day (receipts print the right date; "early = resolved on a
// day before the due day" compares days correctly) and "late = resolved after dueAt" still holds at
// millisecond precision.
//
// Art. 148(5) names weekends and public holidays; any non-working day of the civil-servant
// calendar (compensatory day, swapped day off) is treated the same, and a make-up Saturday counts
// as a working day.

export interface CivilPeriodEnd {
  readonly lastDayIndex: number; // the period's own last day
  readonly closingDayIndex: number; // the day it actually ends (moved past days off)
}

export function findCalendarDaysEnd(
  cal: WorkingCalendar,
  effectiveStartMs: number,
  days: number,
): CivilPeriodEnd {
  return findCivilPeriodClosing(cal, findDayIndex(cal, effectiveStartMs, 'The start') + days);
}

export function findMonthsEnd(
  cal: WorkingCalendar,
  effectiveStartMs: number,
  months: number,
): CivilPeriodEnd {
  const startIndex = findDayIndex(cal, effectiveStartMs, 'The start');
  const start = fromDayNumber(cal.firstDayNumber + startIndex);
  const monthIndex = start.month - 1 + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(start.day, countDaysInMonth(year, month));
  return findCivilPeriodClosing(cal, toDayNumber({ year, month, day }) - cal.firstDayNumber);
}

// Epoch ms of the end of a day as reported: 23:59:59.999 local time.
export function findEndOfDayMs(cal: WorkingCalendar, dayIndex: number): number {
  return findDayStartMs(cal, dayIndex + 1) - 1;
}

function findCivilPeriodClosing(cal: WorkingCalendar, lastDayIndex: number): CivilPeriodEnd {
  if (lastDayIndex >= cal.dayCount) {
    throwOutsideCalendar('The deadline', cal.firstDayNumber + lastDayIndex, cal.firstDate, cal.lastDate);
  }
  const closingDayIndex = isWorkingDayIndex(cal, lastDayIndex)
    ? lastDayIndex
    : findWorkingDayIndex(cal, cal.workingDaysBefore[lastDayIndex + 1], 'The deadline');
  return { lastDayIndex, closingDayIndex };
}

function countDaysInMonth(year: number, month: number): number {
  return toDayNumber({ year, month: month + 1, day: 1 }) - toDayNumber({ year, month, day: 1 });
}
