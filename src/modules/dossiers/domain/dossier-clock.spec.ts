import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { formatVietnamInstant } from '../../calendar/domain/vietnam-instant';
import {
  classifyOpenClockAt,
  endClock,
  pauseClock,
  recordReturn,
  resolveClock,
  restartAfterSupplement,
  resumeClock,
  startClock,
  stopForSupplement,
  type DossierClock,
} from './dossier-clock';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const FIVE_WORKING_DAYS = { amount: 5, unit: 'WORKING_DAYS' } as const;
const at = atVietnamTime;
const show = formatVietnamTime;

// A 5-working-day dossier received at the desk on Monday 9/6/2025 09:00: due Monday 16/6 09:00.
const received = startClock(phuYen, at('2025-06-09 09:00'), FIVE_WORKING_DAYS, false);

describe('starting the clock at receipt (Mẫu 01)', () => {
  it('5 working days from Monday 9/6/2025 09:00 at the desk: due and appointed Monday 16/6 09:00', () => {
    expect(show(received.dueAtMs)).toBe('2025-06-16 09:00');
    expect(received.appointmentAtMs).toBe(received.dueAtMs);
    expect(received).toMatchObject({
      state: 'RUNNING',
      supplementRequestCount: 0,
      apology: null,
      pauses: [],
    });
  });

  it('an online dossier submitted on Saturday 14/6/2025 counts from Monday 16/6 07:30 and is due Friday 20/6 at the close', () => {
    const online = startClock(phuYen, at('2025-06-14 10:00'), FIVE_WORKING_DAYS, true);
    expect(show(online.dueAtMs)).toBe('2025-06-20 17:00');
    expect(online.receivedAtMs).toBe(at('2025-06-14 10:00'));
  });

  it('5 working days from Wednesday 22/1/2025 14:00 skip Tết (27/1–31/1) and end Wednesday 5/2 14:00', () => {
    const beforeTet = startClock(phuYen, at('2025-01-22 14:00'), FIVE_WORKING_DAYS, false);
    expect(show(beforeTet.dueAtMs)).toBe('2025-02-05 14:00');
  });

  it('15 calendar days from Monday 9/6/2025 end at the end of Tuesday 24/6 (Civil Code art. 147–148)', () => {
    const calendarDays = startClock(
      phuYen,
      at('2025-06-09 09:00'),
      { amount: 15, unit: 'CALENDAR_DAYS' },
      false,
    );
    expect(formatVietnamInstant(calendarDays.dueAtMs)).toBe('2025-06-24T23:59:59.999+07:00');
  });
});

describe('a supplement during handling (Decree 61/2018 art. 19.4)', () => {
  const stopped = stopForSupplement(received, at('2025-06-11 10:00'));

  it('stops the clock and counts the request', () => {
    expect(stopped.state).toBe('STOPPED_FOR_SUPPLEMENT');
    expect(stopped.supplementRequestCount).toBe(1);
    expect(stopped.pauses).toEqual([{ reason: 'SUPPLEMENT', fromMs: at('2025-06-11 10:00'), toMs: null }]);
  });

  it('the complete re-submission on Thursday 19/6 15:00 restarts the full 5 working days: due Thursday 26/6 15:00', () => {
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-06-19 15:00'));
    expect(show(restarted.dueAtMs)).toBe('2025-06-26 15:00');
    expect(show(restarted.appointmentAtMs)).toBe('2025-06-26 15:00');
    expect(restarted.state).toBe('RUNNING');
    expect(restarted.runStartedAtMs).toBe(at('2025-06-19 15:00'));
    expect(restarted.receivedAtMs).toBe(received.receivedAtMs);
    expect(restarted.pauses).toEqual([
      { reason: 'SUPPLEMENT', fromMs: at('2025-06-11 10:00'), toMs: at('2025-06-19 15:00') },
    ]);
  });

  it('restarts in full even when the re-submission comes after the first due time', () => {
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-07-01 08:00'));
    expect(show(restarted.dueAtMs)).toBe('2025-07-08 08:00');
  });

  it('a second request is recorded as such', () => {
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-06-19 15:00'));
    const again = stopForSupplement(restarted, at('2025-06-23 08:00'));
    expect(again.supplementRequestCount).toBe(2);
    expect(again.pauses).toHaveLength(2);
  });

  it('a re-submission online after office hours counts from the next working morning', () => {
    const restarted = restartAfterSupplement(phuYen, stopped, at('2025-06-19 18:00'), true);
    expect(show(restarted.dueAtMs)).toBe('2025-06-26 17:00');
  });
});

