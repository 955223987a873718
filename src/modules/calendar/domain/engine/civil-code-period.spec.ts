import { formatIsoDate, fromDayNumber, vietnamDayNumberOf } from '../local-date';
import { computeDeadline, type DeadlineUnit } from './deadline';
import { atVietnamTime, buildPhuYenDefinition } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

// The date whose 24:00 ends the period, checking the reported instant is 23:59:59.999 of that date.
function computeClosingDate(start: string, amount: number, unit: DeadlineUnit, online = false): string {
  const { dueAtMs } = computeDeadline(phuYen, { startMs: atVietnamTime(start), amount, unit, online });
  const closingDate = formatIsoDate(fromDayNumber(vietnamDayNumberOf(dueAtMs)));
  expect(dueAtMs).toBe(atVietnamTime(`${closingDate} 23:59`) + 59_999);
  return closingDate;
}

describe('calendar days (Civil Code 2015 art. 147–148)', () => {
  it.each([
    [
      'the first day is not counted: 1 day from Monday 09:00 ends at the end of Tuesday',
      '2025-06-09 09:00',
      1,
      '2025-06-10',
    ],
    [
      '4 days from Wednesday 4/6/2025 end on Sunday 8/6, so at the end of Monday 9/6',
      '2025-06-04 10:00',
      4,
      '2025-06-09',
    ],
    ['10 days from Friday 16/5/2025 end on Monday 26/5', '2025-05-16 15:00', 10, '2025-05-26'],
    [
      '8 days from Monday 20/1/2025 end in Tết, so at the end of Monday 3/2',
      '2025-01-20 08:00',
      8,
      '2025-02-03',
    ],
    [
      '5 days from Monday 21/4/2025 end on make-up Saturday 26/4, a working day',
      '2025-04-21 08:00',
      5,
      '2025-04-26',
    ],
    ['0 days ends at the end of the reception day', '2025-06-09 09:00', 0, '2025-06-09'],
    [
      '17 days from Friday 10/4/2026 end on compensatory Monday 27/4, so on Tuesday 28/4',
      '2026-04-10 08:00',
      17,
      '2026-04-28',
    ],
  ])('%s', (_scenario, start, days, expected) => {
    expect(computeClosingDate(start, days, 'CALENDAR_DAYS')).toBe(expected);
  });

  it('an online submission on Saturday is received Monday, so 1 day ends on Tuesday', () => {
    expect(computeClosingDate('2025-06-07 10:00', 1, 'CALENDAR_DAYS', true)).toBe('2025-06-10');
  });
});

describe('months (Civil Code 2015 art. 147–148)', () => {
  it.each([
    [
      '1 month from 15/1/2025 ends on Saturday 15/2, so at the end of Monday 17/2',
      '2025-01-15 09:00',
      1,
      '2025-02-17',
    ],
    [
      '1 month from 31/3/2025 ends on 30/4 (no 31st), a holiday: the end of Monday 5/5',
      '2025-03-31 09:00',
      1,
      '2025-05-05',
    ],
    [
      '2 months from 31/7/2025 end on 30/9/2025, September having no 31st',
      '2025-07-31 09:00',
      2,
      '2025-09-30',
    ],
    ['1 month from 31/1/2024 ends on 29/2/2024 in a leap year', '2024-01-31 09:00', 1, '2024-02-29'],
    ['12 months from 10/6/2025 end on Wednesday 10/6/2026', '2025-06-10 09:00', 12, '2026-06-10'],
    [
      '3 months from Sunday 30/11/2025 count from Monday 1/12: Sunday 1/3/2026, so Monday 2/3',
      '2025-11-30 09:00',
      3,
      '2026-03-02',
    ],
  ])('%s', (_scenario, start, months, expected) => {
    expect(computeClosingDate(start, months, 'MONTHS')).toBe(expected);
  });
});
