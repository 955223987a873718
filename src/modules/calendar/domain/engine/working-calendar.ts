import { vietnamInstantOf, type IsoDate } from '../local-date';
import {
  DEFAULT_WEEKEND_DAYS,
  type CalendarDefinition,
  type DayOverride,
  type OfficeHoursRule,
} from './calendar-definition';
import {
  assignDayKinds,
  decodeDayKind,
  formatDayNumber,
  isWorkingKind,
  parseDefinitionDate,
} from './day-kinds';
import { compileOfficeSchedule, parseClock, type OfficeSchedule } from './office-hours';
import { CalendarDefinitionError } from './working-calendar.errors';

// daySchedules entry of a day off: one array read answers both "working day?" and "which hours?".
export const NO_SCHEDULE = 0xffff;

// A calendar definition compiled into arrays indexed by day (day number − firstDayNumber) and by
// working-day ordinal, so that a deadline is a handful of array reads instead of a day-by-day walk.
export interface WorkingCalendar {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly firstDayNumber: number;
  readonly dayCount: number;
  readonly dayKinds: Uint8Array; // DAY_KINDS code per day
  readonly daySchedules: Uint16Array; // index into `schedules` per working day; NO_SCHEDULE on a day off
  readonly schedules: readonly OfficeSchedule[];
  readonly workingDaysBefore: Int32Array; // [dayCount + 1]: working days strictly before the day
  readonly workingDayIndexes: Int32Array; // [workingDayCount]: day index of each working-day ordinal
  readonly workingDayStartMs: Float64Array; // [workingDayCount]: epoch ms of its local midnight
  readonly workingDaySchedules: Uint16Array; // [workingDayCount]: index into `schedules`
  readonly workingMsBefore: Float64Array; // [workingDayCount + 1]: office ms before each ordinal
  readonly provisionalDaysBefore: Int32Array; // [dayCount + 1]: provisional days strictly before the day
  readonly overrides: ReadonlyMap<number, DayOverride>; // by day index
  readonly onlineCutoffMs: number; // ms after local midnight; Infinity = end of office hours
}

export function buildWorkingCalendar(definition: CalendarDefinition): WorkingCalendar {
  const firstDayNumber = parseDefinitionDate(definition.firstDate, 'firstDate');
  const lastDayNumber = parseDefinitionDate(definition.lastDate, 'lastDate');
  if (lastDayNumber < firstDayNumber) {
    throw new CalendarDefinitionError(
      'INVALID_RANGE',
      `lastDate ${definition.lastDate} is before firstDate ${definition.firstDate}`,
    );
  }
  const dayCount = lastDayNumber - firstDayNumber + 1;
  const weekendDays = definition.weekendDays ?? DEFAULT_WEEKEND_DAYS;
  const { kinds, overrides } = assignDayKinds(firstDayNumber, dayCount, weekendDays, definition.overrides);
  const { schedules, daySchedules } = assignOfficeSchedules(firstDayNumber, dayCount, definition.officeHours);
  const working = indexWorkingDays(kinds, daySchedules, schedules, firstDayNumber);
  return {
    firstDate: formatDayNumber(firstDayNumber),
    lastDate: formatDayNumber(lastDayNumber),
    firstDayNumber,
    dayCount,
    dayKinds: kinds,
    daySchedules,
    schedules,
    ...working,
    provisionalDaysBefore: countProvisionalDays(dayCount, overrides),
    overrides,
    onlineCutoffMs: definition.onlineCutoff === undefined ? Infinity : parseClock(definition.onlineCutoff),
  };
}

function assignOfficeSchedules(
  firstDayNumber: number,
  dayCount: number,
  rules: readonly OfficeHoursRule[],
): { schedules: OfficeSchedule[]; daySchedules: Uint16Array } {
  const daySchedules = new Uint16Array(dayCount).fill(NO_SCHEDULE);
  const schedules = rules.map((rule) => compileOfficeSchedule(rule.periods));
  rules.forEach((rule, ruleIndex) => {
    const validFrom = parseDefinitionDate(rule.validFrom, 'validFrom') - firstDayNumber;
    const validTo =
      rule.validTo === undefined
        ? dayCount - 1
        : parseDefinitionDate(rule.validTo, 'validTo') - firstDayNumber;
    if (validTo < validFrom) {
      throw new CalendarDefinitionError(
        'INVALID_OFFICE_HOURS',
        `office hours valid to ${rule.validTo} end before they start on ${rule.validFrom}`,
      );
    }
    for (let index = Math.max(validFrom, 0); index <= Math.min(validTo, dayCount - 1); index++) {
      if (daySchedules[index] !== NO_SCHEDULE) {
        throw new CalendarDefinitionError(
          'OVERLAPPING_OFFICE_HOURS',
          `two office-hours rules cover ${formatDayNumber(firstDayNumber + index)}`,
        );
      }
      daySchedules[index] = ruleIndex;
    }
  });
  return { schedules, daySchedules };
}

function indexWorkingDays(
  kinds: Uint8Array,
  daySchedules: Uint16Array,
  schedules: readonly OfficeSchedule[],
  firstDayNumber: number,
): Pick<
  WorkingCalendar,
  'workingDaysBefore' | 'workingDayIndexes' | 'workingDayStartMs' | 'workingDaySchedules' | 'workingMsBefore'
> {
  const dayCount = kinds.length;
  const workingDaysBefore = new Int32Array(dayCount + 1);
  const indexes: number[] = [];
  for (let index = 0; index < dayCount; index++) {
    workingDaysBefore[index] = indexes.length;
    if (!isWorkingKind(decodeDayKind(kinds[index]))) {
      daySchedules[index] = NO_SCHEDULE;
    } else if (daySchedules[index] === NO_SCHEDULE) {
      throw new CalendarDefinitionError(
        'MISSING_OFFICE_HOURS',
        `working day ${formatDayNumber(firstDayNumber + index)} has no office-hours rule`,
      );
    } else {
      indexes.push(index);
    }
  }
  workingDaysBefore[dayCount] = indexes.length;
  const workingDayStartMs = Float64Array.from(indexes, (dayIndex) =>
    vietnamInstantOf(firstDayNumber + dayIndex, 0),
  );
  const workingDaySchedules = Uint16Array.from(indexes, (dayIndex) => daySchedules[dayIndex]);
  const workingMsBefore = new Float64Array(indexes.length + 1);
  workingDaySchedules.forEach((schedule, ordinal) => {
    workingMsBefore[ordinal + 1] = workingMsBefore[ordinal] + schedules[schedule].lengthMs;
  });
  const workingDayIndexes = Int32Array.from(indexes);
  return { workingDaysBefore, workingDayIndexes, workingDayStartMs, workingDaySchedules, workingMsBefore };
}

function countProvisionalDays(dayCount: number, overrides: ReadonlyMap<number, DayOverride>): Int32Array {
  const before = new Int32Array(dayCount + 1);
  for (let index = 0; index < dayCount; index++) {
    before[index + 1] = before[index] + (overrides.get(index)?.provisional === true ? 1 : 0);
  }
  return before;
}