describe('waiting for a financial obligation', () => {
  const paused = pauseClock(phuYen, received, at('2025-06-11 10:00'));

  it('pauses with 1,380 working minutes left, and resumed Friday 13/6 14:00 is due Wednesday 18/6 11:30', () => {
    expect(paused.state).toBe('PAUSED');
    expect(paused.remaining).toEqual({ dueMinutes: 1380, appointmentMinutes: 1380 });
    const resumed = resumeClock(phuYen, paused, at('2025-06-13 14:00'));
    expect(show(resumed.dueAtMs)).toBe('2025-06-18 11:30');
    expect(show(resumed.appointmentAtMs)).toBe('2025-06-18 11:30');
    expect(resumed).toMatchObject({ state: 'RUNNING', remaining: null, supplementRequestCount: 0 });
    expect(resumed.pauses).toEqual([
      { reason: 'FINANCIAL_OBLIGATION', fromMs: at('2025-06-11 10:00'), toMs: at('2025-06-13 14:00') },
    ]);
  });

  it('a dossier already late when paused stays late: its due instant does not move', () => {
    const late = pauseClock(phuYen, received, at('2025-06-17 09:00'));
    expect(resumeClock(phuYen, late, at('2025-06-20 09:00')).dueAtMs).toBe(received.dueAtMs);
  });

  it('an appointment moved by an apology moves on by its own remaining time', () => {
    const apologised: DossierClock = { ...received, appointmentAtMs: at('2025-06-18 09:00') };
    const resumed = resumeClock(
      phuYen,
      pauseClock(phuYen, apologised, at('2025-06-11 10:00')),
      at('2025-06-13 14:00'),
    );
    expect(show(resumed.dueAtMs)).toBe('2025-06-18 11:30');
    expect(show(resumed.appointmentAtMs)).toBe('2025-06-20 11:30');
  });
});

describe('resolution, return and end', () => {
  it.each([
    ['2025-06-13 16:00', 'EARLY'],
    ['2025-06-16 08:00', 'ON_TIME'],
    ['2025-06-16 09:00', 'ON_TIME'],
    ['2025-06-16 09:01', 'LATE'],
  ])('resolved at %s against a due time of Monday 16/6 09:00 is %s, stored once', (resolvedAt, expected) => {
    const resolved = resolveClock(received, at(resolvedAt));
    expect(resolved).toMatchObject({
      state: 'RESOLVED',
      classification: expected,
      resolvedAtMs: at(resolvedAt),
    });
  });

  it('records the return after the resolution', () => {
    const returned = recordReturn(resolveClock(received, at('2025-06-13 16:00')), at('2025-06-16 08:00'));
    expect(returned.returnedAtMs).toBe(at('2025-06-16 08:00'));
    expect(returned.classification).toBe('EARLY');
  });

  it('a withdrawal while waiting for the citizen ends the clock and closes the pause', () => {
    const ended = endClock(stopForSupplement(received, at('2025-06-11 10:00')), at('2025-06-20 10:00'));
    expect(ended).toMatchObject({ state: 'ENDED', endedAtMs: at('2025-06-20 10:00') });
    expect(ended.pauses[0].toMs).toBe(at('2025-06-20 10:00'));
  });
});

describe('refused clock operations', () => {
  const conflict = expect.objectContaining({ kind: 'conflict', code: 'dossier-clock-conflict' });
  const outOfOrder = expect.objectContaining({ kind: 'invalid', code: 'dossier-clock-out-of-order' });
  const resolved = resolveClock(received, at('2025-06-13 16:00'));

  it('nothing pauses, stops, resolves or ends a resolved clock', () => {
    expect(() => pauseClock(phuYen, resolved, at('2025-06-14 10:00'))).toThrow(conflict);
    expect(() => stopForSupplement(resolved, at('2025-06-14 10:00'))).toThrow(conflict);
    expect(() => resolveClock(resolved, at('2025-06-14 10:00'))).toThrow(conflict);
    expect(() => endClock(resolved, at('2025-06-14 10:00'))).toThrow(conflict);
  });

  it('a running clock cannot be resumed, restarted or returned', () => {
    expect(() => resumeClock(phuYen, received, at('2025-06-10 10:00'))).toThrow(conflict);
    expect(() => restartAfterSupplement(phuYen, received, at('2025-06-10 10:00'))).toThrow(conflict);
    expect(() => recordReturn(received, at('2025-06-10 10:00'))).toThrow(conflict);
  });

  it('a paused clock cannot be restarted as if a supplement had been asked, nor resolved', () => {
    const paused = pauseClock(phuYen, received, at('2025-06-11 10:00'));
    expect(() => restartAfterSupplement(phuYen, paused, at('2025-06-12 10:00'))).toThrow(conflict);
    expect(() => resolveClock(paused, at('2025-06-12 10:00'))).toThrow(conflict);
  });

  it('no event may be dated before the last one', () => {
    expect(() => stopForSupplement(received, at('2025-06-09 08:59'))).toThrow(outOfOrder);
    const stopped = stopForSupplement(received, at('2025-06-11 10:00'));
    expect(() => restartAfterSupplement(phuYen, stopped, at('2025-06-11 09:00'))).toThrow(outOfOrder);
    expect(() => recordReturn(resolved, at('2025-06-13 15:00'))).toThrow(outOfOrder);
    expect(() => resolveClock(received, Number.NaN)).toThrow(outOfOrder);
  });
});

describe('an open dossier at a moment T', () => {
  it('is within time up to its due instant and overdue after it', () => {
    expect(classifyOpenClockAt(received, at('2025-06-16 09:00'))).toBe('WITHIN_TIME');
    expect(classifyOpenClockAt(received, at('2025-06-16 09:01'))).toBe('OVERDUE');
  });

  it('stopped in time for a supplement, it stays within time however long the citizen takes', () => {
    const stopped = stopForSupplement(received, at('2025-06-11 10:00'));
    expect(classifyOpenClockAt(stopped, at('2025-09-01 10:00'))).toBe('WITHIN_TIME');
  });

  it('paused after its due instant, it stays overdue', () => {
    const paused = pauseClock(phuYen, received, at('2025-06-17 09:00'));
    expect(classifyOpenClockAt(paused, at('2025-06-18 09:00'))).toBe('OVERDUE');
  });
});
