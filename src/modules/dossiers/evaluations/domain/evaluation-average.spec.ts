import fc from 'fast-check';
import { averageEvaluations, averageEvaluationsByUnit, roundMeanToOneDecimal } from './evaluation-average';
import { EVALUATION_INDEX_CODES, type EvaluationScores } from './evaluation-indices';

const rating = (
  score: 0 | 1 | 2,
  overrides: Partial<EvaluationScores> = {},
): { scores: EvaluationScores } => ({
  scores: {
    ...(Object.fromEntries(
      EVALUATION_INDEX_CODES.map((code) => [code, score]),
    ) as unknown as EvaluationScores),
    ...overrides,
  },
});

describe("a unit's average rating, to one decimal", () => {
  it('rounds half up from the exact fraction (0.25 → 0.3, 1.15 → 1.2, 1/3 → 0.3)', () => {
    expect(roundMeanToOneDecimal(1, 4)).toBe(0.3);
    expect(roundMeanToOneDecimal(23, 20)).toBe(1.2);
    expect(roundMeanToOneDecimal(1, 3)).toBe(0.3);
    expect(roundMeanToOneDecimal(2, 3)).toBe(0.7);
    expect(roundMeanToOneDecimal(35, 2)).toBe(17.5);
    expect(roundMeanToOneDecimal(0, 7)).toBe(0);
    expect(() => roundMeanToOneDecimal(1, 0)).toThrow(RangeError);
  });

  it('is never more than half a tenth from the exact mean', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 10_000 }), (sum, count) => {
        const rounded = roundMeanToOneDecimal(sum, count);
        expect(Math.abs(rounded - sum / count)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.round(rounded * 10)).toBe(rounded * 10);
      }),
    );
  });

  it("averages totals and each index over the unit's ratings", () => {
    const average = averageEvaluations([rating(2), rating(2, { staffAttitude: 0 }), rating(1)]);
    // Totals 18, 16 and 9: 43 / 3 = 14.33...
    expect(average.count).toBe(3);
    expect(average.total).toBe(14.3);
    expect(average.byIndex.staffAttitude).toBe(1);
    expect(average.byIndex.totalTime).toBe(1.7);
  });

  it('has no average for a unit nobody rated', () => {
    expect(averageEvaluations([])).toMatchObject({ count: 0, total: null, byIndex: { publicity: null } });
  });

  it('averages per unit', () => {
    const byUnit = averageEvaluationsByUnit([
      { unit: 'desk-a', ...rating(2) },
      { unit: 'desk-b', ...rating(0) },
      { unit: 'desk-a', ...rating(1) },
    ]);
    expect(byUnit.get('desk-a')?.total).toBe(13.5);
    expect(byUnit.get('desk-b')?.total).toBe(0);
  });
});
