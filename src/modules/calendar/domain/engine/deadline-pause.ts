import { isProvisionalBetween, type DeadlineResult } from './deadline';
import { findEffectiveStart } from './effective-start';
import { type WorkingCalendar } from './working-calendar';
import { addWorkingMinutes, measureWorkingMinutes } from './working-time';

// Waiting for the citizen's financial obligation stops the clock and resumes it with the remaining
// time (domain.md, Time; national status 6). A supplement request instead restarts the full time
// limit (Decree 61/2018 art. 19.4): that is a fresh computeDeadline from the complete re-submission.
//
// The remaining time is kept in working minutes, whatever the unit of the time limit: a resumed
// deadline is working time added to the resume instant.
export interface PausedDeadline {
  readonly pausedAtMs: number;
  readonly dueAtMs: number; // the due instant when the clock stopped
  readonly remainingWorkingMinutes: number;
  readonly provisional: boolean;
}

export function pauseDeadline(
  cal: WorkingCalendar,
  running: Pick<DeadlineResult, 'dueAtMs' | 'provisional'>,
  atMs: number,
): PausedDeadline {
  const remaining = Math.max(0, measureWorkingMinutes(cal, atMs, running.dueAtMs));
  return {
    pausedAtMs: atMs,
    dueAtMs: running.dueAtMs,
    remainingWorkingMinutes: remaining,
    provisional: running.provisional,
  };
}

// The remaining working time is added from the resume instant's effective start (the next working
// period when resumed outside office hours). A deadline already passed when paused keeps its due
// instant: a pause cannot make a late dossier on time (Decree 61/2018 art. 19.9 spirit).
export function resumeDeadline(cal: WorkingCalendar, paused: PausedDeadline, atMs: number): DeadlineResult {
  if (atMs < paused.pausedAtMs) {
    throw new RangeError('a deadline cannot resume before it was paused');
  }
  if (paused.pausedAtMs >= paused.dueAtMs) {
    return {
      startMs: atMs,
      effectiveStartMs: atMs,
      dueAtMs: paused.dueAtMs,
      provisional: paused.provisional,
    };
  }
  const effectiveStartMs = findEffectiveStart(cal, atMs, false);
  const dueAtMs = addWorkingMinutes(cal, effectiveStartMs, paused.remainingWorkingMinutes);
  return {
    startMs: atMs,
    effectiveStartMs,
    dueAtMs,
    provisional: paused.provisional || isProvisionalBetween(cal, atMs, dueAtMs),
  };
}
