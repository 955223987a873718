// Nutation in longitude Δψ, after Meeus, "Astronomical Algorithms" (2nd ed.) ch. 22: the
// IAU 1980 theory, keeping the terms of Table 22.A above 0.005" (the ones left out add up to
// less than 0.1", two seconds of the Sun's motion).
const RADIANS_PER_DEGREE = Math.PI / 180;
const JDE_OF_J2000 = 2451545.0;

// Multiples of D, M, M', F, Ω, then the sine coefficient in 0.0001" and its rate per century.
type NutationTerm = readonly [
  d: number,
  m: number,
  mPrime: number,
  f: number,
  omega: number,
  coefficient: number,
  rate: number,
];
const NUTATION_TERMS: readonly NutationTerm[] = [
  [0, 0, 0, 0, 1, -171996, -174.2],
  [-2, 0, 0, 2, 2, -13187, -1.6],
  [0, 0, 0, 2, 2, -2274, -0.2],
  [0, 0, 0, 0, 2, 2062, 0.2],
  [0, 1, 0, 0, 0, 1426, -3.4],
  [0, 0, 1, 0, 0, 712, 0.1],
  [-2, 1, 0, 2, 2, -517, 1.2],
  [0, 0, 0, 2, 1, -386, -0.4],
  [0, 0, 1, 2, 2, -301, 0],
  [-2, -1, 0, 2, 2, 217, -0.5],
  [-2, 0, 1, 0, 0, -158, 0],
  [-2, 0, 0, 2, 1, 129, 0.1],
  [0, 0, -1, 2, 2, 123, 0],
  [2, 0, 0, 0, 0, 63, 0],
  [0, 0, 1, 0, 1, 63, 0.1],
  [2, 0, -1, 2, 2, -59, 0],
  [0, 0, -1, 0, 1, -58, -0.1],
  [0, 0, 1, 2, 1, -51, 0],
];

// Δψ in degrees at an instant given in JDE (Dynamical Time).
export function computeNutationInLongitude(julianEphemerisDay: number): number {
  const t = (julianEphemerisDay - JDE_OF_J2000) / 36525;
  // Meeus ch. 22: the mean elongation of the Moon D, the anomalies of the Sun M and the Moon M',
  // the Moon's argument of latitude F and the longitude of its ascending node Ω, in degrees.
  const elongation = 297.85036 + 445267.11148 * t - 0.0019142 * t ** 2 + t ** 3 / 189474;
  const sunAnomaly = 357.52772 + 35999.05034 * t - 0.0001603 * t ** 2 - t ** 3 / 300000;
  const moonAnomaly = 134.96298 + 477198.867398 * t + 0.0086972 * t ** 2 + t ** 3 / 56250;
  const moonLatitude = 93.27191 + 483202.017538 * t - 0.0036825 * t ** 2 + t ** 3 / 327270;
  const moonNode = 125.04452 - 1934.136261 * t + 0.0020708 * t ** 2 + t ** 3 / 450000;

  let arcseconds = 0;
  for (const [d, m, mPrime, f, omega, coefficient, rate] of NUTATION_TERMS) {
    const argument =
      d * elongation + m * sunAnomaly + mPrime * moonAnomaly + f * moonLatitude + omega * moonNode;
    arcseconds += ((coefficient + rate * t) / 10_000) * Math.sin(argument * RADIANS_PER_DEGREE);
  }
  return arcseconds / 3600;
}
