import type { components } from '../../../api/schema';

type TimeLimit = components['schemas']['TimeLimitDto'];
type Unit = TimeLimit['unit'];

export interface RouteStepTime {
  // Steps with the same sequence run in parallel.
  sequence: number;
  allotted: Partial<TimeLimit> | undefined;
}

export type RouteTotal =
  { comparable: true; total: number; limit: number; unit: Unit; exceeds: boolean } | { comparable: false };

const HOURS_PER_WORKING_DAY = 8;

// Working days and hours compare (8 hours a working day); calendar days and months only with
// themselves.
const familyOf = (unit: Unit) => (unit === 'WORKING_DAYS' || unit === 'WORKING_HOURS' ? 'working' : unit);

// The running total the draft editor shows beside a route, in the unit of the time limit: the
// server's checkRouteFits (catalog/procedures/domain/procedure-rules.ts) decides; this only
// previews it. Parallel steps count once, by the longest of them.
export function totalRouteTime(steps: readonly RouteStepTime[], limit: TimeLimit): RouteTotal {
  const family = familyOf(limit.unit);
  const inLimitUnit = (time: TimeLimit) =>
    time.unit === limit.unit
      ? time.amount
      : time.unit === 'WORKING_HOURS'
        ? time.amount / HOURS_PER_WORKING_DAY
        : time.amount * HOURS_PER_WORKING_DAY;
  const longest = new Map<number, number>();
  for (const step of steps) {
    const unit = step.allotted?.unit ?? limit.unit;
    if (familyOf(unit) !== family) {
      return { comparable: false };
    }
    const amount = inLimitUnit({ amount: step.allotted?.amount ?? 0, unit });
    longest.set(step.sequence, Math.max(longest.get(step.sequence) ?? 0, amount));
  }
  const total = [...longest.values()].reduce((sum, amount) => sum + amount, 0);
  return {
    comparable: true,
    total,
    limit: limit.amount,
    unit: limit.unit,
    exceeds: total > limit.amount + 1e-9,
  };
}
