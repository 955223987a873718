import {
  CalendarRangeError,
  pauseDeadline,
  replayDeadline,
  type WorkingCalendar,
} from '../../calendar/domain/engine';
import { type CalendarChangeScope } from '../../calendar/domain/calendar-change-scope';
import { parseIsoDate, toDayNumber, vietnamInstantOf } from '../../calendar/domain/local-date';
import { formatDateTime } from '../forms/domain/vietnam-time';
import { type ClockPause, type DossierClock } from './dossier-clock';

// Re-dating an open dossier after its calendar changed (domain.md, Time: "when the official
// schedule is entered, open dossiers' deadlines are recomputed"). The current run of the clock is
// replayed on the new calendar by the engine's own recompute (replayDeadline): the time limit from
// the run's start (the receipt, or the complete re-submission: earlier runs no longer count,
// Decree 61/2018 art. 19.4), then each financial-obligation pause of the run with its remaining
// working time. Replaying, rather than shifting the stored instant, gives exactly the deadline the
// clock would have had if the new calendar had been in force from the start.
//
// Decisions:
// - Only a clock still counting or waiting for the citizen is re-dated. A resolved clock keeps its
//   dueAt and the classification computed once against it; an ended one is history.
// - While the clock is stopped (supplement) or paused (financial obligation), dueAt is the due
//   instant in force when it stopped, so it is replayed up to that instant; a paused clock also gets
//   its remaining working minutes measured again on the new calendar.
// - The appointment follows the deadline only while it is still the computed one. An apology in
//   the current run (Mẫu 04, Decree 61/2018 art. 19.9) set it to a date a person chose and the
//   citizen was told; the appointment moves only once, so a calendar change never moves it (while
//   paused, the working time left to it is measured again, the date itself stays). An apology
//   from an earlier run was superseded by the re-submission's new appointment, which is computed.
// - A change that only confirms proposed days (the deadline stays, it stops being provisional) is
//   CONFIRMED, not REDATED: nothing the citizen or the staff see has moved.
// - A run the calendar cannot replay (a legacy dossier started before the calendar's first day)
//   is left as it is: OUTSIDE_CALENDAR, counted, never guessed.
export type ClockRedatingOutcome = 'UNCHANGED' | 'CONFIRMED' | 'REDATED' | 'OUTSIDE_CALENDAR';

// The history row of a re-dating: a system event, not one of the workflow's actions (no one
// took it, the status does not change). Whoever lists history actions must expect it.
export const REDATED_HISTORY_ACTION = 'SYSTEM_DEADLINE_RECOMPUTED';
export const REDATED_HISTORY_LABEL = 'Tính lại thời hạn theo lịch làm việc mới';

const DAY_MS = 86_400_000;

export interface ClockRedating {
  readonly outcome: ClockRedatingOutcome;
  readonly clock: DossierClock; // the given clock when UNCHANGED
  // The appointment was set by an apology and kept, whatever the deadline did.
  readonly appointmentKeptByApology: boolean;
}

export function redateClock(clock: DossierClock, cal: WorkingCalendar): ClockRedating {
  const keptByApology = isAppointmentSetByApology(clock);
  if (!isRedatable(clock)) {
    return { outcome: 'UNCHANGED', clock, appointmentKeptByApology: keptByApology };
  }
  try {
    return replayRun(clock, cal, keptByApology);
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      return { outcome: 'OUTSIDE_CALENDAR', clock, appointmentKeptByApology: keptByApology };
    }
    throw error;
  }
}

function replayRun(clock: DossierClock, cal: WorkingCalendar, keptByApology: boolean): ClockRedating {
  const openPause = clock.state === 'PAUSED' ? clock.pauses[clock.pauses.length - 1] : null;
  const replayed = replayDeadline(cal, {
    id: 'run',
    startMs: clock.runStartedAtMs,
    amount: clock.limit.amount,
    unit: clock.limit.unit,
    online: clock.online,
    pauses: clock.pauses.flatMap((pause) =>
      isFinancialPauseOfRun(clock, pause) && pause.toMs !== null
        ? [{ fromMs: pause.fromMs, toMs: pause.toMs }]
        : [],
    ),
  });
  const dueAtMs = replayed.dueAtMs!; // every replayed pause is closed
  const followsDue = !keptByApology && clock.appointmentAtMs === clock.dueAtMs;
  const appointmentAtMs = followsDue ? dueAtMs : clock.appointmentAtMs;
  const measureFrom = (pause: ClockPause, toMs: number) =>
    pauseDeadline(cal, { dueAtMs: toMs, provisional: replayed.provisional }, pause.fromMs)
      .remainingWorkingMinutes;
  const remaining = openPause
    ? {
        dueMinutes: measureFrom(openPause, dueAtMs),
        appointmentMinutes: measureFrom(openPause, appointmentAtMs),
      }
    : clock.remaining;
  const redated: DossierClock = {
    ...clock,
    dueAtMs,
    appointmentAtMs,
    remaining,
    provisional: replayed.provisional,
  };
  const hasMoved =
    dueAtMs !== clock.dueAtMs ||
    appointmentAtMs !== clock.appointmentAtMs ||
    remaining?.dueMinutes !== clock.remaining?.dueMinutes ||
    remaining?.appointmentMinutes !== clock.remaining?.appointmentMinutes;
  if (hasMoved) {
    return { outcome: 'REDATED', clock: redated, appointmentKeptByApology: keptByApology };
  }
  if (redated.provisional !== clock.provisional) {
    return { outcome: 'CONFIRMED', clock: redated, appointmentKeptByApology: keptByApology };
  }
  return { outcome: 'UNCHANGED', clock, appointmentKeptByApology: keptByApology };
}

