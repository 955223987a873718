import { computeDeadline, type DeadlineUnit } from './deadline';
import { atVietnamTime, buildPhuYenDefinition, formatVietnamTime } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';
import { CalendarRangeError } from './working-calendar.errors';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

function computeDue(start: string, amount: number, unit: DeadlineUnit, online = false): string {
  return formatVietnamTime(
    computeDeadline(phuYen, { startMs: atVietnamTime(start), amount, unit, online }).dueAtMs,
  );
}

function computeEffectiveStart(start: string, online: boolean): string {
  const request = { startMs: atVietnamTime(start), amount: 1, unit: 'WORKING_DAYS', online } as const;
  return formatVietnamTime(computeDeadline(phuYen, request).effectiveStartMs);
}

describe('deadlines in working days (Phú Yên)', () => {
  it.each([
    [
      'received Monday 09:00 with 3 working days is due Thursday 09:00',
      '2025-06-09 09:00',
      3,
      '2025-06-12 09:00',
    ],
    [
      '3 working days from Friday 16:00 before Tết 2025 end Wednesday 5/2 16:00',
      '2025-01-24 16:00',
      3,
      '2025-02-05 16:00',
    ],
    [
      '3 working days from Monday 07:30 end Wednesday 17:00, as receipts write it',
      '2025-06-09 07:30',
      3,
      '2025-06-11 17:00',
    ],
    ['received at 06:45 counts from the 07:30 opening', '2025-06-09 06:45', 1, '2025-06-09 17:00'],
    ['received after 17:00 counts from the next morning', '2025-06-09 17:30', 2, '2025-06-11 17:00'],
    [
      'received in the lunch break counts from 13:30, so a day later is the close of the morning',
      '2025-06-09 12:30',
      1,
      '2025-06-10 12:00',
    ],
    ['make-up Saturday 26/4/2025 counts as a working day', '2025-04-25 09:00', 1, '2025-04-26 09:00'],
    [
      'swapped Friday 2/5/2025 and the 30/4–1/5 holidays are skipped',
      '2025-04-29 10:00',
      1,
      '2025-05-05 10:00',
    ],
    [
      'office hours change on 1/11/2021: the second hour of Friday maps to 08:30 Monday',
      '2021-10-29 08:00',
      1,
      '2021-11-01 08:30',
    ],
    [
      'a same-day procedure (0 days) is due at the close of the day',
      '2025-06-09 09:00',
      0,
      '2025-06-09 17:00',
    ],
    ['Hùng Kings day on Sunday 26/4/2026 gives Monday 27/4 off', '2026-04-24 10:00', 1, '2026-04-28 10:00'],
    [
      '1/1/2026 with the swapped Friday 2/1 and make-up Saturday 10/1',
      '2025-12-31 10:00',
      1,
      '2026-01-05 10:00',
    ],
    [
      'make-up Saturday 10/1/2026 is the 6th working day from Monday 5/1 morning',
      '2026-01-05 07:30',
      6,
      '2026-01-10 17:00',
    ],
    ['compensatory Monday 3/5/2021 for Labour Day on a Saturday', '2021-04-29 08:00', 1, '2021-05-04 08:00'],
  ])('%s', (_scenario, start, days, expected) => {
    expect(computeDue(start, days, 'WORKING_DAYS')).toBe(expected);
  });
});

describe('deadlines in working hours', () => {
  it.each([
    ['4 working hours from 14:00 carry into the next morning', '2025-06-09 14:00', 4, '2025-06-10 08:30'],
    [
      '4.5 working hours from the opening end at noon, not at 13:30',
      '2025-06-09 07:30',
      4.5,
      '2025-06-09 12:00',
    ],
    ['1.5 working hours from 11:00 jump the lunch break', '2025-06-09 11:00', 1.5, '2025-06-09 14:00'],
    [
      '8 working hours from Friday 16:00 before Tết 2025 end Monday 3/2 16:00',
      '2025-01-24 16:00',
      8,
      '2025-02-03 16:00',
    ],
    [
      '0 working hours at the desk in the lunch break is the afternoon opening',
      '2025-06-09 12:10',
      0,
      '2025-06-09 13:30',
    ],
  ])('%s', (_scenario, start, hours, expected) => {
    expect(computeDue(start, hours, 'WORKING_HOURS')).toBe(expected);
  });
});

