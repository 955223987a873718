import { type WorkingCalendar } from './working-calendar';
import {
  assertWorkingDayExists,
  findDayIndex,
  findDayStartMs,
  findSchedule,
  findWorkingDaySchedule,
  isWorkingDayIndex,
} from './working-time';

// Why a start instant was moved before the clock started; 'NONE' when it was already working time.
export type StartAdjustment =
  | 'NONE'
  | 'BEFORE_OFFICE_HOURS'
  | 'BETWEEN_OFFICE_PERIODS'
  | 'AFTER_OFFICE_HOURS'
  | 'AFTER_ONLINE_CUTOFF'
  | 'DAY_OFF';

// Where the legal clock starts: the working-day ordinal, the office time already elapsed that day,
// and the instant. Mutable so the hot path can reuse one record instead of allocating.
export interface StartPosition {
  startDayIndex: number; // the day of the submission itself
  ordinal: number;
  elapsedMs: number;
  instantMs: number;
}

export function createStartPosition(): StartPosition {
  return { startDayIndex: 0, ordinal: 0, elapsedMs: 0, instantMs: 0 };
}

// Reused by findEffectiveStart; safe because JavaScript runs these synchronous calls one at a time.
const SCRATCH = createStartPosition();

// The instant the legal clock starts for a dossier submitted at `startMs`.
// - At the desk (domain.md, Time): a start outside office hours moves to the start of the next
//   working period, so a lunch-break start counts from the afternoon opening of the same day.
// - Online (Decree 45/2020 pattern): outside office hours or on a day off it counts from the first
//   working hour of the next working day. Decision: a submission during the lunch break of a
//   working day counts from that day's afternoon opening, and one before the morning opening from
//   that same morning (it is the next working hour to come either way); only a submission after
//   the day's last period, or after the definition's `onlineCutoff`, rolls to the next working day.
export function findEffectiveStart(cal: WorkingCalendar, startMs: number, online: boolean): number {
  return locateEffectiveStart(cal, startMs, online, SCRATCH).instantMs;
}

export function locateEffectiveStart(
  cal: WorkingCalendar,
  startMs: number,
  online: boolean,
  into: StartPosition,
): StartPosition {
  const dayIndex = findDayIndex(cal, startMs, 'The start');
  into.startDayIndex = dayIndex;
  if (isWorkingDayIndex(cal, dayIndex)) {
    const dayStartMs = findDayStartMs(cal, dayIndex);
    const msOfDay = startMs - dayStartMs;
    if (!online || msOfDay < cal.onlineCutoffMs) {
      const { starts, ends, elapsedBefore } = findSchedule(cal, dayIndex);
      for (let index = 0; index < starts.length; index++) {
        if (msOfDay < ends[index]) {
          const isInPeriod = msOfDay >= starts[index];
          into.ordinal = cal.workingDaysBefore[dayIndex];
          into.elapsedMs = elapsedBefore[index] + (isInPeriod ? msOfDay - starts[index] : 0);
          into.instantMs = isInPeriod ? startMs : dayStartMs + starts[index];
          return into;
        }
      }
    }
  }
  // The next working day's opening: its ordinal is the count of working days up to today included.
  const ordinal = cal.workingDaysBefore[dayIndex + 1];
  assertWorkingDayExists(cal, ordinal, 'The next working day');
  into.ordinal = ordinal;
  into.elapsedMs = 0;
  into.instantMs = cal.workingDayStartMs[ordinal] + findWorkingDaySchedule(cal, ordinal).starts[0];
  return into;
}

// The reason findEffectiveStart moved a start, for explanations (off the hot path).
export function classifyStartAdjustment(
  cal: WorkingCalendar,
  startMs: number,
  online: boolean,
): StartAdjustment {
  const dayIndex = findDayIndex(cal, startMs, 'The start');
  if (!isWorkingDayIndex(cal, dayIndex)) {
    return 'DAY_OFF';
  }
  const msOfDay = startMs - findDayStartMs(cal, dayIndex);
  const { starts, ends } = findSchedule(cal, dayIndex);
  if (online && msOfDay >= cal.onlineCutoffMs && msOfDay < ends[ends.length - 1]) {
    return 'AFTER_ONLINE_CUTOFF';
  }
  if (msOfDay < starts[0]) {
    return 'BEFORE_OFFICE_HOURS';
  }
  if (msOfDay >= ends[ends.length - 1]) {
    return 'AFTER_OFFICE_HOURS';
  }
  for (let index = 0; index < starts.length; index++) {
    if (msOfDay >= starts[index] && msOfDay < ends[index]) {
      return 'NONE';
    }
  }
  return 'BETWEEN_OFFICE_PERIODS';
}
