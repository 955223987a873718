import fc from 'fast-check';
import { buildWorkingCalendar, computeDeadline, measureWorkingMinutes } from '../../calendar/domain/engine';
import { atVietnamTime, buildPhuYenDefinition } from '../../calendar/domain/engine/test-fixtures';
import { findApologyDeadline, issueApology } from './apology';
import {
  classifyOpenClockAt,
  pauseClock,
  resolveClock,
  restartAfterSupplement,
  resumeClock,
  startClock,
  stopForSupplement,
} from './dossier-clock';

// Invariants of the dossier clock over the Phú Yên calendar 2020–2026 (8 office hours a day).
const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const MINUTES_PER_WORKING_DAY = 480;
const DAY_MS = 86_400_000;

const receipt = fc.integer({
  min: atVietnamTime('2020-01-02 00:00'),
  max: atVietnamTime('2026-03-01 00:00'),
});
const later = fc.integer({ min: 0, max: 60 * DAY_MS });
const limit = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 60 }), unit: fc.constant('WORKING_DAYS' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 120 }), unit: fc.constant('WORKING_HOURS' as const) }),
);
const limitMinutes = (value: { amount: number; unit: 'WORKING_DAYS' | 'WORKING_HOURS' }) =>
  value.amount * (value.unit === 'WORKING_DAYS' ? MINUTES_PER_WORKING_DAY : 60);

describe('dossier clock invariants', () => {
  it('a restart after a supplement gives the full limit from the re-submission, whatever came before', () => {
    fc.assert(
      fc.property(
        receipt,
        later,
        later,
        limit,
        fc.boolean(),
        (receivedAtMs, toStop, toResubmit, value, online) => {
          const stopped = stopForSupplement(
            startClock(phuYen, receivedAtMs, value, online),
            receivedAtMs + toStop,
          );
          const resubmittedAtMs = receivedAtMs + toStop + toResubmit;
          const restarted = restartAfterSupplement(phuYen, stopped, resubmittedAtMs);
          expect(restarted.dueAtMs).toBeGreaterThanOrEqual(resubmittedAtMs);
          expect(measureWorkingMinutes(phuYen, resubmittedAtMs, restarted.dueAtMs)).toBe(limitMinutes(value));
          expect(restarted.dueAtMs).toBe(
            computeDeadline(phuYen, { startMs: resubmittedAtMs, ...value, online }).dueAtMs,
          );
          expect(restarted.appointmentAtMs).toBe(restarted.dueAtMs);
          expect(restarted.supplementRequestCount).toBe(1);
        },
      ),
    );
  });

  it('a pause and resume keep the remaining working time, and never bring the due time forward', () => {
    fc.assert(
      fc.property(receipt, later, later, limit, (receivedAtMs, toPause, toResume, value) => {
        const running = startClock(phuYen, receivedAtMs, value, false);
        const pausedAtMs = receivedAtMs + toPause;
        const resumed = resumeClock(phuYen, pauseClock(phuYen, running, pausedAtMs), pausedAtMs + toResume);
        expect(resumed.dueAtMs).toBeGreaterThanOrEqual(running.dueAtMs);
        if (pausedAtMs < running.dueAtMs) {
          expect(measureWorkingMinutes(phuYen, pausedAtMs + toResume, resumed.dueAtMs)).toBe(
            measureWorkingMinutes(phuYen, pausedAtMs, running.dueAtMs),
          );
        } else {
          expect(resumed.dueAtMs).toBe(running.dueAtMs);
        }
        expect(resumed.appointmentAtMs).toBe(resumed.dueAtMs);
      }),
    );
  });

  it('the classification follows dueAt alone: late exactly after it, and an apology changes nothing', () => {
    fc.assert(
      fc.property(
        receipt,
        fc.integer({ min: 0, max: 90 * DAY_MS }),
        limit,
        (receivedAtMs, toResolve, value) => {
          const running = startClock(phuYen, receivedAtMs, value, false);
          const resolvedAtMs = receivedAtMs + toResolve;
          const resolved = resolveClock(running, resolvedAtMs);
          expect(resolved.classification === 'LATE').toBe(resolvedAtMs > running.dueAtMs);
          expect(classifyOpenClockAt(running, resolvedAtMs) === 'OVERDUE').toBe(
            resolvedAtMs > running.dueAtMs,
          );
          if (receivedAtMs <= findApologyDeadline(phuYen, running)) {
            const apologised = issueApology(
              phuYen,
              running,
              running.appointmentAtMs + 10 * DAY_MS,
              receivedAtMs,
            );
            expect(apologised.dueAtMs).toBe(running.dueAtMs);
            expect(resolveClock(apologised, resolvedAtMs).classification).toBe(resolved.classification);
          }
        },
      ),
    );
  });

  it('the apology deadline ends a day before the due day, with no working day in between', () => {
    fc.assert(
      fc.property(receipt, limit, (receivedAtMs, value) => {
        const running = startClock(phuYen, receivedAtMs, value, false);
        const deadlineMs = findApologyDeadline(phuYen, running);
        const dueDay = Math.floor((running.dueAtMs + 7 * 3_600_000) / DAY_MS);
        const deadlineDay = Math.floor((deadlineMs + 7 * 3_600_000) / DAY_MS);
        expect(deadlineDay).toBeLessThan(dueDay);
        expect(Math.floor((deadlineMs + 1 + 7 * 3_600_000) / DAY_MS)).toBe(deadlineDay + 1);
        for (let day = deadlineDay + 1; day < dueDay; day++) {
          expect(
            measureWorkingMinutes(phuYen, day * DAY_MS - 7 * 3_600_000, (day + 1) * DAY_MS - 7 * 3_600_000),
          ).toBe(0);
        }
      }),
    );
  });
});
