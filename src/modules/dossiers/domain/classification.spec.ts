import fc from 'fast-check';
import { atVietnamTime } from '../../calendar/domain/engine/test-fixtures';
import {
  CLASSIFICATION_LABELS,
  classifyOpenAt,
  classifyResolution,
  classifyStep,
  findLateStep,
  isStepLate,
  type DossierClassification,
} from './classification';

const at = atVietnamTime;
const DUE = at('2025-06-16 09:00'); // Monday

describe('a resolved dossier against dueAt (domain.md, Statistics)', () => {
  it.each([
    ['2025-06-13 16:00', 'EARLY', 'on the Friday before'],
    ['2025-06-15 23:59', 'EARLY', 'late on the Sunday before'],
    ['2025-06-16 00:00', 'ON_TIME', 'at the start of the due day'],
    ['2025-06-16 09:00', 'ON_TIME', 'at the due instant itself'],
    ['2025-06-16 09:01', 'LATE', 'a minute after it'],
    ['2025-06-17 08:00', 'LATE', 'the next morning'],
  ])('resolved %s is %s (%s)', (resolvedAt, expected) => {
    expect(classifyResolution(DUE, at(resolvedAt))).toBe(expected);
  });

  it('the day is the Vietnamese one: 17:30 UTC on Sunday is already Monday 00:30 in Vietnam, so on time, not early', () => {
    expect(classifyResolution(DUE, Date.parse('2025-06-15T17:30:00Z'))).toBe('ON_TIME');
    expect(classifyResolution(DUE, Date.parse('2025-06-15T16:59:00Z'))).toBe('EARLY');
  });

  it('a calendar-day limit ending at 23:59:59.999: resolved that evening is on time, the day before early', () => {
    const endOfDay = Date.parse('2025-06-24T23:59:59.999+07:00');
    expect(classifyResolution(endOfDay, at('2025-06-24 22:00'))).toBe('ON_TIME');
    expect(classifyResolution(endOfDay, at('2025-06-23 22:00'))).toBe('EARLY');
    expect(classifyResolution(endOfDay, Date.parse('2025-06-25T00:00:00+07:00'))).toBe('LATE');
  });

  it('Vietnamese labels: trước hạn, đúng hạn, quá hạn; trong hạn for an open dossier', () => {
    expect([CLASSIFICATION_LABELS.EARLY, CLASSIFICATION_LABELS.ON_TIME, CLASSIFICATION_LABELS.LATE]).toEqual([
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
    ]);
    expect(CLASSIFICATION_LABELS.WITHIN_TIME).toBe('Trong hạn');
  });
});

describe('an open dossier at T', () => {
  it('is within time while dueAt ≥ T, overdue after', () => {
    expect(classifyOpenAt(DUE, DUE)).toBe('WITHIN_TIME');
    expect(classifyOpenAt(DUE, DUE + 1)).toBe('OVERDUE');
  });
});

describe('classification invariants', () => {
  const instant = fc.integer({ min: at('2020-01-01 00:00'), max: at('2030-12-31 23:59') });
  const rank: Record<DossierClassification, number> = { EARLY: 0, ON_TIME: 1, LATE: 2 };

  it('late exactly when resolved after dueAt; early only when resolved before it', () => {
    fc.assert(
      fc.property(instant, instant, (dueAtMs, resolvedAtMs) => {
        const result = classifyResolution(dueAtMs, resolvedAtMs);
        expect(result === 'LATE').toBe(resolvedAtMs > dueAtMs);
        if (result === 'EARLY') {
          expect(resolvedAtMs).toBeLessThan(dueAtMs);
        }
        expect(classifyOpenAt(dueAtMs, resolvedAtMs) === 'OVERDUE').toBe(result === 'LATE');
      }),
    );
  });

  it('resolving later never gives a better result, and a later due time never a worse one', () => {
    fc.assert(
      fc.property(instant, instant, instant, (dueAtMs, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        expect(rank[classifyResolution(dueAtMs, earlier)]).toBeLessThanOrEqual(
          rank[classifyResolution(dueAtMs, later)],
        );
        expect(rank[classifyResolution(later, dueAtMs)]).toBeLessThanOrEqual(
          rank[classifyResolution(earlier, dueAtMs)],
        );
      }),
    );
  });

  it('on time only on the due day itself, up to the due instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 86_400_000 }), (dueAtMs, before) => {
        const resolvedAtMs = dueAtMs - before;
        const sameDay =
          Math.floor((resolvedAtMs + 7 * 3_600_000) / 86_400_000) ===
          Math.floor((dueAtMs + 7 * 3_600_000) / 86_400_000);
        expect(classifyResolution(dueAtMs, resolvedAtMs)).toBe(sameDay ? 'ON_TIME' : 'EARLY');
      }),
    );
  });
});

