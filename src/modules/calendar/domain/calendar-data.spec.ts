import { describeDay } from './engine';
import {
  applyCalendarChange,
  buildScopedCalendar,
  type CalendarData,
  selectOfficeHoursOwner,
} from './calendar-data';
import { parseIsoDate, toDayNumber } from './local-date';

const HOURS = [{ start: '07:30', end: '17:00' }];
const DESK = [{ start: '07:00', end: '19:00' }];

const DATA: CalendarData = {
  years: [],
  officeHours: [
    { id: 'province', agencyId: null, validFrom: '2015-01-01', periods: HOURS },
    { id: 'district', agencyId: 'district', validFrom: '2024-01-01', periods: DESK },
  ],
};

const dayOf = (date: string) => toDayNumber(parseIsoDate(date)!);

describe('calendar data', () => {
  it('gives an agency the office hours of its nearest ancestor that has its own', () => {
    expect(selectOfficeHoursOwner(DATA, ['commune', 'district', 'province-agency'])).toBe('district');
    expect(selectOfficeHoursOwner(DATA, ['other-commune', 'other-district'])).toBeNull();
  });

  it('builds an agency calendar over the province one', () => {
    const scoped = buildScopedCalendar(DATA, 'district');
    expect(describeDay(scoped.calendar, dayOf('2023-06-01')).periods).toEqual(HOURS);
    expect(describeDay(scoped.calendar, dayOf('2025-06-02')).periods).toEqual(DESK);
  });

  it('applies an official year, replacing the provisional one', () => {
    const applied = applyCalendarChange(
      { ...DATA, years: [{ year: 2027, status: 'PROVISIONAL', days: [] }] },
      {
        kind: 'year-schedule',
        year: 2027,
        days: [{ date: '2027-02-08', kind: 'HOLIDAY', name: 'Tết Nguyên Đán' }],
      },
    );
    expect(applied.ok && applied.data.years).toEqual([
      {
        year: 2027,
        status: 'OFFICIAL',
        days: [{ date: '2027-02-08', kind: 'HOLIDAY', name: 'Tết Nguyên Đán' }],
      },
    ]);
  });

  it('applies an office-hours rule to its scope only, and reports a conflict', () => {
    const applied = applyCalendarChange(DATA, {
      kind: 'office-hours',
      agencyId: null,
      change: { kind: 'create', rule: { id: 'new', validFrom: '2026-01-01', periods: DESK } },
    });
    expect(applied.ok && applied.data.officeHours).toEqual([
      DATA.officeHours[1],
      { ...DATA.officeHours[0], validTo: '2025-12-31' },
      { id: 'new', agencyId: null, validFrom: '2026-01-01', periods: DESK },
    ]);
    const conflicting = applyCalendarChange(DATA, {
      kind: 'office-hours',
      agencyId: 'district',
      change: {
        kind: 'create',
        rule: { id: 'early', validFrom: '2023-01-01', validTo: '2024-06-30', periods: DESK },
      },
    });
    expect(conflicting.ok).toBe(false);
  });
});
