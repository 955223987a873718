import { type FieldError } from '../../../common';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, checkDeadlineAmount } from './calendar-range';
import { type CalendarChange } from './calendar-data';
import { type TrackedDeadline } from './engine';
import { parseIsoDate } from './local-date';
import { checkOfficePeriods, type DatedOfficeHours } from './office-hours-change';
import { checkYearSchedule } from './year-schedule-check';

export const MAX_PAUSES_PER_DEADLINE = 50;

// What is wrong with a proposed change, per field (`prefix` places it inside a request body).
export function checkCalendarChange(change: CalendarChange, prefix = ''): FieldError[] {
  if (change.kind === 'year-schedule') {
    return [
      ...checkYearInCalendar(change.year, `${prefix}year`),
      ...checkYearSchedule(change.year, change.days).map((error) => prefixed(error, prefix)),
    ];
  }
  return change.change.kind === 'delete' ? [] : checkOfficeHoursRule(change.change.rule, prefix);
}

export function checkYearInCalendar(year: number, field: string): FieldError[] {
  if (Number.isInteger(year) && year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR) {
    return [];
  }
  return [{ field, message: `${field} phải là năm từ ${CALENDAR_FIRST_YEAR} đến ${CALENDAR_LAST_YEAR}` }];
}

export function checkOfficeHoursRule(rule: Omit<DatedOfficeHours, 'id'>, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const from = parseIsoDate(rule.validFrom);
  const to = rule.validTo === undefined ? undefined : parseIsoDate(rule.validTo);
  if (!from) {
    errors.push({
      field: `${prefix}validFrom`,
      message: `${prefix}validFrom phải là ngày hợp lệ YYYY-MM-DD`,
    });
  }
  if (to === null) {
    errors.push({ field: `${prefix}validTo`, message: `${prefix}validTo phải là ngày hợp lệ YYYY-MM-DD` });
  }
  if (from && to && rule.validTo! < rule.validFrom) {
    errors.push({ field: `${prefix}validTo`, message: `${prefix}validTo phải không trước validFrom` });
  }
  const periodsProblem = checkOfficePeriods(rule.periods);
  if (periodsProblem !== null) {
    errors.push({ field: `${prefix}periods`, message: `${prefix}periods: ${periodsProblem}` });
  }
  return errors;
}

// Open deadlines sent for a recompute preview: the same limits as a single deadline.
export function checkTrackedDeadlines(
  deadlines: readonly TrackedDeadline[],
  prefix = 'deadlines',
): FieldError[] {
  return deadlines.flatMap((deadline, index) => {
    const field = `${prefix}[${index}]`;
    const errors: FieldError[] = [];
    const amountProblem = checkDeadlineAmount(deadline.amount, deadline.unit);
    if (amountProblem !== null) {
      errors.push({ field: `${field}.amount`, message: `${field}.amount ${amountProblem}` });
    }
    const pauses = deadline.pauses ?? [];
    if (pauses.length > MAX_PAUSES_PER_DEADLINE) {
      errors.push({ field: `${field}.pauses`, message: `${field}.pauses có quá nhiều phần tử` });
    }
    pauses.forEach((pause, pauseIndex) => {
      if (pause.fromMs < deadline.startMs || (pause.toMs !== undefined && pause.toMs < pause.fromMs)) {
        const pauseField = `${field}.pauses[${pauseIndex}]`;
        errors.push({
          field: pauseField,
          message: `${pauseField} phải bắt đầu sau start và kết thúc sau khi bắt đầu`,
        });
      }
    });
    return errors;
  });
}

function prefixed(error: FieldError, prefix: string): FieldError {
  return prefix === '' ? error : { field: `${prefix}${error.field}`, message: `${prefix}${error.message}` };
}
