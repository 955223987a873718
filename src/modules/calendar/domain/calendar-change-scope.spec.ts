import { findChangeScope } from './calendar-change-scope';
import { type CalendarData } from './calendar-data';

const PERIODS = [
  { start: '07:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
];
const AGENCY = '11111111-1111-4111-8111-111111111111';
const DATA: CalendarData = {
  years: [],
  officeHours: [
    { id: 'province-2021', agencyId: null, validFrom: '2021-11-01', periods: PERIODS },
    {
      id: 'agency-summer',
      agencyId: AGENCY,
      validFrom: '2025-05-01',
      validTo: '2025-09-30',
      periods: PERIODS,
    },
  ],
};

describe('which deadlines a calendar change can move', () => {
  it("a year's official schedule: every agency, that year's days", () => {
    expect(findChangeScope(DATA, { kind: 'year-schedule', year: 2027, days: [] })).toEqual({
      agencyId: null,
      fromDate: '2027-01-01',
      toDate: '2027-12-31',
    });
  });

  it("a new agency rule: the agency's subtree, from the rule's first day on", () => {
    const rule = { id: 'new', validFrom: '2026-03-01', periods: PERIODS };
    expect(
      findChangeScope(DATA, { kind: 'office-hours', agencyId: AGENCY, change: { kind: 'create', rule } }),
    ).toEqual({ agencyId: AGENCY, fromDate: '2026-03-01', toDate: null });
  });

  it('a rule moved later still re-dates from where it used to start', () => {
    const rule = { id: 'agency-summer', validFrom: '2025-06-01', validTo: '2025-09-30', periods: PERIODS };
    expect(
      findChangeScope(DATA, { kind: 'office-hours', agencyId: AGENCY, change: { kind: 'update', rule } }),
    ).toEqual({ agencyId: AGENCY, fromDate: '2025-05-01', toDate: null });
  });

  it("a deleted province rule: every agency, from the deleted rule's first day", () => {
    expect(
      findChangeScope(DATA, {
        kind: 'office-hours',
        agencyId: null,
        change: { kind: 'delete', id: 'province-2021' },
      }),
    ).toEqual({ agencyId: null, fromDate: '2021-11-01', toDate: null });
  });
});
