// The calendar's public face: other modules import only from here.
export { CalendarModule } from './calendar.module';
export {
  CalendarService,
  type AgencyOfficeHours,
  type CalendarDayView,
  type DeadlineQuery,
  type DescribedDays,
  type ProposedCalendars,
} from './calendar.service';
export {
  CalendarChangeListeners,
  type CalendarChangeListener,
  type CommittedCalendarChange,
} from './changes/calendar-change-listeners.service';
export { RecomputePreviewService, type ProposedChange } from './recompute/recompute-preview.service';
export { ProposedChangeDto } from './http/dto/recompute-preview.dto';
export { toProposedChange } from './http/calendar-admin.mapper';
export { type CalendarChangeScope } from './domain/calendar-change-scope';
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
