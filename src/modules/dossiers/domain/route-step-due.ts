import { computeDeadline, type WorkingCalendar } from '../../calendar/domain/engine';
import { type TimeLimit } from '../../catalog/procedures/domain/procedure-content';

// Inter-agency routes (liên thông, Decree 61/2018 art. 19.6–19.7): every step has its own allotted
// time and due time, so the agency that made a dossier late can be named (classification.ts).
// A step's due time counts from when the step actually starts (the hand-over to its agency), by
// the desk rule: a hand-over outside office hours starts at the next working period.
export function computeStepDue(cal: WorkingCalendar, allotted: TimeLimit, startedAtMs: number): number {
  return computeDeadline(cal, { startMs: startedAtMs, amount: allotted.amount, unit: allotted.unit }).dueAtMs;
}

export interface RouteStepAllotment {
  readonly sequence: number; // steps sharing a sequence run in parallel (electronic, one lead)
  readonly allotted: TimeLimit;
}

export type PlannedStep<T extends RouteStepAllotment> = T & {
  readonly plannedStartMs: number;
  readonly plannedDueAtMs: number;
};

// The plan shown when a route starts: a chain runs one sequence after another, each group starting
// when the slowest member of the previous group is due; the members of a parallel group start
// together. Actual due times are recomputed with computeStepDue when each step really starts.
export function planRouteSteps<T extends RouteStepAllotment>(
  cal: WorkingCalendar,
  routeStartMs: number,
  steps: readonly T[],
): PlannedStep<T>[] {
  const sequences = [...new Set(steps.map((step) => step.sequence))].sort((left, right) => left - right);
  const planned: PlannedStep<T>[] = [];
  let groupStartMs = routeStartMs;
  for (const sequence of sequences) {
    let groupDueMs = groupStartMs;
    steps.forEach((step, index) => {
      if (step.sequence === sequence) {
        const plannedDueAtMs = computeStepDue(cal, step.allotted, groupStartMs);
        planned[index] = { ...step, plannedStartMs: groupStartMs, plannedDueAtMs };
        groupDueMs = Math.max(groupDueMs, plannedDueAtMs);
      }
    });
    groupStartMs = groupDueMs;
  }
  return planned;
}
