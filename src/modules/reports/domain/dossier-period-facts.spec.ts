import fc from 'fast-check';
import { classifyResolution } from '../../dossiers/domain/classification';
import {
  type DossierPeriodFacts,
  type PeriodBounds,
  type WithdrawnPolicy,
  WITHDRAWN_POLICIES,
  countDossierInPeriod,
} from './dossier-period-facts';
import {
  type Form06Counts,
  FORM_06_COUNT_KEYS,
  ZERO_FORM_06_COUNTS,
  brokenForm06Identities,
} from './form-06-counts';
import { parseReportPeriod } from './report-period';

// Vietnamese wall-clock time (UTC+7) as epoch milliseconds.
const at = (iso: string) => Date.parse(`${iso}+07:00`);

const Q4_2020 = parseReportPeriod('2020-Q4'); // 01/10/2020 – 31/12/2020

function dossier(overrides: Partial<DossierPeriodFacts> = {}): DossierPeriodFacts {
  return {
    channel: 'DIRECT',
    receivedAtMs: at('2020-11-02T09:00'),
    dueAtMs: at('2020-11-20T17:00'),
    appointmentAtMs: at('2020-11-20T17:00'),
    resolvedAtMs: null,
    classification: null,
    endedAtMs: null,
    ...overrides,
  };
}

function only(counts: Partial<Form06Counts>): Form06Counts {
  return { ...ZERO_FORM_06_COUNTS, ...counts };
}

describe('the Biểu 06 columns one dossier counts in', () => {
  it('received in September and resolved early in October: carried over, resolved early', () => {
    const facts = dossier({
      channel: 'ONLINE',
      receivedAtMs: at('2020-09-20T10:00'),
      dueAtMs: at('2020-10-09T17:00'),
      resolvedAtMs: at('2020-10-05T15:00'),
      classification: 'EARLY',
    });
    expect(countDossierInPeriod(facts, Q4_2020)).toEqual(
      only({ receivedTotal: 1, carriedOver: 1, resolvedTotal: 1, resolvedEarly: 1 }),
    );
  });

  it('received online in November, open at year end before its deadline: new online, within time', () => {
    const facts = dossier({ channel: 'ONLINE', dueAtMs: at('2021-01-10T17:00') });
    expect(countDossierInPeriod(facts, Q4_2020)).toEqual(
      only({ receivedTotal: 1, receivedOnline: 1, inProgressTotal: 1, inProgressWithinTime: 1 }),
    );
  });

  it('received by post, open at year end past its deadline: new direct or post, overdue', () => {
    const facts = dossier({ channel: 'POST', dueAtMs: at('2020-12-20T17:00') });
    expect(countDossierInPeriod(facts, Q4_2020)).toEqual(
      only({ receivedTotal: 1, receivedDirectOrPost: 1, inProgressTotal: 1, inProgressOverdue: 1 }),
    );
  });

  it('due at midnight ending 31/12 is still within time; due at 23:59 on 31/12 is overdue', () => {
    expect(
      countDossierInPeriod(dossier({ dueAtMs: Q4_2020.toExclusiveMs }), Q4_2020).inProgressWithinTime,
    ).toBe(1);
    expect(
      countDossierInPeriod(dossier({ dueAtMs: at('2020-12-31T23:59') }), Q4_2020).inProgressOverdue,
    ).toBe(1);
  });

  it('resolved late in December: new, resolved late', () => {
    const facts = dossier({ resolvedAtMs: at('2020-12-01T08:00'), classification: 'LATE' });
    expect(countDossierInPeriod(facts, Q4_2020)).toEqual(
      only({ receivedTotal: 1, receivedDirectOrPost: 1, resolvedTotal: 1, resolvedLate: 1 }),
    );
  });

  it('the period boundaries are Vietnamese midnights', () => {
    const lastMinute = dossier({ receivedAtMs: at('2020-12-31T23:59'), dueAtMs: at('2021-01-15T17:00') });
    expect(countDossierInPeriod(lastMinute, Q4_2020).receivedTotal).toBe(1);
    const newYear = dossier({ receivedAtMs: at('2021-01-01T00:00') });
    expect(countDossierInPeriod(newYear, Q4_2020)).toEqual(ZERO_FORM_06_COUNTS);
    const resolvedBefore = dossier({
      receivedAtMs: at('2020-09-01T09:00'),
      resolvedAtMs: at('2020-09-30T23:59'),
      classification: 'ON_TIME',
    });
    expect(countDossierInPeriod(resolvedBefore, Q4_2020)).toEqual(ZERO_FORM_06_COUNTS);
    const resolvedAtNewYear = dossier({
      dueAtMs: at('2021-01-05T17:00'),
      resolvedAtMs: at('2021-01-01T00:00'),
      classification: 'EARLY',
    });
    expect(countDossierInPeriod(resolvedAtNewYear, Q4_2020)).toMatchObject({
      resolvedTotal: 0,
      inProgressTotal: 1,
    });
  });

  it('a resolved row without a classification is classified by the statistics rule', () => {
    const facts = dossier({ resolvedAtMs: at('2020-11-20T10:00') }); // the due day, before 17:00
    expect(countDossierInPeriod(facts, Q4_2020)).toMatchObject({ resolvedTotal: 1, resolvedOnTime: 1 });
  });

  describe('withdrawn or stopped dossiers, policy RESOLVED_BY_APPOINTMENT (the default)', () => {
    it('withdrawn within the period by the appointment: resolved on time', () => {
      const facts = dossier({ endedAtMs: at('2020-11-15T10:00') });
      expect(countDossierInPeriod(facts, Q4_2020)).toEqual(
        only({ receivedTotal: 1, receivedDirectOrPost: 1, resolvedTotal: 1, resolvedOnTime: 1 }),
      );
    });

    it('stopped within the period after the appointment: resolved late', () => {
      const facts = dossier({ endedAtMs: at('2020-11-21T10:00') });
      expect(countDossierInPeriod(facts, Q4_2020, 'RESOLVED_BY_APPOINTMENT')).toEqual(
        only({ receivedTotal: 1, receivedDirectOrPost: 1, resolvedTotal: 1, resolvedLate: 1 }),
      );
    });

    it('withdrawn after the period: still in progress at its end; withdrawn before it: absent', () => {
      const later = dossier({ dueAtMs: at('2021-01-20T17:00'), endedAtMs: at('2021-01-04T10:00') });
      expect(countDossierInPeriod(later, Q4_2020)).toMatchObject({
        inProgressTotal: 1,
        inProgressWithinTime: 1,
      });
      const earlier = dossier({ receivedAtMs: at('2020-09-01T09:00'), endedAtMs: at('2020-09-10T09:00') });
      expect(countDossierInPeriod(earlier, Q4_2020)).toEqual(ZERO_FORM_06_COUNTS);
    });
  });

  it('policy EXCLUDED: a withdrawn dossier is in no column of any period', () => {
    const facts = dossier({ receivedAtMs: at('2020-09-01T09:00'), endedAtMs: at('2021-02-01T09:00') });
    for (const text of ['2020-Q3', '2020-Q4', '2021-Q1', '2020']) {
      expect(countDossierInPeriod(facts, parseReportPeriod(text), 'EXCLUDED')).toEqual(ZERO_FORM_06_COUNTS);
    }
  });
});

