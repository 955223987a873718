// The calendar's public face: other modules import only from here.
export { CalendarModule } from './calendar.module';
export {
  CalendarService,
  type AgencyOfficeHours,
  type CalendarDayView,
  type DeadlineQuery,
  type DescribedDays,
} from './calendar.service';
export { type CalendarChange } from './domain/calendar-data';
export {
  type DeadlineResult,
  type DeadlineUnit,
  type ExplainedDeadline,
  type RecomputeChange,
  type TrackedDeadline,
} from './domain/engine';
export { formatVietnamInstant, parseInstant } from './domain/vietnam-instant';
export { DEADLINE_UNITS } from './domain/calendar-range';
