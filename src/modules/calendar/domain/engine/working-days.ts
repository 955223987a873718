import { type StartPosition } from './effective-start';
import { findMsOfDayAtElapsed } from './office-hours';
import { type WorkingCalendar } from './working-calendar';
import { assertWorkingDayExists, findWorkingDaySchedule } from './working-time';

// A time limit in working days (domain.md, Time): a position on the working calendar is (working-day
// ordinal, office time elapsed that day), and N working days later is the same elapsed office time
// N working days on: 09:00 Monday + 3 = 09:00 Thursday. O(1): a few array reads and a period scan.
//
// Decision, as receipts write it: the deadline is the earliest instant at which the working time
// has run, so from the opening of a day the N days counted are that day and the N − 1 after it,
// and the deadline is the close of the N-th ("3 working days from Monday 07:30" is Wednesday 17:00,
// not Thursday 07:30: the same working time). Likewise a start at the afternoon opening ends N days
// later at the morning's close. Amount 0 is a same-day procedure: due at the close of the start
// day. When the due day is shorter (office hours changed), the elapsed time is capped at its close.

// The working-day ordinal the deadline falls on.
export function findDueOrdinal(start: StartPosition, days: number): number {
  if (days === 0) {
    return start.ordinal;
  }
  return start.elapsedMs === 0 ? start.ordinal + days - 1 : start.ordinal + days;
}

export function findWorkingDaysDueMs(cal: WorkingCalendar, start: StartPosition, dueOrdinal: number): number {
  assertWorkingDayExists(cal, dueOrdinal, 'The deadline');
  const schedule = findWorkingDaySchedule(cal, dueOrdinal);
  const isAtClose = start.elapsedMs === 0 || dueOrdinal === start.ordinal;
  const msOfDay = isAtClose
    ? schedule.ends[schedule.ends.length - 1]
    : findMsOfDayAtElapsed(schedule, start.elapsedMs);
  return cal.workingDayStartMs[dueOrdinal] + msOfDay;
}
