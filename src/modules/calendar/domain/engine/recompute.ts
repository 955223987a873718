import { computeDeadline, type DeadlineRequest } from './deadline';
import { pauseDeadline, resumeDeadline } from './deadline-pause';
import { type WorkingCalendar } from './working-calendar';
import { measureWorkingMinutes } from './working-time';

// When an official schedule replaces a proposed one, open dossiers' deadlines are recomputed, with a
// preview first (domain.md, Time). A tracked deadline is replayed from its request and pauses.
export interface TrackedDeadline extends DeadlineRequest {
  readonly id: string;
  readonly pauses?: readonly DeadlinePause[];
}

export interface DeadlinePause {
  readonly fromMs: number;
  readonly toMs?: number; // absent: the clock is still stopped
}

export interface ReplayedDeadline {
  readonly dueAtMs: number | null; // null while a pause is still open
  readonly remainingWorkingMinutes: number | null; // set only while a pause is still open
  readonly provisional: boolean;
}

export interface RecomputeChange {
  readonly id: string;
  readonly oldDueAtMs: number | null;
  readonly newDueAtMs: number | null;
  // Working minutes from the old to the new due instant on the new calendar (negative: earlier);
  // for a deadline still paused, the change of its remaining working time.
  readonly shiftWorkingMinutes: number;
  readonly provisionalBefore: boolean;
  readonly provisionalAfter: boolean;
}

export function replayDeadline(cal: WorkingCalendar, tracked: TrackedDeadline): ReplayedDeadline {
  let running = computeDeadline(cal, tracked);
  let provisional = running.provisional;
  const pauses = [...(tracked.pauses ?? [])].sort((left, right) => left.fromMs - right.fromMs);
  for (const pause of pauses) {
    const paused = pauseDeadline(cal, running, pause.fromMs);
    if (pause.toMs === undefined) {
      return { dueAtMs: null, remainingWorkingMinutes: paused.remainingWorkingMinutes, provisional };
    }
    running = resumeDeadline(cal, paused, pause.toMs);
    provisional ||= running.provisional;
  }
  return { dueAtMs: running.dueAtMs, remainingWorkingMinutes: null, provisional };
}

// Lists only deadlines whose due instant (or, while paused, remaining time) changes; a deadline
// that only stops being provisional is not listed.
export function previewRecompute(
  oldCal: WorkingCalendar,
  newCal: WorkingCalendar,
  deadlines: readonly TrackedDeadline[],
): RecomputeChange[] {
  const changes: RecomputeChange[] = [];
  for (const tracked of deadlines) {
    const before = replayDeadline(oldCal, tracked);
    const after = replayDeadline(newCal, tracked);
    const shiftWorkingMinutes = measureShift(newCal, before, after);
    if (before.dueAtMs !== after.dueAtMs || shiftWorkingMinutes !== 0) {
      changes.push({
        id: tracked.id,
        oldDueAtMs: before.dueAtMs,
        newDueAtMs: after.dueAtMs,
        shiftWorkingMinutes,
        provisionalBefore: before.provisional,
        provisionalAfter: after.provisional,
      });
    }
  }
  return changes;
}

function measureShift(newCal: WorkingCalendar, before: ReplayedDeadline, after: ReplayedDeadline): number {
  if (before.dueAtMs !== null && after.dueAtMs !== null) {
    return measureWorkingMinutes(newCal, before.dueAtMs, after.dueAtMs);
  }
  return (after.remainingWorkingMinutes ?? 0) - (before.remainingWorkingMinutes ?? 0);
}
