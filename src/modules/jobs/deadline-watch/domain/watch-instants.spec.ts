import fc from 'fast-check';
import { buildWorkingCalendar, measureWorkingMinutes } from '../../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../../calendar/domain/engine/test-fixtures';
import { isMissingApology, startClock } from '../../../dossiers/domain';
import {
  computeWatchInstants,
  findApologyClosedBefore,
  findInstantWorkingMinutesBefore,
} from './watch-instants';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;
const settings = { dueSoonWorkingDays: 1, escalationWorkingHours: [8, 40] };

describe('the instants of a deadline-watch tick (Phú Yên calendar, 07:30–12:00 and 13:30–17:00)', () => {
  it('on Wednesday 11/6/2025 10:00 "due soon" reaches Thursday 10:00', () => {
    const instants = computeWatchInstants(phuYen, at('2025-06-11 10:00'), settings);
    expect(formatVietnamTime(instants.dueSoonUntilMs)).toBe('2025-06-12 10:00');
  });

  it('on Friday 13/6/2025 15:00 "due soon" reaches Monday 16/6 15:00, over the weekend', () => {
    const instants = computeWatchInstants(phuYen, at('2025-06-13 15:00'), settings);
    expect(formatVietnamTime(instants.dueSoonUntilMs)).toBe('2025-06-16 15:00');
  });

  it('on Friday 24/1/2025 16:00, before Tết, "due soon" reaches Monday 3/2 16:00, after it', () => {
    const instants = computeWatchInstants(phuYen, at('2025-01-24 16:00'), settings);
    expect(formatVietnamTime(instants.dueSoonUntilMs)).toBe('2025-02-03 16:00');
  });

  it('8 working hours overdue on Tuesday 17/6/2025 10:00 means due before Monday 16/6 10:00', () => {
    const instants = computeWatchInstants(phuYen, at('2025-06-17 10:00'), settings);
    expect(formatVietnamTime(instants.escalationBeforeMs[0])).toBe('2025-06-16 10:00');
    // 40 working hours: five working days back, Tuesday 10/6 10:00.
    expect(formatVietnamTime(instants.escalationBeforeMs[1])).toBe('2025-06-10 10:00');
  });

  it('8 working hours overdue on Monday 16/6/2025 08:00 reaches back into Friday 13/6', () => {
    const instants = computeWatchInstants(phuYen, at('2025-06-16 08:00'), settings);
    // 30 minutes on Monday, 7 h 30 on Friday: Friday from 08:00.
    expect(formatVietnamTime(instants.escalationBeforeMs[0])).toBe('2025-06-13 08:00');
  });
});

describe('the apology window has closed (Decree 61/2018 art. 19.9, read by days)', () => {
  it('on Wednesday 11/6/2025 it is too late for dossiers due on Wednesday, not for Thursday', () => {
    expect(formatVietnamTime(findApologyClosedBefore(phuYen, at('2025-06-11 10:00')))).toBe(
      '2025-06-12 00:00',
    );
  });

  it('on Saturday 14/6/2025 it is too late for dossiers due on Monday 16/6', () => {
    expect(formatVietnamTime(findApologyClosedBefore(phuYen, at('2025-06-14 10:00')))).toBe(
      '2025-06-17 00:00',
    );
  });

  it('during Tết 2025 (Tuesday 28/1) it is too late for dossiers due on Monday 3/2, the first working day', () => {
    expect(formatVietnamTime(findApologyClosedBefore(phuYen, at('2025-01-28 10:00')))).toBe(
      '2025-02-04 00:00',
    );
  });

  it('agrees with the dossier clock: due before the cutoff exactly when isMissingApology says so', () => {
    const start = at('2025-01-02 09:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        (limitDays, minutesLater) => {
          const clock = startClock(phuYen, start, { amount: limitDays, unit: 'WORKING_DAYS' }, false);
          const nowMs = start + minutesLater * 60_000;
          const closed = clock.dueAtMs < findApologyClosedBefore(phuYen, nowMs);
          expect(closed).toBe(isMissingApology(phuYen, clock, nowMs));
        },
      ),
    );
  });
});

describe('the instant some working minutes before now', () => {
  it('holds exactly that much working time up to now, and no earlier instant holds as little', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2021-01-04 00:00'), max: at('2026-06-30 00:00') }),
        fc.integer({ min: 1, max: 200 * 60 }),
        (nowMs, minutes) => {
          const before = findInstantWorkingMinutesBefore(phuYen, nowMs, minutes);
          expect(measureWorkingMinutes(phuYen, before, nowMs)).toBeLessThanOrEqual(minutes);
          expect(measureWorkingMinutes(phuYen, before - 1, nowMs)).toBeGreaterThan(minutes);
        },
      ),
    );
  });
});
