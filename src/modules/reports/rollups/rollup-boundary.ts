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
// and, when T is not a midnight (a report "as of now"), the part of T's own day before T read
// from the dossiers themselves. Unfolded deltas are added by day, before T's day.
export interface RollupBoundary {
  readonly atMs: number; // T
  readonly dayStart: string; // ISO date of T's Vietnamese day
  readonly dayStartMs: number; // that day's midnight in Vietnam
  readonly monthsBefore: string; // ISO date: month rows before this month are added
  readonly addDays: DayRange | null; // day rows added
  readonly subtractDays: DayRange | null; // day rows subtracted
}

export interface DayRange {
  readonly from: string; // ISO date, inclusive
  readonly to: string; // ISO date, exclusive
}

export function rollupBoundary(atMs: number): RollupBoundary {
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
  // A midnight nearer the next month is read backwards from it; any other instant forwards.
  const backwards = atMs === dayStartMs && nextMonthStart - day < day - monthStart;
  if (backwards) {
    return {
      atMs,
      dayStart,
      dayStartMs,
      monthsBefore: iso(nextMonthStart),
      addDays: null,
      subtractDays: { from: dayStart, to: iso(nextMonthStart) },
    };
  }
  return {
    atMs,
    dayStart,
    dayStartMs,
    monthsBefore: iso(monthStart),
    addDays: day > monthStart ? { from: iso(monthStart), to: dayStart } : null,
    subtractDays: null,
  };
}
