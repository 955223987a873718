import {
  describeScore,
  EVALUATION_INDEX_CODES,
  EVALUATION_INDICES,
  type EvaluationScores,
  isEvaluationScore,
  MAX_EVALUATION_TOTAL,
  totalOf,
} from './evaluation-indices';

const allScored = (score: 0 | 1 | 2): EvaluationScores =>
  Object.fromEntries(EVALUATION_INDEX_CODES.map((code) => [code, score])) as unknown as EvaluationScores;

describe('the nine indices of Circular 01/2018 art. 12', () => {
  it('lists nine indices, numbered 1–9 in the circular order, each with a meaning for 2, 1 and 0', () => {
    expect(EVALUATION_INDICES.map((index) => index.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(EVALUATION_INDICES.map((index) => index.code)).toEqual([...EVALUATION_INDEX_CODES]);
    for (const index of EVALUATION_INDICES) {
      expect(index.label.normalize('NFC')).toBe(index.label);
      expect(Object.keys(index.meanings).sort()).toEqual(['0', '1', '2']);
      expect(new Set(Object.values(index.meanings)).size).toBe(3);
    }
    expect(EVALUATION_INDICES[6].label).toMatch(/^Thái độ của cán bộ, công chức, viên chức/);
    expect(EVALUATION_INDICES[0].meanings[2]).toBe('Tổng thời gian ngắn hơn so với quy định');
  });

  it('totals a rating from 0 to 18', () => {
    expect(MAX_EVALUATION_TOTAL).toBe(18);
    expect(totalOf(allScored(2))).toBe(18);
    expect(totalOf(allScored(0))).toBe(0);
    expect(totalOf({ ...allScored(2), staffAttitude: 0, deskContacts: 1 })).toBe(15);
  });

  it('accepts only 0, 1 and 2 as a score, and says what each means', () => {
    expect([0, 1, 2].every(isEvaluationScore)).toBe(true);
    expect([3, -1, 1.5, '2', null].some(isEvaluationScore)).toBe(false);
    expect(describeScore('deskContacts', 1)).toBe(
      'Chỉ phải một lần liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ',
    );
  });
});
