import type { components } from '../../../api/schema';
import {
  exceedsLimit,
  measureRouteTime,
  WORKING_HOURS_PER_DAY,
} from '../../../../../src/modules/catalog/procedures/domain/route-time';

type TimeLimit = components['schemas']['TimeLimitDto'];
type Unit = TimeLimit['unit'];

export interface RouteStepTime {
  // Steps with the same sequence run in parallel.
  sequence: number;
  allotted: Partial<TimeLimit> | undefined;
}

export type RouteTotal =
  { comparable: true; total: number; limit: number; unit: Unit; exceeds: boolean } | { comparable: false };

// The running total the draft editor shows beside a route, in the unit of the time limit: the
// server's own measure (route-time.ts, which its checkRouteFits decides with), on the steps as
// typed so far (a step without a time counts 0 in the limit's unit).
export function totalRouteTime(steps: readonly RouteStepTime[], limit: TimeLimit): RouteTotal {
  const time = measureRouteTime(
    steps.map((step) => ({
      sequence: step.sequence,
      allotted: { amount: step.allotted?.amount ?? 0, unit: step.allotted?.unit ?? limit.unit },
    })),
    limit,
  );
  if (!time.comparable) {
    return { comparable: false };
  }
  // Working time is measured in hours; the limit may be in working days.
  const inLimitUnit = (amount: number) =>
    limit.unit === 'WORKING_DAYS' ? amount / WORKING_HOURS_PER_DAY : amount;
  return {
    comparable: true,
    total: inLimitUnit(time.total),
    limit: limit.amount,
    unit: limit.unit,
    exceeds: exceedsLimit(time),
  };
}
