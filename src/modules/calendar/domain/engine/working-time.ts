import { VIETNAM_UTC_OFFSET_MINUTES } from '../local-date';
import {
  findMsOfDayAtElapsed,
  measureElapsedInDay,
  MS_PER_MINUTE,
  type OfficeSchedule,
} from './office-hours';
import { NO_SCHEDULE, type WorkingCalendar } from './working-calendar';
import { throwOutsideCalendar, throwPastCalendarEnd } from './working-calendar.errors';

// Working time is office time of working days. Every instant maps to the office time elapsed since
// the calendar's first day ("working clock"); measuring and adding are then differences on that clock.

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

export function findDayIndex(cal: WorkingCalendar, instantMs: number, what = 'The instant'): number {
  const dayNumber = Math.floor((instantMs + OFFSET_MS) / MS_PER_DAY);
  const index = dayNumber - cal.firstDayNumber;
  if (!(index >= 0 && index < cal.dayCount)) {
    throwOutsideCalendar(what, dayNumber, cal.firstDate, cal.lastDate);
  }
  return index;
}

// Epoch ms of local midnight starting the day at `dayIndex`.
export function findDayStartMs(cal: WorkingCalendar, dayIndex: number): number {
  return (cal.firstDayNumber + dayIndex) * MS_PER_DAY - OFFSET_MS;
}

export function isWorkingDayIndex(cal: WorkingCalendar, dayIndex: number): boolean {
  return cal.daySchedules[dayIndex] !== NO_SCHEDULE;
}

// Office hours of a working day (only working days have them).
export function findSchedule(cal: WorkingCalendar, dayIndex: number): OfficeSchedule {
  return cal.schedules[cal.daySchedules[dayIndex]];
}

export function findWorkingDaySchedule(cal: WorkingCalendar, ordinal: number): OfficeSchedule {
  return cal.schedules[cal.workingDaySchedules[ordinal]];
}

// The day index of working-day ordinal `ordinal`, or a RangeError past the calendar's end.
export function findWorkingDayIndex(cal: WorkingCalendar, ordinal: number, what: string): number {
  assertWorkingDayExists(cal, ordinal, what);
  return cal.workingDayIndexes[ordinal];
}

export function assertWorkingDayExists(cal: WorkingCalendar, ordinal: number, what: string): void {
  if (ordinal >= cal.workingDayIndexes.length) {
    throwPastCalendarEnd(what, cal.firstDate, cal.lastDate);
  }
}

export function isWorkingTime(cal: WorkingCalendar, instantMs: number): boolean {
  const dayIndex = findDayIndex(cal, instantMs);
  if (!isWorkingDayIndex(cal, dayIndex)) {
    return false;
  }
  const msOfDay = instantMs - findDayStartMs(cal, dayIndex);
  const { starts, ends } = findSchedule(cal, dayIndex);
  for (let index = 0; index < starts.length; index++) {
    if (msOfDay >= starts[index] && msOfDay < ends[index]) {
      return true;
    }
  }
  return false;
}

// Office ms elapsed on the working clock before `instantMs`.
function readWorkingClock(cal: WorkingCalendar, instantMs: number): number {
  const dayIndex = findDayIndex(cal, instantMs);
  const before = cal.workingMsBefore[cal.workingDaysBefore[dayIndex]];
  if (!isWorkingDayIndex(cal, dayIndex)) {
    return before;
  }
  return before + measureElapsedInDay(findSchedule(cal, dayIndex), instantMs - findDayStartMs(cal, dayIndex));
}

// Working minutes in [fromMs, toMs); negative when toMs is earlier, so it can express a shift.
export function measureWorkingMinutes(cal: WorkingCalendar, fromMs: number, toMs: number): number {
  return (readWorkingClock(cal, toMs) - readWorkingClock(cal, fromMs)) / MS_PER_MINUTE;
}

// The earliest instant at which the working clock reads `clockMs` (> 0): a boundary between two
// working days falls at the end of the earlier day's office hours, not at the next day's opening.
function findInstantAtWorkingClock(cal: WorkingCalendar, clockMs: number, what: string): number {
  const cumulative = cal.workingMsBefore;
  let low = 1;
  let high = cumulative.length - 1;
  if (!(clockMs <= cumulative[high])) {
    throwPastCalendarEnd(what, cal.firstDate, cal.lastDate);
  }
  // Smallest ordinal boundary k with cumulative[k] >= clockMs; the instant is in working day k - 1.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle] >= clockMs) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  const dayIndex = cal.workingDayIndexes[low - 1];
  const elapsed = clockMs - cumulative[low - 1];
  return findDayStartMs(cal, dayIndex) + findMsOfDayAtElapsed(findSchedule(cal, dayIndex), elapsed);
}

// The earliest instant t >= startMs with `minutes` of working time in [startMs, t).
export function addWorkingMinutes(cal: WorkingCalendar, startMs: number, minutes: number): number {
  if (!(minutes >= 0 && Number.isFinite(minutes))) {
    throw new RangeError(`working minutes to add must be a finite number >= 0, got ${minutes}`);
  }
  const clockMs = readWorkingClock(cal, startMs);
  const addedMs = Math.round(minutes * MS_PER_MINUTE);
  if (addedMs === 0) {
    return startMs;
  }
  return findInstantAtWorkingClock(cal, clockMs + addedMs, 'The end of the working time');
}
