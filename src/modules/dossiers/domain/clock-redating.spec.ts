import fc from 'fast-check';
import { buildWorkingCalendar, type DayOverride, type WorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { issueApology } from './apology';
import { redateClock } from './clock-redating';
import {
  endClock,
  pauseClock,
  resolveClock,
  restartAfterSupplement,
  resumeClock,
  startClock,
  stopForSupplement,
} from './dossier-clock';

const at = atVietnamTime;
const show = formatVietnamTime;
const FIVE_WORKING_DAYS = { amount: 5, unit: 'WORKING_DAYS' } as const;
const MINUTES_PER_WORKING_DAY = 480; // Phú Yên from 1/11/2021: 07:30–12:00, 13:30–17:00

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

// The Phú Yên calendar with extra days off, as an administrator would declare them.
function withDaysOff(...dates: string[]): WorkingCalendar {
  const base = buildPhuYenDefinition();
  const extra: DayOverride[] = dates.map((date) => ({ date, kind: 'DAY_OFF', name: 'Nghỉ thử nghiệm' }));
  return buildWorkingCalendar({ ...base, overrides: [...base.overrides, ...extra] });
}

// Received at the desk Monday 9/6/2025 09:00 with 5 working days: due Monday 16/6 09:00.
const received = startClock(phuYen, at('2025-06-09 09:00'), FIVE_WORKING_DAYS, false);

describe('re-dating a running dossier after a calendar change', () => {
  it('a day off declared on Wednesday 11/6/2025 moves the deadline and the appointment to Tuesday 17/6 09:00', () => {
    const redated = redateClock(received, withDaysOff('2025-06-11'));
    expect(redated.outcome).toBe('REDATED');
    expect(show(redated.clock.dueAtMs)).toBe('2025-06-17 09:00');
    expect(show(redated.clock.appointmentAtMs)).toBe('2025-06-17 09:00');
    expect(redated.appointmentKeptByApology).toBe(false);
    expect(redated.clock).toEqual({
      ...received,
      dueAtMs: redated.clock.dueAtMs,
      appointmentAtMs: redated.clock.appointmentAtMs,
    });
  });

  it('a day off declared after the due day (Wednesday 18/6) changes nothing', () => {
    const redated = redateClock(received, withDaysOff('2025-06-18'));
    expect(redated).toEqual({ outcome: 'UNCHANGED', clock: received, appointmentKeptByApology: false });
  });

  it('the calendar the clock was computed on changes nothing, and re-dating twice is re-dating once', () => {
    expect(redateClock(received, phuYen).outcome).toBe('UNCHANGED');
    const newCalendar = withDaysOff('2025-06-11');
    const once = redateClock(received, newCalendar).clock;
    expect(redateClock(once, newCalendar)).toEqual({
      outcome: 'UNCHANGED',
      clock: once,
      appointmentKeptByApology: false,
    });
  });

  it('an official schedule confirming the proposed Tết 2027 only clears the provisional mark', () => {
    const proposed = buildPhuYenDefinition('2027-12-31');
    const official = buildWorkingCalendar({
      ...proposed,
      overrides: proposed.overrides.map((day) => ({ ...day, provisional: false })),
    });
    const beforeTet = startClock(
      buildWorkingCalendar(proposed),
      at('2027-02-03 09:00'),
      FIVE_WORKING_DAYS,
      false,
    );
    expect(beforeTet.provisional).toBe(true);
    const redated = redateClock(beforeTet, official);
    expect(redated.outcome).toBe('CONFIRMED');
    expect(redated.clock).toEqual({ ...beforeTet, provisional: false });
  });

  it('an extra day off in a year that only had a proposal moves the deadline by one working day', () => {
    const proposed = buildPhuYenDefinition('2027-12-31');
    const official = buildWorkingCalendar({
      ...proposed,
      overrides: [
        ...proposed.overrides.map((day) => ({ ...day, provisional: false })),
        { date: '2027-02-11', kind: 'DAY_OFF', name: 'Nghỉ hoán đổi' },
      ],
    });
    const beforeTet = startClock(
      buildWorkingCalendar(proposed),
      at('2027-02-03 09:00'),
      FIVE_WORKING_DAYS,
      false,
    );
    // Wednesday 3/2 09:00 + 5 working days around Tết (5–9/2 proposed off): Monday 15/2 09:00.
    expect(show(beforeTet.dueAtMs)).toBe('2027-02-15 09:00');
    const redated = redateClock(beforeTet, official);
    expect(redated.outcome).toBe('REDATED');
    expect(show(redated.clock.dueAtMs)).toBe('2027-02-16 09:00');
    expect(redated.clock.provisional).toBe(false);
  });
});

describe('dossiers a calendar change never touches', () => {
  const newCalendar = withDaysOff('2025-06-11');

  it('a resolved dossier keeps its deadline and its classification, computed once', () => {
    const resolved = resolveClock(received, at('2025-06-16 10:00'));
    expect(resolved.classification).toBe('LATE');
    expect(redateClock(resolved, newCalendar)).toEqual({
      outcome: 'UNCHANGED',
      clock: resolved,
      appointmentKeptByApology: false,
    });
  });

  it('a withdrawn or stopped dossier keeps its dates', () => {
    const ended = endClock(received, at('2025-06-10 10:00'));
    expect(redateClock(ended, newCalendar).outcome).toBe('UNCHANGED');
  });
});

describe('an apology (Mẫu 04) fixes the appointment: it moves only once (Decree 61/2018 art. 19.9)', () => {
  const apologised = issueApology(phuYen, received, at('2025-06-20 09:00'), at('2025-06-10 10:00'));

  it('the deadline moves to Tuesday 17/6, the appointment stays Friday 20/6 09:00', () => {
    const redated = redateClock(apologised, withDaysOff('2025-06-11'));
    expect(redated.outcome).toBe('REDATED');
    expect(show(redated.clock.dueAtMs)).toBe('2025-06-17 09:00');
    expect(show(redated.clock.appointmentAtMs)).toBe('2025-06-20 09:00');
    expect(redated.clock.apology).toEqual(apologised.apology);
    expect(redated.appointmentKeptByApology).toBe(true);
  });

  it('an apology of an earlier run was superseded by the re-submission: that appointment follows the deadline', () => {
    const stopped = stopForSupplement(apologised, at('2025-06-11 10:00'));
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-06-16 09:00'));
    expect(show(restarted.appointmentAtMs)).toBe('2025-06-23 09:00');
    const redated = redateClock(restarted, withDaysOff('2025-06-18'));
    expect(show(redated.clock.dueAtMs)).toBe('2025-06-24 09:00');
    expect(show(redated.clock.appointmentAtMs)).toBe('2025-06-24 09:00');
    expect(redated.appointmentKeptByApology).toBe(false);
  });

  it('while paused, the working time left to the fixed appointment is measured on the new calendar', () => {
    const paused = pauseClock(phuYen, apologised, at('2025-06-12 09:00'));
    const redated = redateClock(paused, withDaysOff('2025-06-13'));
    expect(show(redated.clock.appointmentAtMs)).toBe('2025-06-20 09:00');
    expect(redated.clock.remaining!.appointmentMinutes).toBe(
      paused.remaining!.appointmentMinutes - MINUTES_PER_WORKING_DAY,
    );
  });
});

describe('the clock waiting for the citizen', () => {
  it('a supplement stop on Thursday 12/6 after a day off on 11/6: the deadline in force then becomes 17/6 09:00', () => {
    const stopped = stopForSupplement(received, at('2025-06-12 10:00'));
    const redated = redateClock(stopped, withDaysOff('2025-06-11'));
    expect(redated.outcome).toBe('REDATED');
    expect(redated.clock.state).toBe('STOPPED_FOR_SUPPLEMENT');
    expect(show(redated.clock.dueAtMs)).toBe('2025-06-17 09:00');
    expect(redated.clock.pauses).toEqual(stopped.pauses);
    expect(redated.clock.supplementRequestCount).toBe(1);
  });

  it('after a re-submission the earlier run no longer counts: a day off in it changes nothing', () => {
    const stopped = stopForSupplement(received, at('2025-06-10 10:00'));
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-06-16 09:00'));
    expect(redateClock(restarted, withDaysOff('2025-06-11')).outcome).toBe('UNCHANGED');
  });

  it('a financial pause (11/6 09:00 to 13/6 09:00) carries the remaining time measured on the new calendar', () => {
    const paused = pauseClock(phuYen, received, at('2025-06-11 09:00'));
    const resumed = resumeClock(phuYen, paused, at('2025-06-13 09:00'));
    expect(show(resumed.dueAtMs)).toBe('2025-06-18 09:00');
    // A day off before the pause: 4 working days were left instead of 3.
    expect(show(redateClock(resumed, withDaysOff('2025-06-10')).clock.dueAtMs)).toBe('2025-06-19 09:00');
    // A day off during the pause did not count anyway.
    expect(redateClock(resumed, withDaysOff('2025-06-12')).outcome).toBe('UNCHANGED');
  });

  it('a dossier still paused keeps its pause open and gets its remaining minutes again', () => {
    const paused = pauseClock(phuYen, received, at('2025-06-11 09:00'));
    expect(paused.remaining).toEqual({
      dueMinutes: 3 * MINUTES_PER_WORKING_DAY,
      appointmentMinutes: 3 * MINUTES_PER_WORKING_DAY,
    });
    const redated = redateClock(paused, withDaysOff('2025-06-10'));
    expect(redated.outcome).toBe('REDATED');
    expect(redated.clock.state).toBe('PAUSED');
    expect(show(redated.clock.dueAtMs)).toBe('2025-06-17 09:00');
    expect(redated.clock.remaining).toEqual({
      dueMinutes: 4 * MINUTES_PER_WORKING_DAY,
      appointmentMinutes: 4 * MINUTES_PER_WORKING_DAY,
    });
  });
});

describe('re-dating invariants', () => {
  const receipt = fc.integer({ min: at('2025-01-02 00:00'), max: at('2025-10-01 00:00') });
  const amount = fc.integer({ min: 1, max: 30 });
  // Working weekdays of 2025 that the official schedule left alone.
  const special = new Set(buildPhuYenDefinition().overrides.map((day) => day.date));
  const weekdays = Array.from({ length: 300 }, (_, offset) => new Date(Date.UTC(2025, 0, 2 + offset)))
    .filter((date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6)
    .map((date) => date.toISOString().slice(0, 10))
    .filter((date) => !special.has(date));
  const dayOff = fc.constantFrom(...weekdays);

  it('gives the deadline a receipt on the new calendar would have had, and is idempotent', () => {
    fc.assert(
      fc.property(receipt, amount, fc.boolean(), dayOff, (receivedAtMs, days, online, date) => {
        const limit = { amount: days, unit: 'WORKING_DAYS' } as const;
        const newCalendar = withDaysOff(date);
        const redated = redateClock(startClock(phuYen, receivedAtMs, limit, online), newCalendar).clock;
        const fresh = startClock(newCalendar, receivedAtMs, limit, online);
        expect(redated).toEqual(fresh);
        expect(redateClock(redated, newCalendar).outcome).toBe('UNCHANGED');
      }),
      { numRuns: 60 },
    );
  });
});
