import {
  formatIsoDate,
  fromDayNumber,
  vietnamDayNumberOf,
  vietnamInstantOf,
} from '../../calendar/domain/local-date';

// Where the rollups stop for an instant T and the rest is read elsewhere: whole months before
// T's month from the month table, whole days of T's month before T's day from the day table, and
// the part of T's own day before T (only when T is not a midnight: a report "as of now") from the
// dossiers themselves.
export interface RollupBoundary {
  readonly atMs: number; // T
  readonly monthStart: string; // ISO date of the first day of T's Vietnamese month
  readonly dayStart: string; // ISO date of T's Vietnamese day
  readonly dayStartMs: number; // that day's midnight in Vietnam
}

export function rollupBoundary(atMs: number): RollupBoundary {
  const day = vietnamDayNumberOf(atMs);
  const civil = fromDayNumber(day);
  return {
    atMs,
    monthStart: formatIsoDate({ ...civil, day: 1 }),
    dayStart: formatIsoDate(civil),
    dayStartMs: vietnamInstantOf(day, 0),
  };
}
