import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { formatVietnamInstant } from '../../calendar/domain/vietnam-instant';
import { findApologyDeadline, isMissingApology, issueApology } from './apology';
import { endClock, pauseClock, resolveClock, startClock, stopForSupplement } from './dossier-clock';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;
const workingDays = (amount: number) => ({ amount, unit: 'WORKING_DAYS' }) as const;

// Due Monday 16/6/2025 09:00.
const dueMonday = startClock(phuYen, at('2025-06-09 09:00'), workingDays(5), false);

describe('the apology deadline: 1 working day before the due day (Decree 61/2018 art. 19.9)', () => {
  it('a dossier due Monday 16/6/2025 may be apologised for until the end of Friday 13/6', () => {
    expect(formatVietnamInstant(findApologyDeadline(phuYen, dueMonday))).toBe(
      '2025-06-13T23:59:59.999+07:00',
    );
  });

  it('a dossier due Thursday 12/6/2025 09:00 may be apologised for until the end of Wednesday 11/6', () => {
    const dueThursday = startClock(phuYen, at('2025-06-09 09:00'), workingDays(3), false);
    expect(formatVietnamTime(dueThursday.dueAtMs)).toBe('2025-06-12 09:00');
    expect(formatVietnamInstant(findApologyDeadline(phuYen, dueThursday))).toBe(
      '2025-06-11T23:59:59.999+07:00',
    );
  });

  it('a dossier due Monday 3/2/2025, just after Tết, must be apologised for by Friday 24/1, before Tết', () => {
    const afterTet = startClock(phuYen, at('2025-01-23 09:00'), workingDays(2), false);
    expect(formatVietnamTime(afterTet.dueAtMs)).toBe('2025-02-03 09:00');
    expect(formatVietnamInstant(findApologyDeadline(phuYen, afterTet))).toBe('2025-01-24T23:59:59.999+07:00');
  });

  it('a same-day procedure received Monday 9/6/2025 09:00 had its window closed before it arrived', () => {
    const sameDay = startClock(phuYen, at('2025-06-09 09:00'), workingDays(0), false);
    expect(formatVietnamTime(sameDay.dueAtMs)).toBe('2025-06-09 17:00');
    expect(formatVietnamInstant(findApologyDeadline(phuYen, sameDay))).toBe('2025-06-08T23:59:59.999+07:00');
    expect(() => issueApology(phuYen, sameDay, at('2025-06-10 17:00'), at('2025-06-09 10:00'))).toThrow(
      expect.objectContaining({ code: 'dossier-apology-too-late' }),
    );
  });
});

describe('issuing the apology and re-appointment (Mẫu 04)', () => {
  const apologised = issueApology(phuYen, dueMonday, at('2025-06-20 16:00'), at('2025-06-13 16:00'));

  it('moves the appointment once; the legal deadline stays', () => {
    expect(formatVietnamTime(apologised.appointmentAtMs)).toBe('2025-06-20 16:00');
    expect(apologised.dueAtMs).toBe(dueMonday.dueAtMs);
    expect(apologised.apology).toEqual({
      issuedAtMs: at('2025-06-13 16:00'),
      previousAppointmentAtMs: dueMonday.appointmentAtMs,
      newAppointmentAtMs: at('2025-06-20 16:00'),
    });
  });

  it('is still in time at 23:59 on the Friday', () => {
    expect(() =>
      issueApology(phuYen, dueMonday, at('2025-06-20 16:00'), at('2025-06-13 23:59')),
    ).not.toThrow();
  });

  it('on the Saturday before a Monday due date it is too late', () => {
    expect(() => issueApology(phuYen, dueMonday, at('2025-06-20 16:00'), at('2025-06-14 08:00'))).toThrow(
      expect.objectContaining({
        kind: 'conflict',
        code: 'dossier-apology-too-late',
        detail: expect.stringContaining('2025-06-13'),
      }),
    );
  });

  it('the appointment can be moved only once', () => {
    expect(() => issueApology(phuYen, apologised, at('2025-06-25 16:00'), at('2025-06-13 17:00'))).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'dossier-apology-already-issued' }),
    );
  });

  it('the new appointment must come after the current one', () => {
    for (const newAppointment of [dueMonday.appointmentAtMs, at('2025-06-12 09:00'), Number.NaN]) {
      expect(() => issueApology(phuYen, dueMonday, newAppointment, at('2025-06-12 10:00'))).toThrow(
        expect.objectContaining({ kind: 'invalid', code: 'dossier-apology-invalid-appointment' }),
      );
    }
  });

  it('a clock waiting for the citizen takes no apology', () => {
    const paused = pauseClock(phuYen, dueMonday, at('2025-06-11 10:00'));
    expect(() => issueApology(phuYen, paused, at('2025-06-25 16:00'), at('2025-06-12 10:00'))).toThrow(
      expect.objectContaining({ code: 'dossier-clock-conflict' }),
    );
  });

  it('an apology then a resolution after the due time is still late in the statistics', () => {
    const resolved = resolveClock(apologised, at('2025-06-19 10:00'));
    expect(resolved.appointmentAtMs).toBeGreaterThan(resolved.resolvedAtMs!);
    expect(resolved.classification).toBe('LATE');
  });
});

describe('the "missing apology" flag', () => {
  it('is down while the apology window is open', () => {
    expect(isMissingApology(phuYen, dueMonday, at('2025-06-13 23:59'))).toBe(false);
  });

  it('rises once the window has closed with no apology and the dossier still open', () => {
    expect(isMissingApology(phuYen, dueMonday, at('2025-06-14 00:00'))).toBe(true);
    expect(isMissingApology(phuYen, dueMonday, at('2025-06-17 09:00'))).toBe(true);
  });

  it('stays down when the apology was issued', () => {
    const apologised = issueApology(phuYen, dueMonday, at('2025-06-20 16:00'), at('2025-06-12 10:00'));
    expect(isMissingApology(phuYen, apologised, at('2025-06-17 09:00'))).toBe(false);
  });

  it('falls for a dossier resolved in time, and stays up for one resolved late without an apology', () => {
    expect(
      isMissingApology(phuYen, resolveClock(dueMonday, at('2025-06-16 08:30')), at('2025-06-30 09:00')),
    ).toBe(false);
    expect(
      isMissingApology(phuYen, resolveClock(dueMonday, at('2025-06-16 09:30')), at('2025-06-30 09:00')),
    ).toBe(true);
  });

  it('a dossier stopped for a supplement before the window closed owes no apology while it waits', () => {
    const stopped = stopForSupplement(dueMonday, at('2025-06-11 10:00'));
    expect(isMissingApology(phuYen, stopped, at('2025-06-30 09:00'))).toBe(false);
    const stoppedLate = stopForSupplement(dueMonday, at('2025-06-16 10:00'));
    expect(isMissingApology(phuYen, stoppedLate, at('2025-06-30 09:00'))).toBe(true);
  });

  it('a withdrawn or stopped dossier owes none', () => {
    expect(
      isMissingApology(phuYen, endClock(dueMonday, at('2025-06-17 09:00')), at('2025-06-30 09:00')),
    ).toBe(false);
  });
});
