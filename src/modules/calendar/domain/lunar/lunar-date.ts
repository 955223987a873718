// Conversions between civil (Gregorian) dates and Vietnamese lunar dates.
import { type CivilDate, fromDayNumber, toDayNumber } from '../local-date';
import {
  FIRST_LUNAR_YEAR,
  getLunarYearTable,
  LAST_LUNAR_YEAR,
  type LunarMonthStart,
  type LunarYearTable,
} from './lunar-year-table';

export interface LunarDate {
  readonly day: number; // 1-30
  readonly month: number; // 1-12
  readonly year: number; // the lunar year that began with Tết in that Gregorian year
  readonly leap: boolean; // a leap month (tháng nhuận) repeating the month number before it
}

function findMonthIndex(months: readonly LunarMonthStart[], dayNumber: number): number {
  let index = months.length - 1;
  while (months[index].dayNumber > dayNumber) {
    index -= 1;
  }
  return index;
}

// Throws a RangeError outside the lunar years 1900–2100 (civil 1900-01-31 to 2101-01-28).
export function convertSolarToLunar(date: CivilDate): LunarDate {
  const dayNumber = toDayNumber(date);
  const firstDay = getLunarYearTable(FIRST_LUNAR_YEAR).months[0].dayNumber;
  const endDay = getLunarYearTable(LAST_LUNAR_YEAR).endDayNumber;
  if (!(dayNumber >= firstDay && dayNumber < endDay)) {
    throw new RangeError(`The lunar calendar covers the lunar years ${FIRST_LUNAR_YEAR}–${LAST_LUNAR_YEAR}`);
  }
  // Tết falls between 21 January and 20 February, so the lunar year is the civil one or the one before.
  let table = getLunarYearTable(Math.min(date.year, LAST_LUNAR_YEAR));
  if (dayNumber < table.months[0].dayNumber) {
    table = getLunarYearTable(table.year - 1);
  }
  const index = findMonthIndex(table.months, dayNumber);
  const { month, leap, dayNumber: monthStart } = table.months[index];
  return { day: dayNumber - monthStart + 1, month, year: table.year, leap };
}

// Null when the lunar date does not exist: a leap flag on a month that is not leap that year,
// or day 30 of a 29-day month. Throws a RangeError for a year outside 1900–2100.
export function convertLunarToSolar(lunar: LunarDate): CivilDate | null {
  const table = getLunarYearTable(lunar.year);
  const index = table.months.findIndex((start) => start.month === lunar.month && start.leap === lunar.leap);
  if (index < 0 || !Number.isInteger(lunar.day) || lunar.day < 1) {
    return null;
  }
  const monthStart = table.months[index].dayNumber;
  const length = measureMonthLength(table, index);
  return lunar.day <= length ? fromDayNumber(monthStart + lunar.day - 1) : null;
}

export interface LunarMonth {
  readonly month: number; // 1-12
  readonly leap: boolean;
  readonly firstDay: CivilDate;
  readonly length: number; // 29 or 30 days
}

function measureMonthLength(table: LunarYearTable, index: number): number {
  const next = index + 1 < table.months.length ? table.months[index + 1].dayNumber : table.endDayNumber;
  return next - table.months[index].dayNumber;
}

// The months of a lunar year in order, from month 1 (Tết), leap month included.
export function listLunarMonths(year: number): LunarMonth[] {
  const table = getLunarYearTable(year);
  return table.months.map((start, index) => ({
    month: start.month,
    leap: start.leap,
    firstDay: fromDayNumber(start.dayNumber),
    length: measureMonthLength(table, index),
  }));
}