describe('steps of the control sheet and the agency that made the dossier late', () => {
  // commune → district → province, each with its own due time.
  const commune = {
    agency: 'commune',
    sequence: 1,
    startedAtMs: at('2025-06-09 09:00'),
    dueAtMs: at('2025-06-12 09:00'),
    finishedAtMs: at('2025-06-11 15:00'),
  };
  const district = {
    agency: 'district',
    sequence: 2,
    startedAtMs: at('2025-06-11 15:00'),
    dueAtMs: at('2025-06-18 15:00'),
    finishedAtMs: at('2025-06-20 10:00'),
  };
  const province = {
    agency: 'province',
    sequence: 3,
    startedAtMs: at('2025-06-20 10:00'),
    dueAtMs: at('2025-07-01 10:00'),
    finishedAtMs: at('2025-06-30 16:00'),
  };

  it('each finished step is early, on time or late against its own due time', () => {
    expect([commune, district, province].map(classifyStep)).toEqual(['EARLY', 'LATE', 'EARLY']);
    expect(classifyStep({ dueAtMs: DUE, finishedAtMs: null })).toBeNull();
  });

  it('the district, two days over its step, is the agency that made the dossier late', () => {
    expect(findLateStep([commune, district, province])?.agency).toBe('district');
  });

  it('no step late: no agency to blame among the steps', () => {
    expect(findLateStep([commune, province])).toBeNull();
  });

  it('the first late step is named even when a later one is late too', () => {
    const lateProvince = { ...province, finishedAtMs: at('2025-07-02 10:00') };
    expect(findLateStep([lateProvince, district, commune])?.agency).toBe('district');
  });

  it('an open step past its due time is late at T, and not before', () => {
    const open = { ...district, finishedAtMs: null };
    expect(isStepLate(open)).toBe(false);
    expect(isStepLate(open, at('2025-06-18 15:00'))).toBe(false);
    expect(findLateStep([commune, open], at('2025-06-18 15:01'))?.agency).toBe('district');
  });

  it('in a parallel group, the member that finished last is named', () => {
    const tax = {
      agency: 'tax office',
      sequence: 2,
      startedAtMs: at('2025-06-11 15:00'),
      dueAtMs: at('2025-06-13 15:00'),
      finishedAtMs: at('2025-06-16 09:00'),
    };
    const land = {
      agency: 'land office',
      sequence: 2,
      startedAtMs: at('2025-06-11 15:00'),
      dueAtMs: at('2025-06-13 15:00'),
      finishedAtMs: at('2025-06-17 09:00'),
    };
    expect(findLateStep([commune, tax, land])?.agency).toBe('land office');
    expect(
      findLateStep([commune, tax, { ...land, finishedAtMs: null }], at('2025-06-20 09:00'))?.agency,
    ).toBe('land office');
  });

  it('a step done again after a return is judged from its new start', () => {
    const redone = {
      ...commune,
      startedAtMs: at('2025-06-23 09:00'),
      dueAtMs: at('2025-06-26 09:00'),
      finishedAtMs: at('2025-06-27 09:00'),
    };
    expect(findLateStep([redone, district])?.agency).toBe('district');
  });
});
