import { vietnamDayNumberOf } from '../../calendar/domain/local-date';

// Statistics against the legal deadline dueAt (domain.md, Statistics). An apology moves the
// appointment, never dueAt, so it never makes a dossier on time (Decree 61/2018 art. 19.9).
export const DOSSIER_CLASSIFICATIONS = ['EARLY', 'ON_TIME', 'LATE'] as const;
export type DossierClassification = (typeof DOSSIER_CLASSIFICATIONS)[number];

export const OPEN_CLASSIFICATIONS = ['WITHIN_TIME', 'OVERDUE'] as const;
export type OpenClassification = (typeof OPEN_CLASSIFICATIONS)[number];

export const CLASSIFICATION_LABELS = {
  EARLY: 'Trước hạn',
  ON_TIME: 'Đúng hạn',
  LATE: 'Quá hạn',
  WITHIN_TIME: 'Trong hạn',
  OVERDUE: 'Quá hạn',
} as const satisfies Record<DossierClassification | OpenClassification, string>;

// Late when finished after the due instant; early when finished on a Vietnamese calendar day
// before the due day; on time otherwise (the due day itself, up to the due instant).
export function classifyResolution(dueAtMs: number, resolvedAtMs: number): DossierClassification {
  if (resolvedAtMs > dueAtMs) {
    return 'LATE';
  }
  return vietnamDayNumberOf(resolvedAtMs) < vietnamDayNumberOf(dueAtMs) ? 'EARLY' : 'ON_TIME';
}

// An open dossier at T is within time while dueAt ≥ T.
export function classifyOpenAt(dueAtMs: number, atMs: number): OpenClassification {
  return dueAtMs >= atMs ? 'WITHIN_TIME' : 'OVERDUE';
}

// One step of the process control sheet (Mẫu 05): an agency's part with its own due time.
export interface StepTiming {
  readonly sequence: number; // steps with the same sequence run in parallel
  readonly startedAtMs: number;
  readonly dueAtMs: number;
  readonly finishedAtMs: number | null; // null while the step is open
}

// A finished step's result, by the same rule as a dossier's.
export function classifyStep(
  step: Pick<StepTiming, 'dueAtMs' | 'finishedAtMs'>,
): DossierClassification | null {
  return step.finishedAtMs === null ? null : classifyResolution(step.dueAtMs, step.finishedAtMs);
}

// Whether a step is late: finished after its due time, or (given a moment) still open past it.
export function isStepLate(step: StepTiming, atMs?: number): boolean {
  if (step.finishedAtMs !== null) {
    return step.finishedAtMs > step.dueAtMs;
  }
  return atMs !== undefined && atMs > step.dueAtMs;
}

// The step whose agency made the dossier late (domain.md, Time: "so the agency that made a dossier
// late can be named"): the late step that started first (a step done again after a return counts
// from its new start); among parallel steps started together, the one that finished last (or is
// still open). Null when no step is late: the delay then lies with the desk (transfer, return).
export function findLateStep<T extends StepTiming>(steps: readonly T[], atMs?: number): T | null {
  const late = steps.filter((step) => isStepLate(step, atMs));
  if (late.length === 0) {
    return null;
  }
  const first = late.reduce((earliest, step) => (startsBefore(step, earliest) ? step : earliest));
  const finishOf = (step: T): number => step.finishedAtMs ?? Infinity;
  return late
    .filter((step) => step.sequence === first.sequence && step.startedAtMs === first.startedAtMs)
    .reduce((latest, step) => (finishOf(step) > finishOf(latest) ? step : latest));
}

function startsBefore(left: StepTiming, right: StepTiming): boolean {
  return (
    left.startedAtMs < right.startedAtMs ||
    (left.startedAtMs === right.startedAtMs && left.sequence < right.sequence)
  );
}