// What a re-dating run, or its preview, found.
export interface RedatingCounts {
  checked: number; // open dossiers of the change's scope looked at
  redated: number; // deadline, appointment or remaining time moved
  confirmed: number; // only stopped being provisional
  unchanged: number;
  outsideCalendar: number;
}

export function emptyRedatingCounts(): RedatingCounts {
  return { checked: 0, redated: 0, confirmed: 0, unchanged: 0, outsideCalendar: 0 };
}

export function countRedating(counts: RedatingCounts, outcome: ClockRedatingOutcome): void {
  counts.checked += 1;
  switch (outcome) {
    case 'REDATED':
      counts.redated += 1;
      break;
    case 'CONFIRMED':
      counts.confirmed += 1;
      break;
    case 'UNCHANGED':
      counts.unchanged += 1;
      break;
    case 'OUTSIDE_CALENDAR':
      counts.outsideCalendar += 1;
      break;
  }
}

// Where to look for open dossiers a calendar change can move (the repository's query): those of
// the change's agency subtree due on or after its first day, and started before the day after its
// last one. The receipt stands in for the start of the current run (never later than it), so a
// few more dossiers are checked, none is missed.
export interface RedatingWindow {
  readonly agencyId: string | null;
  readonly dueFromMs: number;
  readonly receivedBeforeMs: number | null;
}

export function findRedatingWindow(scope: CalendarChangeScope): RedatingWindow {
  const startOf = (date: string) => vietnamInstantOf(toDayNumber(parseIsoDate(date)!), 0);
  return {
    agencyId: scope.agencyId,
    dueFromMs: startOf(scope.fromDate),
    receivedBeforeMs: scope.toDate === null ? null : startOf(scope.toDate) + DAY_MS,
  };
}

// The history row's note: what moved, from what to what.
export function describeRedating(before: DossierClock, after: ClockRedating): string {
  const moves = [`hạn giải quyết ${formatDateTime(before.dueAtMs)} → ${formatDateTime(after.clock.dueAtMs)}`];
  if (after.clock.appointmentAtMs !== before.appointmentAtMs) {
    moves.push(
      `ngày hẹn trả ${formatDateTime(before.appointmentAtMs)} → ${formatDateTime(after.clock.appointmentAtMs)}`,
    );
  } else if (after.appointmentKeptByApology) {
    moves.push('ngày hẹn trả giữ nguyên theo phiếu xin lỗi và hẹn lại');
  }
  return `${REDATED_HISTORY_LABEL}: ${moves.join('; ')}.`;
}

// Counting, stopped for a supplement or paused: the states in which dueAt can still change.
export function isRedatable(clock: DossierClock): boolean {
  return (
    (clock.state === 'RUNNING' || clock.state === 'STOPPED_FOR_SUPPLEMENT' || clock.state === 'PAUSED') &&
    clock.classification === null &&
    clock.resolvedAtMs === null &&
    clock.endedAtMs === null
  );
}

// An apology issued in the current run set the appointment; a re-submission after it gave a new,
// computed one (restartAfterSupplement).
export function isAppointmentSetByApology(clock: DossierClock): boolean {
  return clock.apology !== null && clock.apology.issuedAtMs >= clock.runStartedAtMs;
}

// Pauses of earlier runs ended with their run; supplement stops restart rather than resume.
function isFinancialPauseOfRun(clock: DossierClock, pause: ClockPause): boolean {
  return pause.reason === 'FINANCIAL_OBLIGATION' && pause.fromMs >= clock.runStartedAtMs;
}
