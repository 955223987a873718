// The Tết proposal against the civil-servant breaks the Prime Minister decided (shared/domain.md,
// "Official civil-servant schedules"). The proposal reproduces the days off of every year
// 2020–2026, and the statutory Monday–Friday where the decision names it (2022, 2025, 2026).
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../local-date';
import { proposeYearSchedule } from './year-schedule';
import { isWeekend } from './weekend';

const dayNumberOf = (iso: string): number => toDayNumber(parseIsoDate(iso)!);
const isoOf = (dayNumber: number): string => formatIsoDate(fromDayNumber(dayNumber));

// The run of consecutive days off (weekends, holidays, days given back) that contains Tết.
function findTetBreak(year: number): [string, string] {
  const days = proposeYearSchedule(year).days;
  const daysOff = new Set(days.map((day) => dayNumberOf(day.date)));
  const isOff = (dayNumber: number): boolean => isWeekend(dayNumber) || daysOff.has(dayNumber);
  const tet = dayNumberOf(days.find((day) => day.name.includes('mùng 1 tháng Giêng'))!.date);
  let first = tet;
  let last = tet;
  while (isOff(first - 1)) {
    first -= 1;
  }
  while (isOff(last + 1)) {
    last += 1;
  }
  return [isoOf(first), isoOf(last)];
}

const listTetHolidays = (year: number): string[] =>
  proposeYearSchedule(year)
    .days.filter((day) => day.kind === 'HOLIDAY' && day.name.startsWith('Tết Nguyên Đán'))
    .map((day) => day.date);

describe('the Tết proposal against the official civil-servant breaks', () => {
  it.each([
    ['2020: Tết on Saturday 25/1, break Thursday 23/1 – Wednesday 29/1', 2020, '2020-01-23', '2020-01-29'],
    ['2021: Tết on Friday 12/2, break Wednesday 10/2 – Tuesday 16/2', 2021, '2021-02-10', '2021-02-16'],
    ['2022: Tết on Tuesday 1/2, break Saturday 29/1 – Sunday 6/2', 2022, '2022-01-29', '2022-02-06'],
    ['2023: Tết on Sunday 22/1, break Friday 20/1 – Thursday 26/1', 2023, '2023-01-20', '2023-01-26'],
    ['2024: Tết on Saturday 10/2, break Thursday 8/2 – Wednesday 14/2', 2024, '2024-02-08', '2024-02-14'],
    ['2025: Tết on Wednesday 29/1, break Saturday 25/1 – Sunday 2/2', 2025, '2025-01-25', '2025-02-02'],
    ['2026: Tết on Tuesday 17/2, break Saturday 14/2 – Sunday 22/2', 2026, '2026-02-14', '2026-02-22'],
  ])('%s', (_scenario, year, first, last) => {
    expect(findTetBreak(year)).toEqual([first, last]);
  });

  it.each([
    ['2022: statutory Monday 31/1 – Friday 4/2 (Tết on a Tuesday)', 2022, '2022-01-31'],
    [
      '2025: statutory Monday 27/1 – Friday 31/1 (28 tháng Chạp – mùng 3, the old year having no 30th)',
      2025,
      '2025-01-27',
    ],
    ['2026: statutory Monday 16/2 – Friday 20/2 (Tết on a Tuesday)', 2026, '2026-02-16'],
  ])('%s', (_scenario, year, monday) => {
    const expected = [0, 1, 2, 3, 4].map((offset) => isoOf(dayNumberOf(monday) + offset));
    expect(listTetHolidays(year)).toEqual(expected);
  });

  it('2023: Tết days 29 tháng Chạp – mùng 3 give back Wednesday 25/1 and Thursday 26/1 for the weekend', () => {
    const schedule = proposeYearSchedule(2023).days.filter(
      (day) => day.date >= '2023-01-20' && day.date <= '2023-01-26',
    );
    expect(schedule).toEqual([
      { date: '2023-01-20', kind: 'HOLIDAY', name: 'Tết Nguyên Đán (29 tháng Chạp)' },
      { date: '2023-01-21', kind: 'HOLIDAY', name: 'Tết Nguyên Đán (30 tháng Chạp)' },
      { date: '2023-01-22', kind: 'HOLIDAY', name: 'Tết Nguyên Đán (mùng 1 tháng Giêng)' },
      { date: '2023-01-23', kind: 'HOLIDAY', name: 'Tết Nguyên Đán (mùng 2 tháng Giêng)' },
      { date: '2023-01-24', kind: 'HOLIDAY', name: 'Tết Nguyên Đán (mùng 3 tháng Giêng)' },
      { date: '2023-01-25', kind: 'COMPENSATORY_DAY_OFF', name: 'Nghỉ bù Tết Nguyên Đán (30 tháng Chạp)' },
      {
        date: '2023-01-26',
        kind: 'COMPENSATORY_DAY_OFF',
        name: 'Nghỉ bù Tết Nguyên Đán (mùng 1 tháng Giêng)',
      },
    ]);
  });

  it('2022: the old year has no 30 tháng Chạp, so the days run 29 tháng Chạp – mùng 4', () => {
    const names = proposeYearSchedule(2022)
      .days.filter((day) => day.name.startsWith('Tết Nguyên Đán'))
      .map((day) => day.name);
    expect(names).toEqual([
      'Tết Nguyên Đán (29 tháng Chạp)',
      'Tết Nguyên Đán (mùng 1 tháng Giêng)',
      'Tết Nguyên Đán (mùng 2 tháng Giêng)',
      'Tết Nguyên Đán (mùng 3 tháng Giêng)',
      'Tết Nguyên Đán (mùng 4 tháng Giêng)',
    ]);
  });

  it('places five Tết days every year 2014–2100, none more than two days before Tết', () => {
    for (let year = 2014; year <= 2100; year += 1) {
      const tetDays = listTetHolidays(year).map(dayNumberOf);
      const tet = dayNumberOf(
        proposeYearSchedule(year).days.find((day) => day.name.includes('mùng 1 tháng Giêng'))!.date,
      );
      expect(tetDays).toHaveLength(5);
      expect(tetDays[0]).toBeGreaterThanOrEqual(tet - 2);
      expect(tetDays[4] - tetDays[0]).toBe(4);
    }
  });
});