describe('invariants of the per-dossier columns', () => {
  const start = at('2019-01-01T00:00');
  const span = 3 * 365 * 86_400_000;
  const instant = fc.integer({ min: start, max: start + span });
  const facts: fc.Arbitrary<DossierPeriodFacts> = fc
    .record({
      channel: fc.constantFrom('DIRECT', 'ONLINE', 'POST' as const),
      receivedAtMs: instant,
      dueAfter: fc.integer({ min: 0, max: 60 * 86_400_000 }),
      appointmentAfter: fc.integer({ min: 0, max: 60 * 86_400_000 }),
      closedAfter: fc.option(fc.integer({ min: 0, max: 200 * 86_400_000 })),
      closing: fc.constantFrom('RESOLVED', 'RESOLVED_UNCLASSIFIED', 'ENDED'),
    })
    .map(({ channel, receivedAtMs, dueAfter, appointmentAfter, closedAfter, closing }) => {
      const dueAtMs = receivedAtMs + dueAfter;
      const closedAtMs = closedAfter === null ? null : receivedAtMs + closedAfter;
      const resolvedAtMs = closing === 'ENDED' ? null : closedAtMs;
      return {
        channel,
        receivedAtMs,
        dueAtMs,
        appointmentAtMs: dueAtMs + appointmentAfter,
        resolvedAtMs,
        classification:
          resolvedAtMs !== null && closing === 'RESOLVED' ? classifyResolution(dueAtMs, resolvedAtMs) : null,
        endedAtMs: closing === 'ENDED' ? closedAtMs : null,
      };
    });
  // Two adjacent periods [a, b) and [b, c), and their union [a, c).
  const split = fc
    .tuple(instant, instant, instant)
    .map((bounds) => bounds.sort((left, right) => left - right))
    .filter(([a, b, c]) => a < b && b < c);
  const policy = fc.constantFrom(...WITHDRAWN_POLICIES);

  it('every count is 0 or 1 and the four identities of the form hold for each dossier', () => {
    fc.assert(
      fc.property(facts, split, policy, (dossierFacts, [a, , c], withdrawnPolicy: WithdrawnPolicy) => {
        const counts = countDossierInPeriod(dossierFacts, { fromMs: a, toExclusiveMs: c }, withdrawnPolicy);
        expect(FORM_06_COUNT_KEYS.every((key) => counts[key] === 0 || counts[key] === 1)).toBe(true);
        expect(brokenForm06Identities(counts)).toEqual([]);
      }),
    );
  });

  it('adjacent periods chain: in progress at the end of one is carried over into the next, and flows add up', () => {
    fc.assert(
      fc.property(facts, split, policy, (dossierFacts, [a, b, c], withdrawnPolicy: WithdrawnPolicy) => {
        const count = (period: PeriodBounds) => countDossierInPeriod(dossierFacts, period, withdrawnPolicy);
        const first = count({ fromMs: a, toExclusiveMs: b });
        const second = count({ fromMs: b, toExclusiveMs: c });
        const whole = count({ fromMs: a, toExclusiveMs: c });
        expect(second.carriedOver).toBe(first.inProgressTotal);
        expect(whole.carriedOver).toBe(first.carriedOver);
        expect(whole.inProgressTotal).toBe(second.inProgressTotal);
        expect(whole.inProgressOverdue).toBe(second.inProgressOverdue);
        for (const key of [
          'receivedOnline',
          'receivedDirectOrPost',
          'resolvedEarly',
          'resolvedOnTime',
          'resolvedLate',
        ] as const) {
          expect(whole[key]).toBe(first[key] + second[key]);
        }
      }),
    );
  });
});
