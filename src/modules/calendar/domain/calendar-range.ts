import { type DeadlineUnit } from './engine';

// The years the working calendar answers for. It starts in 2015, the first year seeded (the
// statutory holidays are modelled from 2014, under the Labour Code 2012, ./holidays), and ends
// with the lunar calendar in 2100. Before 2015 there is no schedule to answer from: a deadline
// there would silently ignore holidays, so it is refused instead.
export const CALENDAR_FIRST_YEAR = 2015;
export const CALENDAR_LAST_YEAR = 2100;
export const CALENDAR_FIRST_DATE = `${CALENDAR_FIRST_YEAR}-01-01`;
export const CALENDAR_LAST_DATE = `${CALENDAR_LAST_YEAR}-12-31`;

// The lunar calendar (./lunar) covers the lunar years 1900–2100.
export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;

// GET /calendar/days answers at most three years at once (2 × 365 + 366 days).
export const MAX_DAYS_PER_REQUEST = 1096;

// Largest time limit accepted per unit. Published limits are far shorter (the longest procedures
// run a few months); anything beyond these is a typo, not a procedure.
export const MAX_DEADLINE_AMOUNT = {
  WORKING_DAYS: 365,
  WORKING_HOURS: 365 * 8,
  CALENDAR_DAYS: 3660,
  MONTHS: 120,
} as const satisfies Record<DeadlineUnit, number>;

export const DEADLINE_UNITS = [
  'WORKING_DAYS',
  'WORKING_HOURS',
  'CALENDAR_DAYS',
  'MONTHS',
] as const satisfies readonly DeadlineUnit[];

// Why an amount cannot be a time limit in this unit, or null when it can.
export function checkDeadlineAmount(amount: number, unit: DeadlineUnit): string | null {
  if (!Number.isFinite(amount) || amount < 0) {
    return 'phải là số không âm';
  }
  if (unit !== 'WORKING_HOURS' && !Number.isInteger(amount)) {
    return 'phải là số nguyên với đơn vị ngày hoặc tháng';
  }
  if (amount > MAX_DEADLINE_AMOUNT[unit]) {
    return `không được vượt quá ${MAX_DEADLINE_AMOUNT[unit]} với đơn vị ${unit}`;
  }
  return null;
}
