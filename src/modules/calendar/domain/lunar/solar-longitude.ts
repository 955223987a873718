// The Sun's apparent geocentric longitude, after Meeus, "Astronomical Algorithms" (2nd ed.)
// ch. 25, "higher accuracy": the Earth's heliocentric longitude from VSOP87 turned round by
// 180°, brought to the FK5 frame, then corrected for nutation and for aberration.
import { convertUniversalToDynamicalTime } from './delta-t';
import { computeNutationInLongitude } from './nutation';
import { computeEarthHeliocentricLongitude } from './vsop87-earth';

const RADIANS_PER_DEGREE = Math.PI / 180;
const DEGREES_PER_RADIAN = 180 / Math.PI;
const JDE_OF_J2000 = 2451545.0;
// Meeus eq. 25.10 and 25.11: the FK5 correction and the constant of aberration, in arcseconds.
const FK5_CORRECTION = -0.09033;
const ABERRATION_CONSTANT = 20.4898;

export function normalizeDegrees(degrees: number): number {
  const reduced = degrees % 360;
  return reduced < 0 ? reduced + 360 : reduced;
}

// Earth–Sun distance in AU from the Keplerian elements of Meeus ch. 25 (eq. 25.3–25.5): it only
// scales the 20.5" aberration, so its 1e-5 AU error is irrelevant.
function computeSunDistance(julianEphemerisDay: number): number {
  const t = (julianEphemerisDay - JDE_OF_J2000) / 36525;
  const meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t ** 2) * RADIANS_PER_DEGREE;
  const eccentricity = 0.016708634 - 0.000042037 * t - 0.0000001267 * t ** 2;
  const equationOfCentre =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const trueAnomaly = meanAnomaly + equationOfCentre * RADIANS_PER_DEGREE;
  return (1.000001018 * (1 - eccentricity ** 2)) / (1 + eccentricity * Math.cos(trueAnomaly));
}

// Apparent longitude of the Sun (degrees, 0–360) at an instant given in JDE (Dynamical Time).
export function computeApparentSolarLongitude(julianEphemerisDay: number): number {
  const geometric = computeEarthHeliocentricLongitude(julianEphemerisDay) * DEGREES_PER_RADIAN + 180;
  const aberration = -ABERRATION_CONSTANT / computeSunDistance(julianEphemerisDay);
  const corrections = (FK5_CORRECTION + aberration) / 3600 + computeNutationInLongitude(julianEphemerisDay);
  return normalizeDegrees(geometric + corrections);
}

// Apparent solar longitude at an instant given in Universal Time (JD).
export function computeSolarLongitudeAt(julianDayUt: number): number {
  return computeApparentSolarLongitude(convertUniversalToDynamicalTime(julianDayUt));
}
