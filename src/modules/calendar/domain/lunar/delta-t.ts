// ΔT = TT − UT: the astronomical formulas run on Dynamical Time (TT), civil clocks on Universal
// Time. Meeus ch. 10 explains ΔT; the polynomials are Espenak & Meeus, "Five Millennium Canon of
// Solar Eclipses" (NASA TP-2006-214141), section "Polynomial expressions for ΔT", which fit the
// observed values to about a second over 1860–2005 and extrapolate after that. Beyond 2025 no
// formula can be better than a minute or so: the Earth's rotation is not predictable.
import { computeDecimalYear } from './julian-day';

const SECONDS_PER_DAY = 86_400;

// ΔT in seconds for a decimal year; the canon's pieces for 1860–2150 cover the calendar's
// 1900–2100 range with the lunations that straddle its ends.
export function computeDeltaTSeconds(year: number): number {
  if (year < 1860 || year >= 2150) {
    throw new RangeError(`ΔT is only modelled for 1860–2150, not ${year}`);
  }
  if (year < 1900) {
    const t = year - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

export function convertDynamicalToUniversalTime(julianEphemerisDay: number): number {
  return julianEphemerisDay - computeDeltaTSeconds(computeDecimalYear(julianEphemerisDay)) / SECONDS_PER_DAY;
}

export function convertUniversalToDynamicalTime(julianDayUt: number): number {
  return julianDayUt + computeDeltaTSeconds(computeDecimalYear(julianDayUt)) / SECONDS_PER_DAY;
}
