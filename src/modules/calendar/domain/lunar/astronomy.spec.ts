// The astronomical building blocks checked against the worked examples of Meeus,
// "Astronomical Algorithms" (2nd ed.), so a mistyped coefficient cannot hide.
import { computeDeltaTSeconds } from './delta-t';
import { computeVietnamDayNumber, computeVietnamMidnightJulianDay } from './julian-day';
import { computeNewMoonJde, computeNewMoonJulianDay, estimateLunationNumber } from './new-moon';
import { computeNutationInLongitude } from './nutation';
import { computeApparentSolarLongitude } from './solar-longitude';
import { computeEarthHeliocentricLongitude } from './vsop87-earth';

const MS_PER_DAY = 86_400_000;
const julianDayOf = (iso: string): number => 2440587.5 + Date.parse(iso) / MS_PER_DAY;

describe('new moons (Meeus ch. 49)', () => {
  it('example 49.a: the new moon of mid-February 1977 is at JDE 2443192.65118', () => {
    expect(computeNewMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it('the new moon before Tết 2025 is on 29 January 2025 at 12:36 UT, 19:36 in Hà Nội', () => {
    const lunation = estimateLunationNumber(julianDayOf('2025-01-29T12:36:00Z'));
    expect(computeNewMoonJulianDay(lunation)).toBeCloseTo(julianDayOf('2025-01-29T12:35:53Z'), 3);
  });

  it('the new moon of 2 February 2030 at 16:07 UT is still 2 February at UTC+7 (3 February at UTC+8)', () => {
    const lunation = estimateLunationNumber(julianDayOf('2030-02-03T00:00:00Z'));
    const instant = computeNewMoonJulianDay(lunation);
    expect(instant).toBeCloseTo(julianDayOf('2030-02-02T16:07:27Z'), 3);
    expect(computeVietnamDayNumber(instant)).toBe(Date.UTC(2030, 1, 2) / MS_PER_DAY);
  });
});

describe('solar longitude (Meeus ch. 25 with VSOP87)', () => {
  it('example 25.b: on 1992 October 13.0 TD the Earth is at L = -43.63484796 rad', () => {
    expect(computeEarthHeliocentricLongitude(2448908.5)).toBeCloseTo(-43.63484796, 7);
  });

  it("example 25.b: the Sun's apparent longitude is 199°54'21.818\"", () => {
    const arcseconds = (computeApparentSolarLongitude(2448908.5) - 199) * 3600;
    expect(arcseconds).toBeCloseTo(54 * 60 + 21.818, 0);
  });

  it('example 27.a: the June solstice of 1962 (JDE 2437837.39245) is within a minute of 90°', () => {
    expect(Math.abs(computeApparentSolarLongitude(2437837.39245) - 90)).toBeLessThan(0.001);
  });

  it('example 22.a: the nutation in longitude on 1987 April 10 is -3.788"', () => {
    expect(computeNutationInLongitude(2446895.5) * 3600).toBeCloseTo(-3.788, 1);
  });
});

describe('ΔT (Espenak & Meeus polynomials)', () => {
  it('is 63.86 s at 2000.0 and about 24 s in 1938', () => {
    expect(computeDeltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    expect(computeDeltaTSeconds(1938)).toBeCloseTo(24.0, 0);
  });

  it.each([1900, 1920, 1941, 1961, 1986, 2005, 2050])(
    'joins its pieces at %i to within half a second',
    (year) => {
      expect(Math.abs(computeDeltaTSeconds(year - 1e-9) - computeDeltaTSeconds(year))).toBeLessThan(0.5);
    },
  );

  it('refuses years it does not model', () => {
    expect(() => computeDeltaTSeconds(1850)).toThrow(RangeError);
    expect(() => computeDeltaTSeconds(2150)).toThrow(RangeError);
  });
});

describe('Vietnamese civil days (UTC+7)', () => {
  it('starts 1 January 2025 at 17:00 UT on 31 December 2024', () => {
    const dayNumber = Date.UTC(2025, 0, 1) / MS_PER_DAY;
    expect(computeVietnamMidnightJulianDay(dayNumber)).toBeCloseTo(julianDayOf('2024-12-31T17:00:00Z'), 9);
    expect(computeVietnamDayNumber(julianDayOf('2024-12-31T16:59:59Z'))).toBe(dayNumber - 1);
    expect(computeVietnamDayNumber(julianDayOf('2024-12-31T17:00:01Z'))).toBe(dayNumber);
  });
});
