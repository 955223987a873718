import { formatIsoDate, fromDayNumber, type IsoDate } from '../local-date';

export type CalendarDefinitionErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_RANGE'
  | 'DUPLICATE_OVERRIDE'
  | 'INVALID_OFFICE_HOURS'
  | 'OVERLAPPING_OFFICE_HOURS'
  | 'MISSING_OFFICE_HOURS';

// A definition an administrator entered that cannot describe a calendar; carries a code so the
// edge can map it to a 400 without parsing the message.
export class CalendarDefinitionError extends Error {
  constructor(
    readonly code: CalendarDefinitionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarDefinitionError';
  }
}

// An instant or a deadline beyond the days the calendar knows: guessing would give a wrong legal
// deadline, so the caller must extend the calendar instead.
export class CalendarRangeError extends RangeError {
  readonly code = 'OUTSIDE_CALENDAR';

  constructor(message: string) {
    super(message);
    this.name = 'CalendarRangeError';
  }
}

export function throwOutsideCalendar(
  what: string,
  dayNumber: number,
  firstDate: IsoDate,
  lastDate: IsoDate,
): never {
  if (!Number.isFinite(dayNumber)) {
    throw new RangeError(`${what} is not a valid instant: epoch milliseconds expected`);
  }
  throw new CalendarRangeError(
    `${what} falls on ${formatIsoDate(fromDayNumber(dayNumber))}, outside the working calendar ${firstDate}..${lastDate}; extend the calendar definition`,
  );
}

export function throwPastCalendarEnd(what: string, firstDate: IsoDate, lastDate: IsoDate): never {
  throw new CalendarRangeError(
    `${what} falls after ${lastDate}, the end of the working calendar ${firstDate}..${lastDate}; extend the calendar definition`,
  );
}
