import {
  EVALUATION_INDEX_CODES,
  type EvaluationIndexCode,
  type EvaluationScores,
  totalOf,
} from './evaluation-indices';

// A unit's average rating (Decree 61/2018 art. 32; Circular 01/2018 art. 15): the mean of its
// dossiers' totals (0–18) and of each index (0–2), rounded to one decimal, half up. Computed from
// integer sums, so 0.25 is 0.3 and 1.15 is 1.2 whatever binary floating point makes of them.
export interface EvaluationAverage {
  readonly count: number;
  readonly total: number | null; // null when nothing was rated
  readonly byIndex: { readonly [Code in EvaluationIndexCode]: number | null };
}

// round(sum / count, 1), half up, for a non-negative integer sum and a positive count.
export function roundMeanToOneDecimal(sum: number, count: number): number {
  if (!Number.isInteger(sum) || !Number.isInteger(count) || sum < 0 || count <= 0) {
    throw new RangeError(`roundMeanToOneDecimal needs integer sum >= 0 and count > 0, got ${sum}/${count}`);
  }
  return Math.floor((20 * sum + count) / (2 * count)) / 10;
}

export function averageEvaluations(
  ratings: readonly { readonly scores: EvaluationScores }[],
): EvaluationAverage {
  const count = ratings.length;
  const mean = (sum: number): number | null => (count === 0 ? null : roundMeanToOneDecimal(sum, count));
  const byIndex = Object.fromEntries(
    EVALUATION_INDEX_CODES.map((code) => [
      code,
      mean(ratings.reduce((sum, rating) => sum + rating.scores[code], 0)),
    ]),
  ) as { [Code in EvaluationIndexCode]: number | null };
  return { count, total: mean(ratings.reduce((sum, rating) => sum + totalOf(rating.scores), 0)), byIndex };
}

// The same per unit (a desk, an agency): the reports choose which unit a rating belongs to.
export function averageEvaluationsByUnit<Unit>(
  ratings: readonly { readonly unit: Unit; readonly scores: EvaluationScores }[],
): Map<Unit, EvaluationAverage> {
  const groups = new Map<Unit, { scores: EvaluationScores }[]>();
  for (const rating of ratings) {
    const group = groups.get(rating.unit);
    if (group) {
      group.push(rating);
    } else {
      groups.set(rating.unit, [rating]);
    }
  }
  return new Map([...groups].map(([unit, group]) => [unit, averageEvaluations(group)]));
}
