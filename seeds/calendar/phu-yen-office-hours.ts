import { type OfficePeriod } from '../../src/modules/calendar/domain/engine';
import { CALENDAR_FIRST_DATE } from '../../src/modules/calendar/domain/calendar-range';
import { type IsoDate } from '../../src/modules/calendar/domain/local-date';

export interface OfficeHoursSeed {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly periods: readonly OfficePeriod[];
}

// Phú Yên's office hours (domain.md, Time), the province default. The source gives no start for
// the first rule: it is taken to hold from the first day of the calendar.
export const PHU_YEN_OFFICE_HOURS: readonly OfficeHoursSeed[] = [
  {
    validFrom: CALENDAR_FIRST_DATE,
    validTo: '2021-10-31',
    periods: [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
  },
  {
    validFrom: '2021-11-01',
    validTo: null,
    periods: [
      { start: '07:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ],
  },
];
