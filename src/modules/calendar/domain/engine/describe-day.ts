import { type IsoDate } from '../local-date';
import { type DayKind, type OfficePeriod } from './calendar-definition';
import { decodeDayKind, formatDayNumber } from './day-kinds';
import { MS_PER_MINUTE } from './office-hours';
import { type WorkingCalendar } from './working-calendar';
import { throwOutsideCalendar } from './working-calendar.errors';
import { findSchedule, isWorkingDayIndex } from './working-time';

export interface DayDescription {
  readonly date: IsoDate;
  readonly dayNumber: number;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  readonly name?: string;
  readonly source?: string;
  readonly provisional: boolean;
  readonly periods: readonly OfficePeriod[]; // empty on a day off
  readonly officeMinutes: number;
}

export function describeDay(cal: WorkingCalendar, dayNumber: number): DayDescription {
  const dayIndex = dayNumber - cal.firstDayNumber;
  if (!(dayIndex >= 0 && dayIndex < cal.dayCount)) {
    throwOutsideCalendar('The day', dayNumber, cal.firstDate, cal.lastDate);
  }
  const override = cal.overrides.get(dayIndex);
  const isWorkingDay = isWorkingDayIndex(cal, dayIndex);
  const schedule = isWorkingDay ? findSchedule(cal, dayIndex) : undefined;
  return {
    date: formatDayNumber(dayNumber),
    dayNumber,
    kind: decodeDayKind(cal.dayKinds[dayIndex]),
    isWorkingDay,
    ...(override && { name: override.name }),
    ...(override?.source !== undefined && { source: override.source }),
    provisional: override?.provisional === true,
    periods: schedule ? schedule.periods : [],
    officeMinutes: schedule ? schedule.lengthMs / MS_PER_MINUTE : 0,
  };
}
