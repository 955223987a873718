// Labour Code 2019 art. 111.3 (2012: art. 115.3): a holiday that falls on a weekly rest day gives
// the next working day off. "Next working day" skips the weekend, the other holidays and the days
// already given back, so two weekend holidays in a row give two distinct days.
import { isWeekend } from './weekend';

export interface DatedHoliday {
  readonly dayNumber: number;
  readonly name: string;
}

export function assignCompensatoryDays(holidays: readonly DatedHoliday[]): DatedHoliday[] {
  const taken = new Set(holidays.map((holiday) => holiday.dayNumber));
  const compensatory: DatedHoliday[] = [];
  const inDateOrder = [...holidays].sort((left, right) => left.dayNumber - right.dayNumber);
  for (const holiday of inDateOrder) {
    if (!isWeekend(holiday.dayNumber)) {
      continue;
    }
    let dayOff = holiday.dayNumber + 1;
    while (isWeekend(dayOff) || taken.has(dayOff)) {
      dayOff += 1;
    }
    taken.add(dayOff);
    compensatory.push({ dayNumber: dayOff, name: `Nghỉ bù ${holiday.name}` });
  }
  return compensatory;
}
