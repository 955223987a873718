// A civil date in Vietnam, independent of the machine's time zone. Legal time is
// Asia/Ho_Chi_Minh, which has been a fixed UTC+7 with no daylight saving since 1975.
export type IsoDate = string; // 'YYYY-MM-DD'

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
export const MINUTES_PER_DAY = 24 * 60;
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days since 1970-01-01 for a civil date (proleptic Gregorian), the index every calendar table uses.
export function toDayNumber(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

// 0 = Sunday ... 6 = Saturday, as Date#getUTCDay.
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) {
    return null;
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = fromDayNumber(toDayNumber(date));
  return roundTrip.year === date.year && roundTrip.month === date.month && roundTrip.day === date.day
    ? date
    : null;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

// The Vietnamese civil day (UTC+7) that contains an instant given in epoch milliseconds.
export function vietnamDayNumberOf(epochMs: number): number {
  return Math.floor((epochMs + VIETNAM_UTC_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
}

// Epoch milliseconds of minute `minuteOfDay` (0-1440) of a Vietnamese civil day.
export function vietnamInstantOf(dayNumber: number, minuteOfDay: number): number {
  return dayNumber * MS_PER_DAY + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * 60_000;
}
