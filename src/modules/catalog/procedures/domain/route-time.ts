// Decree 61/2018 art. 19.6: each agency of a route has its own time, and together they fit the
// procedure's limit. Parallel steps (same sequence) count once, by the longest of them. Pure and
// without imports: the catalog's rules decide with it, and the web app's draft editor previews
// the same total with it.

// Decision 188/1999/QĐ-TTg: a 40-hour week of five 8-hour working days.
export const WORKING_HOURS_PER_DAY = 8;

export type RouteTimeFamily = 'working' | 'calendar' | 'months';

export interface RouteTimeAmount {
  readonly amount: number;
  readonly unit: string; // a TimeUnit
}

export type RouteTime =
  | { readonly comparable: false; readonly mismatchedUnit: string }
  // In the family's unit: working hours, calendar days or months.
  | {
      readonly comparable: true;
      readonly family: RouteTimeFamily;
      readonly total: number;
      readonly allowed: number;
    };

export function unitFamily(unit: string): RouteTimeFamily {
  return unit === 'WORKING_DAYS' || unit === 'WORKING_HOURS'
    ? 'working'
    : unit === 'CALENDAR_DAYS'
      ? 'calendar'
      : 'months';
}

// Working time is compared in hours; the other families in their own unit.
export function toFamilyAmount(time: RouteTimeAmount): number {
  return time.unit === 'WORKING_DAYS' ? time.amount * WORKING_HOURS_PER_DAY : time.amount;
}

export function measureRouteTime(
  steps: ReadonlyArray<{ readonly sequence: number; readonly allotted: RouteTimeAmount }>,
  limit: RouteTimeAmount,
): RouteTime {
  const family = unitFamily(limit.unit);
  const mismatched = steps.find((step) => unitFamily(step.allotted.unit) !== family);
  if (mismatched) {
    return { comparable: false, mismatchedUnit: mismatched.allotted.unit };
  }
  const longestBySequence = new Map<number, number>();
  for (const step of steps) {
    const amount = toFamilyAmount(step.allotted);
    longestBySequence.set(step.sequence, Math.max(longestBySequence.get(step.sequence) ?? 0, amount));
  }
  const total = [...longestBySequence.values()].reduce((sum, amount) => sum + amount, 0);
  return { comparable: true, family, total, allowed: toFamilyAmount(limit) };
}

// Over the limit, allowing for the float sums of quarter hours.
export const exceedsLimit = (time: Extract<RouteTime, { comparable: true }>) =>
  time.total > time.allowed + 1e-9;
