import {
  formatIsoDate,
  fromDayNumber,
  toDayNumber,
  vietnamDayNumberOf,
  vietnamInstantOf,
} from '../../calendar/domain/local-date';

// How the events before an instant T are read from the rollups, touching as few day rows as
// possible: whole months from the month table up to a month boundary, then the days between that
// boundary and T's day from the day table — added when the boundary is before T (the month T is
// in), subtracted when it is after (the next month, when T is in the second half of its month) —
// and, when T is not a midnight (a report "as of now"), T is read as the next midnight less the
// events between T and it, read from the dossiers themselves: in practice only the deadlines
// falling later that day (nothing is received or closed in the future), where the events of the
// day so far are many. Unfolded deltas are added by day, before the midnight read.
export interface RollupBoundary {
  readonly atMs: number; // T
  readonly dayStart: string; // ISO date of T's Vietnamese day
  readonly dayStartMs: number; // that day's midnight in Vietnam
  readonly monthsBefore: string; // ISO date: month rows before this month are added
  readonly addDays: DayRange | null; // day rows added
  readonly subtractDays: DayRange | null; // day rows subtracted
  readonly subtractEvents: { readonly fromMs: number; readonly toMs: number } | null; // from the dossiers
}

export interface DayRange {
  readonly from: string; // ISO date, inclusive
  readonly to: string; // ISO date, exclusive
}

export function rollupBoundary(atMs: number): RollupBoundary {
  const nextMidnight = vietnamInstantOf(vietnamDayNumberOf(atMs) + 1, 0);
  const midnight = vietnamInstantOf(vietnamDayNumberOf(atMs), 0);
  if (atMs === midnight) {
    return midnightBoundary(atMs);
  }
  return { ...midnightBoundary(nextMidnight), atMs, subtractEvents: { fromMs: atMs, toMs: nextMidnight } };
}

function midnightBoundary(atMs: number): RollupBoundary {
  const day = vietnamDayNumberOf(atMs);
  const civil = fromDayNumber(day);
  const dayStartMs = vietnamInstantOf(day, 0);
  const dayStart = formatIsoDate(civil);
  const monthStart = toDayNumber({ ...civil, day: 1 });
  const nextMonthStart = toDayNumber(
    civil.month === 12
      ? { year: civil.year + 1, month: 1, day: 1 }
      : { ...civil, month: civil.month + 1, day: 1 },
  );
  const iso = (dayNumber: number) => formatIsoDate(fromDayNumber(dayNumber));
  // A midnight nearer the next month is read backwards from it.
  const backwards = nextMonthStart - day < day - monthStart;
  if (backwards) {
    return {
      atMs,
      dayStart,
      dayStartMs,
      monthsBefore: iso(nextMonthStart),
      addDays: null,
      subtractDays: { from: dayStart, to: iso(nextMonthStart) },
      subtractEvents: null,
    };
  }
  return {
    atMs,
    dayStart,
    dayStartMs,
    monthsBefore: iso(monthStart),
    addDays: day > monthStart ? { from: iso(monthStart), to: dayStart } : null,
    subtractDays: null,
    subtractEvents: null,
  };
}
