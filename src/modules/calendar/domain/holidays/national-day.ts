// Labour Code 2019 art. 112.1.đ: National Day is 2/9 and one adjacent day, before or after, which
// the Prime Minister picks each year (art. 112.3). The rule proposed here: the adjacent day that
// gives the longer run of days off around 2/9, counting weekends and the days given back for
// holidays on a weekend; on a tie, the one that is a working day (a holiday of its own rather than
// a weekend day given back later); if both are working days, 1/9. This reproduces every decision
// so far: 3/9 in 2021 and 2024, 1/9 in 2022, 2023, 2025 and 2026.
import { toDayNumber } from '../local-date';
import { assignCompensatoryDays } from './compensatory-days';
import { isWeekend } from './weekend';

function measureRunOfDaysOff(around: number, daysOff: ReadonlySet<number>): number {
  const isOff = (dayNumber: number): boolean => isWeekend(dayNumber) || daysOff.has(dayNumber);
  let first = around;
  let last = around;
  while (isOff(first - 1)) {
    first -= 1;
  }
  while (isOff(last + 1)) {
    last += 1;
  }
  return last - first + 1;
}

function measureRunWith(nationalDay: number, adjacentDay: number): number {
  const holidays = [nationalDay, adjacentDay].map((dayNumber) => ({ dayNumber, name: 'Quốc khánh' }));
  const compensatory = assignCompensatoryDays(holidays);
  const daysOff = new Set([...holidays, ...compensatory].map((holiday) => holiday.dayNumber));
  return measureRunOfDaysOff(nationalDay, daysOff);
}

export function chooseNationalDayAdjacentDay(year: number): number {
  const nationalDay = toDayNumber({ year, month: 9, day: 2 });
  const before = nationalDay - 1;
  const after = nationalDay + 1;
  const runBefore = measureRunWith(nationalDay, before);
  const runAfter = measureRunWith(nationalDay, after);
  if (runBefore !== runAfter) {
    return runBefore > runAfter ? before : after;
  }
  return isWeekend(before) && !isWeekend(after) ? after : before;
}
