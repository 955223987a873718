// Invariants of the whole calendar over its range, 1900-01-31 (Tết 1900) to 2100-12-31.
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../local-date';
import { convertLunarToSolar, convertSolarToLunar, listLunarMonths } from './lunar-date';

const FIRST_DAY = toDayNumber({ year: 1900, month: 1, day: 31 });
const LAST_DAY = toDayNumber({ year: 2100, month: 12, day: 31 });
const LUNAR_YEARS = Array.from({ length: 201 }, (_unused, index) => 1900 + index);

describe('the lunar calendar over 1900–2100', () => {
  it('round-trips every civil day: lunar → solar (solar → lunar (d)) = d', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(convertLunarToSolar(convertSolarToLunar(date))).toEqual(date);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips each of the 73,384 civil days exhaustively', () => {
    for (let dayNumber = FIRST_DAY; dayNumber <= LAST_DAY; dayNumber += 1) {
      const lunar = convertSolarToLunar(fromDayNumber(dayNumber));
      const back = convertLunarToSolar(lunar);
      if (!back || toDayNumber(back) !== dayNumber) {
        throw new Error(`day ${dayNumber} → ${JSON.stringify(lunar)} → ${JSON.stringify(back)}`);
      }
    }
  });

  it('gives consecutive civil days consecutive lunar days, or day 1 of the next month', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (dayNumber) => {
        const today = convertSolarToLunar(fromDayNumber(dayNumber));
        const tomorrow = convertSolarToLunar(fromDayNumber(dayNumber + 1));
        expect(tomorrow.day === today.day + 1 || tomorrow.day === 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('has only months of 29 or 30 days', () => {
    const lengths = new Set(
      LUNAR_YEARS.flatMap((year) => listLunarMonths(year).map((month) => month.length)),
    );
    expect([...lengths].sort()).toEqual([29, 30]);
  });

  it('has years of 12 months, or 13 with exactly one leap month', () => {
    for (const year of LUNAR_YEARS) {
      const months = listLunarMonths(year);
      const leapCount = months.filter((month) => month.leap).length;
      expect([12, 13]).toContain(months.length);
      expect(leapCount).toBe(months.length - 12);
    }
  });

  it('puts every Tết between 21 January and 20 February', () => {
    for (const year of LUNAR_YEARS) {
      const tet = convertLunarToSolar({ day: 1, month: 1, year, leap: false })!;
      const offset = toDayNumber(tet) - toDayNumber({ year, month: 1, day: 21 });
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(30);
    }
  });

  it('converts every day of 2024–2026 to its lunar date and back, year tables built fresh', () => {
    jest.isolateModules(() => {
      // A fresh module, so that the year tables are built by these conversions (bench:calendar
      // measures the speed; a timed assertion here failed on a loaded machine).
      const fresh = jest.requireActual<typeof import('./lunar-date')>('./lunar-date');
      const last = toDayNumber({ year: 2026, month: 12, day: 31 });
      for (let day = toDayNumber({ year: 2024, month: 1, day: 1 }); day <= last; day += 1) {
        const lunar = fresh.convertSolarToLunar(fromDayNumber(day));
        expect(toDayNumber(fresh.convertLunarToSolar(lunar)!)).toBe(day);
      }
    });
  });
});
