// Bridges between the civil day numbers of ../local-date (days since 1970-01-01) and the
// Julian Days that the astronomical formulas of Meeus, "Astronomical Algorithms", take.
import { VIETNAM_UTC_OFFSET_MINUTES } from '../local-date';

// Meeus ch. 7: 1970-01-01 00:00 UT is JD 2440587.5.
const JULIAN_DAY_OF_DAY_NUMBER_ZERO = 2440587.5;
const VIETNAM_OFFSET_DAYS = VIETNAM_UTC_OFFSET_MINUTES / (24 * 60);

// The instant (JD, Universal Time) at which a Vietnamese civil day begins: 00:00 at UTC+7.
export function computeVietnamMidnightJulianDay(dayNumber: number): number {
  return JULIAN_DAY_OF_DAY_NUMBER_ZERO + dayNumber - VIETNAM_OFFSET_DAYS;
}

// The Vietnamese civil day (UTC+7) that contains an instant given as JD in Universal Time.
export function computeVietnamDayNumber(julianDayUt: number): number {
  return Math.floor(julianDayUt + VIETNAM_OFFSET_DAYS - JULIAN_DAY_OF_DAY_NUMBER_ZERO);
}

// The decimal Gregorian year of a JD, precise enough to pick a ΔT polynomial (Meeus ch. 10).
export function computeDecimalYear(julianDay: number): number {
  return 2000 + (julianDay - 2451545.0) / 365.25;
}
