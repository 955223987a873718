// The working-calendar and legal-deadline engine: pure functions over a precomputed calendar.
export type {
  CalendarDefinition,
  DayKind,
  DayOverride,
  OfficeHoursRule,
  OfficePeriod,
  OverrideKind,
} from './calendar-definition';
export { buildWorkingCalendar, type WorkingCalendar } from './working-calendar';
export {
  CalendarDefinitionError,
  CalendarRangeError,
  type CalendarDefinitionErrorCode,
} from './working-calendar.errors';
export { describeDay, type DayDescription } from './describe-day';
export { isWorkingTime, measureWorkingMinutes, addWorkingMinutes } from './working-time';
export { findEffectiveStart, type StartAdjustment } from './effective-start';
export { computeDeadline, type DeadlineRequest, type DeadlineResult, type DeadlineUnit } from './deadline';
export {
  explainDeadline,
  type CountedDay,
  type CountedPeriod,
  type DeadlineExplanation,
  type ExplainedDeadline,
  type SkippedDay,
  type SkipReason,
} from './deadline-explanation';
export { pauseDeadline, resumeDeadline, type PausedDeadline } from './deadline-pause';
export {
  previewRecompute,
  replayDeadline,
  type DeadlinePause,
  type RecomputeChange,
  type ReplayedDeadline,
  type TrackedDeadline,
} from './recompute';
