import { isOnTimeBy766, scoreIndex766, sumIndex766Facts, type Index766Facts } from './index-766';

const HOUR = 3_600_000;

const facts = (overrides: Partial<Index766Facts> = {}): Index766Facts => ({
  resolved: 10,
  portalOnTime: 9,
  newReceived: 8,
  newOnline: 2,
  newDigitised: 4,
  evaluations: 3,
  evaluationScoreSum: 50,
  ...overrides,
});

const groupOf = (score: ReturnType<typeof scoreIndex766>, group: string) =>
  score.groups.find((candidate) => candidate.group === group)!;

describe('Decision 766 on-time rule as the national portal applies it', () => {
  const appointmentAtMs = 100 * HOUR;

  it('a dossier resolved 5 hours after its appointment after waiting 6 hours for a supplement is on time', () => {
    expect(
      isOnTimeBy766({
        resolvedAtMs: appointmentAtMs + 5 * HOUR,
        appointmentAtMs,
        supplementCount: 1,
        pauses: [{ reason: 'SUPPLEMENT', fromMs: 10 * HOUR, toMs: 16 * HOUR }],
      }),
    ).toBe(true);
  });

  it('a financial-obligation pause is not subtracted', () => {
    expect(
      isOnTimeBy766({
        resolvedAtMs: appointmentAtMs + 5 * HOUR,
        appointmentAtMs,
        supplementCount: 0,
        pauses: [{ reason: 'FINANCIAL_OBLIGATION', fromMs: 10 * HOUR, toMs: 16 * HOUR }],
      }),
    ).toBe(false);
  });

  it('two supplement requests make a dossier late even when resolved early', () => {
    expect(isOnTimeBy766({ resolvedAtMs: 50 * HOUR, appointmentAtMs, supplementCount: 2, pauses: [] })).toBe(
      false,
    );
  });

  it('resolved exactly at the appointment is on time', () => {
    expect(
      isOnTimeBy766({ resolvedAtMs: appointmentAtMs, appointmentAtMs, supplementCount: 0, pauses: [] }),
    ).toBe(true);
  });
});

describe('Decision 766 points', () => {
  it('on time 9 of 10 (90 %) gives 18 of 20 points for progress', () => {
    expect(groupOf(scoreIndex766(facts()), 'PROGRESS')).toMatchObject({
      points: 18,
      sharePercent: 90,
      numerator: 9,
      denominator: 10,
      maxPoints: 20,
      label: 'Tiến độ giải quyết',
    });
  });

  it('online share 25 % gives 6 of 12 points; 50 % and more give full marks', () => {
    expect(groupOf(scoreIndex766(facts()), 'ONLINE_SERVICE')).toMatchObject({ points: 6, sharePercent: 25 });
    expect(groupOf(scoreIndex766(facts({ newOnline: 6 })), 'ONLINE_SERVICE')).toMatchObject({
      points: 12,
      sharePercent: 75,
    });
  });

  it('digitised share 50 % gives 13.75 of 22 points; 80 % gives full marks', () => {
    expect(groupOf(scoreIndex766(facts()), 'DIGITISATION')).toMatchObject({
      points: 13.75,
      sharePercent: 50,
    });
    expect(groupOf(scoreIndex766(facts({ newReceived: 10, newDigitised: 8 })), 'DIGITISATION')).toMatchObject(
      { points: 22 },
    );
  });

  it('satisfaction without complaint data is 100 % − late rate: 10 % late gives 16.2 of 18', () => {
    const score = scoreIndex766(facts());
    expect(groupOf(score, 'SATISFACTION')).toMatchObject({ points: 16.2, sharePercent: 90 });
    expect(score).toMatchObject({ lateRatePercent: 10, complaintRateUnavailable: true });
  });

  it('averages the citizens’ ratings to one decimal: 50 over 3 ratings is 16.7', () => {
    expect(scoreIndex766(facts())).toMatchObject({ evaluationCount: 3, evaluationAverage: 16.7 });
    expect(scoreIndex766(facts({ evaluations: 0, evaluationScoreSum: 0 })).evaluationAverage).toBeNull();
  });

  it('leaves publicity and online payment unscored, and totals only what is measured: 53.95 of 72', () => {
    const score = scoreIndex766(facts());
    expect(groupOf(score, 'PUBLICITY')).toMatchObject({ points: null, maxPoints: 18 });
    expect(groupOf(score, 'ONLINE_PAYMENT')).toMatchObject({
      points: null,
      maxPoints: 10,
      note: expect.stringContaining('không có dữ liệu'),
    });
    // 18 + 6 + 16.2 + 13.75
    expect(score).toMatchObject({ points: 53.95, availableMaxPoints: 72, maxPoints: 100 });
  });

  it('a unit with nothing resolved or received in the period has no measurable group', () => {
    const score = scoreIndex766(
      facts({ resolved: 0, portalOnTime: 0, newReceived: 0, newOnline: 0, newDigitised: 0 }),
    );
    expect(score.groups.every((group) => group.points === null)).toBe(true);
    expect(score).toMatchObject({ points: 0, availableMaxPoints: 0, lateRatePercent: null });
  });

  it('sums the facts of agencies into the facts of the scope', () => {
    expect(sumIndex766Facts([facts(), facts({ resolved: 2, portalOnTime: 1 })])).toEqual(
      facts({
        resolved: 12,
        portalOnTime: 10,
        newReceived: 16,
        newOnline: 4,
        newDigitised: 8,
        evaluations: 6,
        evaluationScoreSum: 100,
      }),
    );
  });
});
