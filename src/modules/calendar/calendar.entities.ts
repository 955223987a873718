import { OfficeHours } from './office-hours/office-hours.entity';
import { CalendarRevision } from './revision/calendar-revision.entity';
import { CalendarDay } from './years/calendar-day.entity';
import { CalendarYear } from './years/calendar-year.entity';

export const CALENDAR_ENTITIES = [CalendarYear, CalendarDay, OfficeHours, CalendarRevision];
