import { formatIsoDate, parseIsoDate } from '../local-date';
import { convertLunarToSolar, convertSolarToLunar, listLunarMonths, type LunarDate } from './lunar-date';

const toSolarIso = (lunar: LunarDate): string | null => {
  const solar = convertLunarToSolar(lunar);
  return solar ? formatIsoDate(solar) : null;
};
const toLunar = (iso: string): LunarDate => convertSolarToLunar(parseIsoDate(iso)!);

describe('Tết Nguyên Đán (1/1 lunar) at UTC+7', () => {
  // Each date agrees with the computed new moons; none needed correcting.
  it.each([
    [2015, '2015-02-19'],
    [2016, '2016-02-08'],
    [2017, '2017-01-28'],
    [2018, '2018-02-16'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-02'],
    [2031, '2031-01-23'],
    [2032, '2032-02-11'],
    [2033, '2033-01-31'],
    [2034, '2034-02-19'],
    [2035, '2035-02-08'],
  ])('Tết %i falls on %s', (year, iso) => {
    expect(toSolarIso({ day: 1, month: 1, year, leap: false })).toBe(iso);
    expect(toLunar(iso)).toEqual({ day: 1, month: 1, year, leap: false });
  });
});

describe('years where Vietnam (UTC+7) and China (UTC+8) disagree', () => {
  it.each([
    // New moon 1968-01-29 16:29 UT: 23:29 in Hà Nội, 00:29 on 30/1 in Beijing.
    ['Tết 1968 is 29/1/1968 in Vietnam, 30/1 in China', 1968, '1968-01-29'],
    // Winter solstice 1984-12-21 16:23 UT: 23:23 on 21/12 in Hà Nội, before the new moon day 22/12,
    // so Vietnam's month 11 began on 23/11/1984; in Beijing the solstice fell on 22/12, the new
    // moon day, so China's month 11 began a month later and its Tết came on 20/2/1985.
    ['Tết 1985 is 21/1/1985 in Vietnam, 20/2 in China', 1985, '1985-01-21'],
    // New moon 2007-02-17 16:14 UT.
    ['Tết 2007 is 17/2/2007 in Vietnam, 18/2 in China', 2007, '2007-02-17'],
    // New moon 2030-02-02 16:07 UT.
    ['Tết 2030 is 2/2/2030 in Vietnam, 3/2 in China', 2030, '2030-02-02'],
  ])('%s', (_scenario, year, iso) => {
    expect(toSolarIso({ day: 1, month: 1, year, leap: false })).toBe(iso);
  });

  it('1985 makes up for its early Tết with a leap 2nd month beginning 21/3/1985', () => {
    expect(toSolarIso({ day: 1, month: 2, year: 1985, leap: true })).toBe('1985-03-21');
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
  it.each([
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Hùng Kings day %i is %s', (year, iso) => {
    expect(toSolarIso({ day: 10, month: 3, year, leap: false })).toBe(iso);
  });

  // Month 3 begins with a new moon between 16:00 and 17:00 UT: 23:xx in Hà Nội but already the
  // next day in Beijing, so the Vietnamese 10/3 is one civil day before the Chinese one.
  it.each([
    ['2009: new moon 26/3 16:06 UT, so 4/4/2009 (China 5/4)', 2009, '2009-04-04'],
    ['2037: new moon 15/4 16:08 UT, so 24/4/2037 (China 25/4)', 2037, '2037-04-24'],
    ['2038: new moon 4/4 16:43 UT, so 13/4/2038 (China 14/4)', 2038, '2038-04-13'],
  ])('%s', (_scenario, year, iso) => {
    expect(toSolarIso({ day: 10, month: 3, year, leap: false })).toBe(iso);
  });
});

describe('leap months', () => {
  // 2033: month 11 (from 22/11/2033) holds two major terms, Xiaoxue (240°, 22/11 07:16) and the
  // winter solstice (270°, 21/12 20:46 in Hà Nội); the month from 22/12 holds none (Dahan, 300°,
  // comes on 20/1/2034, the first day of the next month), so it is the leap 11th month.
  it('2033: 1/11 is 22/11/2033 and 1/11-leap is 22/12/2033', () => {
    expect(toSolarIso({ day: 1, month: 11, year: 2033, leap: false })).toBe('2033-11-22');
    expect(toSolarIso({ day: 1, month: 11, year: 2033, leap: true })).toBe('2033-12-22');
    expect(toLunar('2033-12-22')).toEqual({ day: 1, month: 11, year: 2033, leap: true });
    expect(toLunar('2034-01-19')).toEqual({ day: 29, month: 11, year: 2033, leap: true });
    expect(toLunar('2034-01-20')).toEqual({ day: 1, month: 12, year: 2033, leap: false });
  });

  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2017, 6, '2017-07-23'],
  ])('%i has a leap month %i beginning %s', (year, month, iso) => {
    const leapMonths = listLunarMonths(year).filter((entry) => entry.leap);
    expect(leapMonths.map((entry) => [entry.month, formatIsoDate(entry.firstDay)])).toEqual([[month, iso]]);
  });

  it('2024 has no leap month and 12 months', () => {
    expect(listLunarMonths(2024).map((entry) => entry.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });
});

describe('lunar dates that do not exist', () => {
  it('a leap flag on a month that is not leap that year gives null', () => {
    expect(convertLunarToSolar({ day: 1, month: 3, year: 2025, leap: true })).toBeNull();
  });

  it('day 30 of a 29-day month gives null, day 30 of a 30-day month a date', () => {
    const months2025 = listLunarMonths(2025);
    const short = months2025.find((entry) => entry.length === 29)!;
    const long = months2025.find((entry) => entry.length === 30)!;
    expect(convertLunarToSolar({ day: 30, month: short.month, year: 2025, leap: short.leap })).toBeNull();
    expect(convertLunarToSolar({ day: 30, month: long.month, year: 2025, leap: long.leap })).not.toBeNull();
  });

  it.each([
    ['day 0', { day: 0, month: 1, year: 2025, leap: false }],
    ['day 31', { day: 31, month: 1, year: 2025, leap: false }],
    ['month 13', { day: 1, month: 13, year: 2025, leap: false }],
    ['a fractional day', { day: 1.5, month: 1, year: 2025, leap: false }],
  ])('%s gives null', (_scenario, lunar) => {
    expect(convertLunarToSolar(lunar)).toBeNull();
  });
});

describe('the supported range, lunar years 1900–2100', () => {
  it('starts with Tết 1900 on 31/1/1900 and ends before Tết 2101', () => {
    expect(toLunar('1900-01-31')).toEqual({ day: 1, month: 1, year: 1900, leap: false });
    expect(toLunar('2100-12-31').year).toBe(2100);
  });

  it.each(['1900-01-30', '1899-06-01', '2101-03-01'])('throws a RangeError for %s', (iso) => {
    expect(() => toLunar(iso)).toThrow(RangeError);
  });

  it.each([1899, 2101, 2025.5])('throws a RangeError for the lunar year %s', (year) => {
    expect(() => convertLunarToSolar({ day: 1, month: 1, year, leap: false })).toThrow(RangeError);
  });
});
