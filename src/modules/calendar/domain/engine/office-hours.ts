import { type OfficePeriod } from './calendar-definition';
import { CalendarDefinitionError } from './working-calendar.errors';

export const MS_PER_MINUTE = 60_000;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

// One office-hours rule compiled for arithmetic: milliseconds from local midnight, and the office
// time elapsed before each period so a position inside the day is one subtraction away.
export interface OfficeSchedule {
  readonly periods: readonly OfficePeriod[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly elapsedBefore: Int32Array;
  readonly lengthMs: number;
}

export function parseClock(text: string): number {
  const match = CLOCK.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes <= 24 * 60)) {
    throw new CalendarDefinitionError('INVALID_OFFICE_HOURS', `'${text}' is not a time of day 'HH:mm'`);
  }
  return minutes * MS_PER_MINUTE;
}

export function formatClock(msOfDay: number): string {
  const totalSeconds = Math.floor(msOfDay / 1000);
  const hours = String(Math.floor(totalSeconds / 3600)).padStart(2, '0');
  const minutes = String(Math.floor(totalSeconds / 60) % 60).padStart(2, '0');
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${hours}:${minutes}` : `${hours}:${minutes}:${String(seconds).padStart(2, '0')}`;
}

export function compileOfficeSchedule(periods: readonly OfficePeriod[]): OfficeSchedule {
  if (periods.length === 0) {
    throw new CalendarDefinitionError(
      'INVALID_OFFICE_HOURS',
      'an office-hours rule needs at least one period',
    );
  }
  const starts = new Int32Array(periods.length);
  const ends = new Int32Array(periods.length);
  const elapsedBefore = new Int32Array(periods.length);
  let elapsed = 0;
  periods.forEach((period, index) => {
    starts[index] = parseClock(period.start);
    ends[index] = parseClock(period.end);
    // Periods must be increasing and disjoint, or "elapsed office time" would be ambiguous.
    const previousEnd = index === 0 ? 0 : ends[index - 1];
    if (starts[index] >= ends[index] || starts[index] < previousEnd) {
      throw new CalendarDefinitionError(
        'INVALID_OFFICE_HOURS',
        `office period ${period.start}-${period.end} is empty, reversed or overlaps the previous one`,
      );
    }
    elapsedBefore[index] = elapsed;
    elapsed += ends[index] - starts[index];
  });
  return {
    periods: periods.map((period) => ({ ...period })),
    starts,
    ends,
    elapsedBefore,
    lengthMs: elapsed,
  };
}

// Office time of the day elapsed before `msOfDay`, clamped to [0, lengthMs].
export function measureElapsedInDay(schedule: OfficeSchedule, msOfDay: number): number {
  const { starts, ends, elapsedBefore } = schedule;
  for (let index = 0; index < starts.length; index++) {
    if (msOfDay < starts[index]) {
      return elapsedBefore[index];
    }
    if (msOfDay < ends[index]) {
      return elapsedBefore[index] + msOfDay - starts[index];
    }
  }
  return schedule.lengthMs;
}

// The earliest moment of the day at which `elapsedMs` of office time has passed: a boundary
// falls at the end of a period, never at the start of the next (deadlines are met as early as the
// law allows). Zero gives the first period's start.
export function findMsOfDayAtElapsed(schedule: OfficeSchedule, elapsedMs: number): number {
  const { starts, ends, elapsedBefore } = schedule;
  if (elapsedMs <= 0) {
    return starts[0];
  }
  for (let index = 0; index < starts.length; index++) {
    const offset = elapsedMs - elapsedBefore[index];
    if (offset <= ends[index] - starts[index]) {
      return starts[index] + offset;
    }
  }
  return ends[ends.length - 1];
}
