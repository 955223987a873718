import { dayOfWeek } from '../local-date';

// Decision 188/1999/QĐ-TTg: civil servants work Monday to Friday; Saturday and Sunday are the
// weekly rest days that the Labour Code's compensation rule refers to.
export function isWeekend(dayNumber: number): boolean {
  const weekday = dayOfWeek(dayNumber);
  return weekday === 0 || weekday === 6;
}
