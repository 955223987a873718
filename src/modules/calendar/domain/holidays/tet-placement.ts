// Where the five Tết days go. The Labour Code fixes the count (art. 112.1.b, 2012: art. 115.1.b)
// and leaves the days to the Prime Minister (art. 112.3). The rule proposed here for years without
// a decision: the last two days of the old lunar year and the first three of the new one
// (Tết − 2 … Tết + 2), except when Tết is a Tuesday: then the working week Monday–Friday
// (Tết − 1 … Tết + 3), so that no statutory day is spent on a Sunday.
// Checked against the civil-servant breaks decided for 2020–2026 (tet-placement.spec.ts): with
// the weekend rule it reproduces the days off of all seven, and the statutory days where the
// decision names them (Mon–Fri in 2022, 2025 and 2026).
import { dayOfWeek, fromDayNumber, toDayNumber } from '../local-date';
import { convertLunarToSolar, convertSolarToLunar } from '../lunar';

const TUESDAY = 2;
const TET_LENGTH = 5;

export function findTetDayNumber(year: number): number {
  const tet = convertLunarToSolar({ day: 1, month: 1, year, leap: false });
  if (!tet) {
    throw new RangeError(`No Tết for the lunar year ${year}`);
  }
  return toDayNumber(tet);
}

export function placeTetHolidays(year: number): number[] {
  const tet = findTetDayNumber(year);
  const first = dayOfWeek(tet) === TUESDAY ? tet - 1 : tet - 2;
  return Array.from({ length: TET_LENGTH }, (_unused, index) => first + index);
}

// "30 tháng Chạp", "mùng 1 tháng Giêng": how the Tết days are spoken of.
export function describeTetDay(dayNumber: number): string {
  const lunar = convertSolarToLunar(fromDayNumber(dayNumber));
  if (lunar.month === 1) {
    return `${lunar.day <= 10 ? 'mùng ' : ''}${lunar.day} tháng Giêng`;
  }
  return `${lunar.day} tháng ${lunar.month === 12 ? 'Chạp' : lunar.month}${lunar.leap ? ' nhuận' : ''}`;
}
