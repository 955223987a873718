import { dayOfWeek, parseIsoDate, toDayNumber } from '../local-date';
import { listStatutoryHolidays, type StatutoryHoliday } from './statutory-holidays';

const entryOn = (year: number, date: string): StatutoryHoliday | undefined =>
  listStatutoryHolidays(year).find((entry) => entry.date === date);
const weekdayOf = (date: string): number => dayOfWeek(toDayNumber(parseIsoDate(date)!));

describe('holidays on a weekend give the next working day off (Labour Code art. 111.3 / 2012: 115.3)', () => {
  it.each([
    [
      '2022: Hùng Kings day on Sunday 10/4 gives Monday 11/4 off',
      2022,
      '2022-04-11',
      'Nghỉ bù Giỗ Tổ Hùng Vương',
    ],
    [
      '2026: Hùng Kings day on Sunday 26/4 gives Monday 27/4 off',
      2026,
      '2026-04-27',
      'Nghỉ bù Giỗ Tổ Hùng Vương',
    ],
    ['2023: New Year on Sunday 1/1 gives Monday 2/1 off', 2023, '2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    [
      '2021: Labour Day on Saturday 1/5 gives Monday 3/5 off',
      2021,
      '2021-05-03',
      'Nghỉ bù Ngày Quốc tế Lao động',
    ],
    [
      '2022: Victory Day on Saturday 30/4 gives Monday 2/5 off',
      2022,
      '2022-05-02',
      'Nghỉ bù Ngày Chiến thắng',
    ],
    [
      '2022: Labour Day on Sunday 1/5 gives Tuesday 3/5 off, Monday being taken',
      2022,
      '2022-05-03',
      'Nghỉ bù Ngày Quốc tế Lao động',
    ],
    [
      '2023: Hùng Kings day on Saturday 29/4 gives Tuesday 2/5 off, skipping Labour Day on Monday',
      2023,
      '2023-05-02',
      'Nghỉ bù Giỗ Tổ Hùng Vương',
    ],
    [
      '2023: Victory Day on Sunday 30/4 then gives Wednesday 3/5 off (the official 29/4–3/5)',
      2023,
      '2023-05-03',
      'Nghỉ bù Ngày Chiến thắng',
    ],
    ['2023: National Day on Saturday 2/9 gives Monday 4/9 off', 2023, '2023-09-04', 'Nghỉ bù Quốc khánh'],
    ['2018: National Day on Sunday 2/9 gives Monday 3/9 off', 2018, '2018-09-03', 'Nghỉ bù Quốc khánh'],
  ])('%s', (_scenario, year, date, name) => {
    expect(entryOn(year, date)).toMatchObject({ kind: 'COMPENSATORY_DAY_OFF', name });
  });

  it('2025: no holiday falls on a weekend outside Tết, so only Tết days are given back', () => {
    const givenBack = listStatutoryHolidays(2025).filter((entry) => entry.kind === 'COMPENSATORY_DAY_OFF');
    expect(givenBack).toEqual([]);
  });
});

describe('the holidays each Labour Code lists', () => {
  it('2020 (Labour Code 2012 art. 115): ten days, National Day 2/9 alone', () => {
    const holidays = listStatutoryHolidays(2020).filter((entry) => entry.kind === 'HOLIDAY');
    expect(holidays).toHaveLength(10);
    expect(
      holidays.filter((entry) => entry.name.startsWith('Quốc khánh')).map((entry) => entry.date),
    ).toEqual(['2020-09-02']);
    expect(entryOn(2020, '2020-09-02')?.legalBasis).toBe('Bộ luật Lao động 2012, Điều 115 khoản 1 điểm đ');
  });

  it('2025 (Labour Code 2019 art. 112): eleven days, National Day 1/9 and 2/9', () => {
    const holidays = listStatutoryHolidays(2025).filter((entry) => entry.kind === 'HOLIDAY');
    expect(holidays.map((entry) => [entry.date, entry.name])).toEqual([
      ['2025-01-01', 'Tết Dương lịch'],
      ['2025-01-27', 'Tết Nguyên Đán (28 tháng Chạp)'],
      ['2025-01-28', 'Tết Nguyên Đán (29 tháng Chạp)'],
      ['2025-01-29', 'Tết Nguyên Đán (mùng 1 tháng Giêng)'],
      ['2025-01-30', 'Tết Nguyên Đán (mùng 2 tháng Giêng)'],
      ['2025-01-31', 'Tết Nguyên Đán (mùng 3 tháng Giêng)'],
      ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
      ['2025-04-30', 'Ngày Chiến thắng'],
      ['2025-05-01', 'Ngày Quốc tế Lao động'],
      ['2025-09-01', 'Quốc khánh (ngày liền kề)'],
      ['2025-09-02', 'Quốc khánh'],
    ]);
  });

  it.each([
    ['2025-01-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a'],
    ['2025-01-29', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b'],
    ['2025-04-30', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c'],
    ['2025-05-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d'],
    ['2025-09-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ'],
    ['2025-04-07', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e'],
  ])('2025: the holiday on %s cites %s', (date, legalBasis) => {
    expect(entryOn(2025, date)?.legalBasis).toBe(legalBasis);
  });

  it('2018: a day given back cites Labour Code 2012 art. 115.3, 2023 cites Labour Code 2019 art. 111.3', () => {
    expect(entryOn(2018, '2018-09-03')?.legalBasis).toBe('Bộ luật Lao động 2012, Điều 115 khoản 3');
    expect(entryOn(2023, '2023-01-02')?.legalBasis).toBe('Bộ luật Lao động 2019, Điều 111 khoản 3');
  });

  it.each([2013, 2101, 2025.5])('refuses the year %s', (year) => {
    expect(() => listStatutoryHolidays(year)).toThrow(RangeError);
  });
});

describe('invariants over 2014–2100', () => {
  const years = Array.from({ length: 87 }, (_unused, index) => 2014 + index);

  it('lists dates in order, each once, with one day given back per weekend holiday on a weekday', () => {
    for (const year of years) {
      const entries = listStatutoryHolidays(year);
      const dates = entries.map((entry) => entry.date);
      const holidays = entries.filter((entry) => entry.kind === 'HOLIDAY');
      const givenBack = entries.filter((entry) => entry.kind === 'COMPENSATORY_DAY_OFF');
      const weekendHolidays = holidays.filter((entry) => [0, 6].includes(weekdayOf(entry.date)));
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(holidays).toHaveLength(year >= 2021 ? 11 : 10);
      expect(givenBack).toHaveLength(weekendHolidays.length);
      expect(givenBack.every((entry) => ![0, 6].includes(weekdayOf(entry.date)))).toBe(true);
    }
  });
});
