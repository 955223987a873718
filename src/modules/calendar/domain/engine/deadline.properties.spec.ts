import fc from 'fast-check';
import { vietnamDayNumberOf, vietnamInstantOf } from '../local-date';
import { computeDeadline, type DeadlineUnit } from './deadline';
import { pauseDeadline, resumeDeadline } from './deadline-pause';
import { describeDay } from './describe-day';
import { parseClock } from './office-hours';
import { buildCenturyDefinition } from './century-fixture';
import { atVietnamTime } from './test-fixtures';
import { buildWorkingCalendar, type WorkingCalendar } from './working-calendar';
import { addWorkingMinutes, isWorkingTime, measureWorkingMinutes } from './working-time';

// Invariants of the engine over a synthetic century (2000–2100) with 480-minute working days.
const century = buildWorkingCalendar(buildCenturyDefinition());
const DAY_MINUTES = 480;
const FIRST_MS = atVietnamTime('2000-01-01 00:00');
const LAST_START_MS = atVietnamTime('2099-01-01 00:00');

// Random instants, half of them on an office-period boundary where off-by-one errors live.
const instant = fc.oneof(
  fc.integer({ min: FIRST_MS, max: LAST_START_MS }),
  fc
    .tuple(
      fc.integer({ min: vietnamDayNumberOf(FIRST_MS), max: vietnamDayNumberOf(LAST_START_MS) }),
      fc.constantFrom(
        '07:00',
        '08:00',
        '11:30',
        '12:00',
        '13:00',
        '13:30',
        '15:00',
        '15:30',
        '17:00',
        '17:30',
      ),
      fc.constantFrom(-1, 0, 1),
    )
    .map(([dayNumber, clock, nudgeMs]) => vietnamInstantOf(dayNumber, parseClock(clock) / 60_000) + nudgeMs),
);
const workingUnit = fc.constantFrom<DeadlineUnit>('WORKING_DAYS', 'WORKING_HOURS');
const anyUnit = fc.constantFrom<DeadlineUnit>('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS', 'MONTHS');

function isAtPeriodEnd(cal: WorkingCalendar, instantMs: number): boolean {
  const dayNumber = vietnamDayNumberOf(instantMs);
  const day = describeDay(cal, dayNumber);
  return (
    day.isWorkingDay &&
    day.periods.some((period) => vietnamInstantOf(dayNumber, parseClock(period.end) / 60_000) === instantMs)
  );
}

function computeDueAt(startMs: number, amount: number, unit: DeadlineUnit, online = false): number {
  return computeDeadline(century, { startMs, amount, unit, online }).dueAtMs;
}

// Working minutes of [fromMs, toMs) by walking day by day over the described office periods.
function measureByWalking(fromMs: number, toMs: number): number {
  let total = 0;
  for (let dayNumber = vietnamDayNumberOf(fromMs); dayNumber <= vietnamDayNumberOf(toMs); dayNumber++) {
    for (const period of describeDay(century, dayNumber).periods) {
      const start = Math.max(vietnamInstantOf(dayNumber, parseClock(period.start) / 60_000), fromMs);
      const end = Math.min(vietnamInstantOf(dayNumber, parseClock(period.end) / 60_000), toMs);
      total += Math.max(0, end - start);
    }
  }
  return total / 60_000;
}

describe('deadline invariants over 2000–2100', () => {
  it('the due instant is working time or the end of an office period, never before the start', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 300 }),
        workingUnit,
        fc.boolean(),
        (startMs, amount, unit, online) => {
          const result = computeDeadline(century, { startMs, amount, unit, online });
          expect(result.effectiveStartMs).toBeGreaterThanOrEqual(startMs);
          expect(result.dueAtMs).toBeGreaterThanOrEqual(result.effectiveStartMs);
          expect(isWorkingTime(century, result.dueAtMs) || isAtPeriodEnd(century, result.dueAtMs)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('N working days hold N × 480 working minutes, N working hours N × 60', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 300 }), workingUnit, (startMs, amount, unit) => {
        const result = computeDeadline(century, { startMs, amount, unit });
        const expected = amount * (unit === 'WORKING_DAYS' ? DAY_MINUTES : 60);
        expect(measureWorkingMinutes(century, result.effectiveStartMs, result.dueAtMs)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a same-day procedure (0 working days) is due at the close of the start day', () => {
    fc.assert(
      fc.property(instant, (startMs) => {
        const result = computeDeadline(century, { startMs, amount: 0, unit: 'WORKING_DAYS' });
        expect(vietnamDayNumberOf(result.dueAtMs)).toBe(vietnamDayNumberOf(result.effectiveStartMs));
        expect(isAtPeriodEnd(century, result.dueAtMs) && !isWorkingTime(century, result.dueAtMs + 1)).toBe(
          true,
        );
      }),
    );
  });

  it('adding a then b working minutes is adding a + b', () => {
    fc.assert(
      fc.property(instant, fc.nat(50_000), fc.nat(50_000), (startMs, first, second) => {
        const stepwise = addWorkingMinutes(century, addWorkingMinutes(century, startMs, first), second);
        expect(stepwise).toBe(addWorkingMinutes(century, startMs, first + second));
      }),
      { numRuns: 300 },
    );
  });

  it('a later start or a longer time limit never gives an earlier deadline', () => {
    fc.assert(
      fc.property(
        instant,
        fc.nat(20 * 86_400_000),
        fc.nat(200),
        fc.nat(5),
        anyUnit,
        fc.boolean(),
        (startMs, delayMs, amount, extra, unit, online) => {
          const limit = unit === 'MONTHS' ? amount % 12 : amount;
          const due = computeDueAt(startMs, limit, unit, online);
          expect(computeDueAt(startMs + delayMs, limit, unit, online)).toBeGreaterThanOrEqual(due);
          expect(computeDueAt(startMs, limit + extra, unit, online)).toBeGreaterThanOrEqual(due);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pausing and resuming shifts the due instant by exactly the working time paused', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(30 * 86_400_000),
        (startMs, days, pausePoint, pauseLengthMs) => {
          const running = computeDeadline(century, { startMs, amount: days, unit: 'WORKING_DAYS' });
          const pausedAtMs = Math.floor(
            running.effectiveStartMs + pausePoint * (running.dueAtMs - 1 - running.effectiveStartMs),
          );
          const resumedAtMs = pausedAtMs + pauseLengthMs;
          const resumed = resumeDeadline(century, pauseDeadline(century, running, pausedAtMs), resumedAtMs);
          expect(measureWorkingMinutes(century, running.dueAtMs, resumed.dueAtMs)).toBe(
            measureWorkingMinutes(century, pausedAtMs, resumedAtMs),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('measures the same working time as a day-by-day walk over the office periods', () => {
    fc.assert(
      fc.property(instant, fc.nat(40 * 86_400_000), (fromMs, lengthMs) => {
        expect(measureWorkingMinutes(century, fromMs, fromMs + lengthMs)).toBeCloseTo(
          measureByWalking(fromMs, fromMs + lengthMs),
          9,
        );
      }),
      { numRuns: 300 },
    );
  });
});
