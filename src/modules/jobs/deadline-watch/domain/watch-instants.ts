import {
  addWorkingMinutes,
  describeDay,
  measureWorkingMinutes,
  type WorkingCalendar,
} from '../../../calendar/domain/engine';
import { vietnamDayNumberOf, vietnamInstantOf } from '../../../calendar/domain/local-date';

// A working day as office minutes (Decision 188/1999/QĐ-TTg: 40 hours over 5 days), the measure
// the work queues' "due within N working days" filter uses, so a mark and that filter agree.
export const WORKING_DAY_MINUTES = 480;

export interface WatchSettings {
  readonly dueSoonWorkingDays: number;
  readonly escalationWorkingHours: readonly number[];
}

// The instants one tick compares due times with. The scan uses one calendar (the province's) for
// every dossier: office hours differ by minutes between desks, days off not at all, and a tick
// every minute catches up on any difference at the next tick.
export interface WatchInstants {
  readonly nowMs: number;
  // Due at or before this (and not yet overdue): due soon.
  readonly dueSoonUntilMs: number;
  // Due before this without an apology: the window for one has closed (Decree 61/2018 art. 19.9).
  readonly apologyClosedBeforeMs: number;
  // Due before [k]: overdue by more than escalationWorkingHours[k] working hours.
  readonly escalationBeforeMs: readonly number[];
}

export function computeWatchInstants(
  cal: WorkingCalendar,
  nowMs: number,
  settings: WatchSettings,
): WatchInstants {
  return {
    nowMs,
    dueSoonUntilMs: addWorkingMinutes(cal, nowMs, settings.dueSoonWorkingDays * WORKING_DAY_MINUTES),
    apologyClosedBeforeMs: findApologyClosedBefore(cal, nowMs),
    escalationBeforeMs: settings.escalationWorkingHours.map((hours) =>
      findInstantWorkingMinutesBefore(cal, nowMs, hours * 60),
    ),
  };
}

// The apology may be dated up to the end of the last working day before the day dueAt falls on
// (dossiers/domain/apology.ts reads "1 working day before" by days, as the decree counts). So at
// `nowMs` it is too late for every dossier due before the end of the first working day from today
// on: no working day is left before its due day. Same test as isMissingApology for a running clock.
export function findApologyClosedBefore(cal: WorkingCalendar, nowMs: number): number {
  let dayNumber = vietnamDayNumberOf(nowMs);
  while (!describeDay(cal, dayNumber).isWorkingDay) {
    dayNumber += 1;
  }
  return vietnamInstantOf(dayNumber + 1, 0);
}

// The earliest instant t with at most `minutes` of working time in [t, nowMs): a due time before
// it is overdue by more than `minutes`. Working time only grows as t goes back, so a binary
// search over milliseconds (about 40 steps back to the calendar's first day) finds it.
export function findInstantWorkingMinutesBefore(
  cal: WorkingCalendar,
  nowMs: number,
  minutes: number,
): number {
  let early = vietnamInstantOf(cal.firstDayNumber, 0);
  let late = nowMs;
  if (measureWorkingMinutes(cal, early, nowMs) <= minutes) {
    return early;
  }
  while (late - early > 1) {
    const middle = early + Math.floor((late - early) / 2);
    if (measureWorkingMinutes(cal, middle, nowMs) <= minutes) {
      late = middle;
    } else {
      early = middle;
    }
  }
  return late;
}
