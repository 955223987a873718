// The months of the Vietnamese lunisolar calendar (âm lịch), computed by the astronomical rules
// at the time of Hà Nội (UTC+7) that Vietnam's calendar has followed since its 1967 reform:
// - a month begins on the civil day that contains a true new moon (./new-moon.ts);
// - month 11 is the month that contains the winter solstice (solar longitude 270°);
// - when 13 months separate two months 11, the first of them after month 11 that contains no
//   major solar term (trung khí: a solar longitude multiple of 30°) is a leap month and repeats
//   the number of the month before it.
// Before 1967 Vietnam printed a calendar derived from China's; the years 1900–1966 here are the
// same rules applied backwards, not a transcription of what was printed then.
// Knife edges: a few instants fall within a minute of a Vietnamese midnight, closer than any
// truncated theory can settle. 1938: the September equinox 24 s before midnight makes the leap
// month the 8th (after midnight it would be the 7th). New moons within 30 s of midnight begin
// months on 1944-06-20, 1967-07-07 (2 s!), 2054-05-08, 2077-11-15 and 2085-10-18 here; after
// ~2030 the answer also hangs on ΔT, which nobody can predict to a minute.
// Years are computed on demand and cached: a table costs ~40 astronomical evaluations.
import { toDayNumber } from '../local-date';
import { computeVietnamDayNumber, computeVietnamMidnightJulianDay } from './julian-day';
import { computeNewMoonJulianDay, estimateLunationNumber } from './new-moon';
import { computeSolarLongitudeAt } from './solar-longitude';

export interface LunarMonthStart {
  readonly dayNumber: number; // first civil day of the month (../local-date day number)
  readonly month: number; // 1-12
  readonly leap: boolean;
}

export interface LunarYearTable {
  readonly year: number;
  readonly months: readonly LunarMonthStart[]; // 12 or 13, from month 1 (Tết) on
  readonly endDayNumber: number; // first day of the next lunar year
}

// Lunar years whose tables the calendar vouches for: ΔT (./delta-t.ts) is modelled to 2150, but
// the product only needs 1900–2100 and the tests cover exactly that range.
export const FIRST_LUNAR_YEAR = 1900;
export const LAST_LUNAR_YEAR = 2100;

const WINTER_SOLSTICE_LONGITUDE = 270;
const DEGREES_PER_MAJOR_TERM = 30;

interface MonthStartAstronomy {
  readonly dayNumber: number; // the civil day (UTC+7) of the new moon
  readonly solarLongitude: number; // the Sun's longitude at 00:00 (UTC+7) of that day
}

// Every month start is needed by two solstice cycles and two term checks: compute it once.
const monthStartCache = new Map<number, MonthStartAstronomy>();

function getMonthStart(lunation: number): MonthStartAstronomy {
  let start = monthStartCache.get(lunation);
  if (!start) {
    const dayNumber = computeVietnamDayNumber(computeNewMoonJulianDay(lunation));
    start = {
      dayNumber,
      solarLongitude: computeSolarLongitudeAt(computeVietnamMidnightJulianDay(dayNumber)),
    };
    monthStartCache.set(lunation, start);
  }
  return start;
}

// Degrees the Sun stands past the winter solstice, in (-180, 180].
function measureDegreesPastSolstice(longitude: number): number {
  const past = (((longitude - WINTER_SOLSTICE_LONGITUDE) % 360) + 360) % 360;
  return past > 180 ? past - 360 : past;
}

// The lunation whose month (month 11) contains the December solstice of a Gregorian year:
// the Sun is short of 270° when the month begins and past it when the next one begins.
export function findMonth11Lunation(gregorianYear: number): number {
  const nearSolstice = computeVietnamMidnightJulianDay(
    toDayNumber({ year: gregorianYear, month: 12, day: 21 }),
  );
  let lunation = estimateLunationNumber(nearSolstice);
  while (measureDegreesPastSolstice(getMonthStart(lunation).solarLongitude) >= 0) {
    lunation -= 1;
  }
  while (measureDegreesPastSolstice(getMonthStart(lunation + 1).solarLongitude) < 0) {
    lunation += 1;
  }
  return lunation;
}

// A month holds a major term when the Sun's 30° sector at 00:00 of its first day differs from
// the one at 00:00 of the next month's first day. Near perihelion the terms come 29.4 days
// apart, so a 30-day month can hold two (2033's 11th month does); the test still holds.
function hasMajorSolarTerm(lunation: number): boolean {
  const sectorAtStart = Math.floor(getMonthStart(lunation).solarLongitude / DEGREES_PER_MAJOR_TERM);
  const sectorAtEnd = Math.floor(getMonthStart(lunation + 1).solarLongitude / DEGREES_PER_MAJOR_TERM);
  return sectorAtStart !== sectorAtEnd;
}

// The months from month 11 of December (year - 1) up to, not including, month 11 of December year.
function computeSolsticeCycle(gregorianYear: number): LunarMonthStart[] {
  const firstLunation = findMonth11Lunation(gregorianYear - 1);
  const monthCount = findMonth11Lunation(gregorianYear) - firstLunation;
  let leapOffset = -1;
  if (monthCount === 13) {
    leapOffset = 1;
    while (hasMajorSolarTerm(firstLunation + leapOffset)) {
      leapOffset += 1;
    }
  }
  const months: LunarMonthStart[] = [];
  let month = 11;
  for (let offset = 0; offset < monthCount; offset += 1) {
    const leap = offset === leapOffset;
    if (offset > 0 && !leap) {
      month = (month % 12) + 1;
    }
    months.push({ dayNumber: getMonthStart(firstLunation + offset).dayNumber, month, leap });
  }
  return months;
}

const cycleCache = new Map<number, readonly LunarMonthStart[]>();
const yearCache = new Map<number, LunarYearTable>();

function getSolsticeCycle(gregorianYear: number): readonly LunarMonthStart[] {
  let cycle = cycleCache.get(gregorianYear);
  if (!cycle) {
    cycle = computeSolsticeCycle(gregorianYear);
    cycleCache.set(gregorianYear, cycle);
  }
  return cycle;
}

function findFirstMonthIndex(cycle: readonly LunarMonthStart[]): number {
  return cycle.findIndex((start) => start.month === 1 && !start.leap);
}

// Lunar year Y runs from month 1 of the cycle that ends in December Y to month 1 of the next:
// its months 11 and 12 (and a leap 11 or 12) begin in December Y or January Y + 1.
function computeLunarYearTable(year: number): LunarYearTable {
  const cycle = getSolsticeCycle(year);
  const nextCycle = getSolsticeCycle(year + 1);
  const nextFirstMonth = findFirstMonthIndex(nextCycle);
  const months = [...cycle.slice(findFirstMonthIndex(cycle)), ...nextCycle.slice(0, nextFirstMonth)];
  return { year, months, endDayNumber: nextCycle[nextFirstMonth].dayNumber };
}

export function getLunarYearTable(year: number): LunarYearTable {
  if (!Number.isInteger(year) || year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR) {
    throw new RangeError(
      `The lunar calendar covers the lunar years ${FIRST_LUNAR_YEAR}–${LAST_LUNAR_YEAR}, not ${year}`,
    );
  }
  let table = yearCache.get(year);
  if (!table) {
    table = computeLunarYearTable(year);
    yearCache.set(year, table);
  }
  return table;
}