describe('when the clock starts', () => {
  it.each([
    ['online submission on Saturday counts from Monday 07:30', '2025-06-07 10:00', true, '2025-06-09 07:30'],
    [
      'online submission on Sunday night counts from Monday 07:30',
      '2025-06-08 23:00',
      true,
      '2025-06-09 07:30',
    ],
    [
      'online submission at 20:00 counts from the next working day',
      '2025-06-09 20:00',
      true,
      '2025-06-10 07:30',
    ],
    [
      'online submission in the lunch break counts from 13:30 the same day',
      '2025-06-09 12:15',
      true,
      '2025-06-09 13:30',
    ],
    [
      'online submission before opening counts from that morning',
      '2025-06-09 06:00',
      true,
      '2025-06-09 07:30',
    ],
    [
      'online submission during Tết 2025 counts from Monday 3/2',
      '2025-01-29 09:00',
      true,
      '2025-02-03 07:30',
    ],
    ['desk reception within office hours starts at once', '2025-06-09 10:05', false, '2025-06-09 10:05'],
    [
      'reception at exactly 12:00 (closing of the morning) starts at 13:30',
      '2025-06-09 12:00',
      false,
      '2025-06-09 13:30',
    ],
  ])('%s', (_scenario, start, online, expected) => {
    expect(computeEffectiveStart(start, online)).toBe(expected);
  });

  it('an online cut-off at 15:00 rolls a 15:30 online submission to the next morning, not a desk one', () => {
    const withCutoff = buildWorkingCalendar({ ...buildPhuYenDefinition(), onlineCutoff: '15:00' });
    const startMs = atVietnamTime('2025-06-10 15:30');
    const online = computeDeadline(withCutoff, { startMs, amount: 1, unit: 'WORKING_DAYS', online: true });
    const desk = computeDeadline(withCutoff, { startMs, amount: 1, unit: 'WORKING_DAYS' });
    expect(formatVietnamTime(online.effectiveStartMs)).toBe('2025-06-11 07:30');
    expect(formatVietnamTime(desk.effectiveStartMs)).toBe('2025-06-10 15:30');
  });
});

describe('limits of the calendar', () => {
  it('refuses a start outside the calendar with a RangeError naming the range', () => {
    const request = { startMs: atVietnamTime('2019-12-31 09:00'), amount: 1, unit: 'WORKING_DAYS' } as const;
    expect(() => computeDeadline(phuYen, request)).toThrow(RangeError);
    expect(() => computeDeadline(phuYen, request)).toThrow(
      /2019-12-31, outside the working calendar 2020-01-01..2026-12-31/,
    );
  });

  it('refuses a start that is not an instant', () => {
    const request = { startMs: Number.NaN, amount: 1, unit: 'WORKING_DAYS' } as const;
    expect(() => computeDeadline(phuYen, request)).toThrow(/not a valid instant/);
  });

  it('refuses a deadline that runs past the last date', () => {
    const request = { startMs: atVietnamTime('2026-12-28 09:00'), amount: 10, unit: 'WORKING_DAYS' } as const;
    expect(() => computeDeadline(phuYen, request)).toThrow(CalendarRangeError);
  });

  it.each([
    [-1, 'WORKING_DAYS'],
    [1.5, 'WORKING_DAYS'],
    [Number.NaN, 'WORKING_HOURS'],
    [2.5, 'MONTHS'],
  ] as const)('refuses a time limit of %p %s', (amount, unit) => {
    expect(() =>
      computeDeadline(phuYen, { startMs: atVietnamTime('2025-06-09 09:00'), amount, unit }),
    ).toThrow(RangeError);
  });
});

describe('provisional deadlines', () => {
  const withProposedYears = buildWorkingCalendar(buildPhuYenDefinition('2027-12-31'));

  it('a deadline across the proposed Tết 2027 is provisional', () => {
    const request = { startMs: atVietnamTime('2027-02-01 09:00'), amount: 10, unit: 'WORKING_DAYS' } as const;
    expect(computeDeadline(withProposedYears, request).provisional).toBe(true);
  });

  it('a deadline that ends before the proposed days is not', () => {
    const request = { startMs: atVietnamTime('2027-01-11 09:00'), amount: 3, unit: 'WORKING_DAYS' } as const;
    expect(computeDeadline(withProposedYears, request).provisional).toBe(false);
  });
});
