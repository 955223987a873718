// The instant of a true new moon, after Meeus, "Astronomical Algorithms" (2nd ed.) ch. 49,
// "Phases of the Moon": a mean phase corrected by periodic terms in the Sun's and the Moon's
// anomalies and the Moon's argument of latitude, then 14 planetary terms. Meeus gives a mean
// error of a few seconds against the ELP-2000/82 theory, far below the hour that separates the
// Vietnamese calendar (UTC+7) from the Chinese one (UTC+8).
import { convertDynamicalToUniversalTime } from './delta-t';

const RADIANS_PER_DEGREE = Math.PI / 180;

// Meeus eq. 49.1 is counted in lunations k from the new moon of 2000-01-06 (k = 0).
const MEAN_SYNODIC_MONTH = 29.530588861;
const EPOCH_JDE = 2451550.09766;

// Periodic terms for the new moon (Meeus ch. 49, first table): coefficient in days, power of E
// (the eccentricity factor of the Earth's orbit) and the multiples of M, M', F and Ω in the sine.
type NewMoonTerm = readonly [
  coefficient: number,
  powerOfE: 0 | 1 | 2,
  m: number,
  mPrime: number,
  f: number,
  omega: number,
];
const NEW_MOON_TERMS: readonly NewMoonTerm[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Additional corrections for all phases (Meeus ch. 49): amplitude in days, then the argument
// A_i = constant + rate · k in degrees (A1 also has a T² term, added below).
const PLANETARY_TERMS: readonly (readonly [amplitude: number, constant: number, rate: number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

// The lunation number of the last mean new moon at or before a JD: a first guess that
// callers refine against true new moons, which wander up to ~14 hours from the mean ones.
export function estimateLunationNumber(julianDay: number): number {
  return Math.floor((julianDay - EPOCH_JDE) / MEAN_SYNODIC_MONTH);
}

// Meeus eq. 49.1 plus the new-moon corrections: the true new moon of lunation k, in JDE (TT).
export function computeNewMoonJde(lunation: number): number {
  const k = lunation;
  const t = k / 1236.85;
  const meanJde =
    EPOCH_JDE + MEAN_SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const moonAnomaly =
    201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const moonLatitude =
    160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const moonNode = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;

  let periodic = 0;
  for (const [coefficient, powerOfE, m, mPrime, f, omega] of NEW_MOON_TERMS) {
    const argument = m * sunAnomaly + mPrime * moonAnomaly + f * moonLatitude + omega * moonNode;
    periodic += coefficient * e ** powerOfE * Math.sin(argument * RADIANS_PER_DEGREE);
  }
  let planetary = 0;
  for (const [index, [amplitude, constant, rate]] of PLANETARY_TERMS.entries()) {
    const argument = constant + rate * k - (index === 0 ? 0.009173 * t ** 2 : 0);
    planetary += amplitude * Math.sin(argument * RADIANS_PER_DEGREE);
  }
  return meanJde + periodic + planetary;
}

// The true new moon of lunation k in Universal Time (JD), ΔT removed.
export function computeNewMoonJulianDay(lunation: number): number {
  return convertDynamicalToUniversalTime(computeNewMoonJde(lunation));
}
