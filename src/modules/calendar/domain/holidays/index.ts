// Vietnam's public holidays (ngày nghỉ lễ, tết) under the Labour Code, and a provisional yearly
// schedule of days off for years without an official decision.
export { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from './labour-code';
export {
  listStatutoryHolidays,
  type StatutoryHoliday,
  type StatutoryHolidayKind,
} from './statutory-holidays';
export {
  proposeYearSchedule,
  type ScheduleDay,
  type ScheduleDayKind,
  type YearSchedule,
} from './year-schedule';
