import { parseIsoDate, toDayNumber } from '../local-date';
import { type CalendarDefinition } from './calendar-definition';
import { describeDay } from './describe-day';
import { buildPhuYenDefinition, PHU_YEN_OFFICE_HOURS } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';
import { CalendarDefinitionError } from './working-calendar.errors';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition('2027-12-31'));

function describeDate(date: string): ReturnType<typeof describeDay> {
  return describeDay(phuYen, toDayNumber(parseIsoDate(date)!));
}

describe('the Phú Yên working calendar', () => {
  it('describes make-up Saturday 26/4/2025 as a working day with the office hours of 2025', () => {
    expect(describeDate('2025-04-26')).toEqual({
      date: '2025-04-26',
      dayNumber: toDayNumber({ year: 2025, month: 4, day: 26 }),
      kind: 'MAKEUP_WORKDAY',
      isWorkingDay: true,
      name: 'Làm bù cho thứ Sáu 02/5',
      source: 'domain.md, official civil-servant schedule',
      provisional: false,
      periods: [
        { start: '07:30', end: '12:00' },
        { start: '13:30', end: '17:00' },
      ],
      officeMinutes: 480,
    });
  });

  it('describes swapped Friday 2/5/2025 as a day off without office hours', () => {
    expect(describeDate('2025-05-02')).toMatchObject({
      kind: 'DAY_OFF',
      isWorkingDay: false,
      periods: [],
      officeMinutes: 0,
    });
  });

  it('keeps the 07:00 opening until 31/10/2021 and 07:30 from 1/11/2021', () => {
    expect(describeDate('2021-10-29').periods[0]).toEqual({ start: '07:00', end: '11:30' });
    expect(describeDate('2021-11-01').periods[0]).toEqual({ start: '07:30', end: '12:00' });
  });

  it('describes an ordinary Sunday as a weekend without a name', () => {
    expect(describeDate('2025-06-08')).toMatchObject({
      kind: 'WEEKEND',
      isWorkingDay: false,
      provisional: false,
    });
    expect(describeDate('2025-06-08')).not.toHaveProperty('name');
  });

  it('marks the proposed Tết 2027 as provisional', () => {
    expect(describeDate('2027-02-08')).toMatchObject({
      kind: 'HOLIDAY',
      provisional: true,
      name: 'Tết Nguyên Đán',
    });
  });

  it('refuses to describe a day outside the calendar', () => {
    expect(() => describeDate('2028-01-01')).toThrow(RangeError);
  });
});

describe('calendar definitions an administrator may get wrong', () => {
  const base: CalendarDefinition = {
    firstDate: '2025-01-01',
    lastDate: '2025-12-31',
    overrides: [],
    officeHours: PHU_YEN_OFFICE_HOURS,
  };

  it.each<[string, Partial<CalendarDefinition>, string]>([
    ['an impossible date', { lastDate: '2025-02-30' }, 'INVALID_DATE'],
    ['a last date before the first', { lastDate: '2024-12-31' }, 'INVALID_RANGE'],
    [
      'two overrides on one date',
      {
        overrides: [
          { date: '2025-09-02', kind: 'HOLIDAY', name: 'Quốc khánh' },
          { date: '2025-09-02', kind: 'DAY_OFF', name: 'Nghỉ' },
        ],
      },
      'DUPLICATE_OVERRIDE',
    ],
    [
      'overlapping office-hours rules',
      {
        officeHours: [
          ...PHU_YEN_OFFICE_HOURS,
          { validFrom: '2025-06-01', periods: [{ start: '08:00', end: '16:00' }] },
        ],
      },
      'OVERLAPPING_OFFICE_HOURS',
    ],
    ['working days without office hours', { officeHours: [PHU_YEN_OFFICE_HOURS[0]] }, 'MISSING_OFFICE_HOURS'],
    [
      'a reversed office period',
      { officeHours: [{ validFrom: '2025-01-01', periods: [{ start: '17:00', end: '13:30' }] }] },
      'INVALID_OFFICE_HOURS',
    ],
    [
      'office hours valid to a date before they start',
      { officeHours: [{ ...PHU_YEN_OFFICE_HOURS[1], validFrom: '2025-01-01', validTo: '2024-12-31' }] },
      'INVALID_OFFICE_HOURS',
    ],
    [
      'a malformed clock time',
      { officeHours: [{ validFrom: '2025-01-01', periods: [{ start: '7:30', end: '12:00' }] }] },
      'INVALID_OFFICE_HOURS',
    ],
  ])('rejects %s with a coded error', (_case, change, code) => {
    const build = (): unknown => buildWorkingCalendar({ ...base, ...change });
    expect(build).toThrow(CalendarDefinitionError);
    expect(build).toThrow(expect.objectContaining({ code }));
  });

  it('ignores overrides outside its range (a holiday list may cover more years)', () => {
    const cal = buildWorkingCalendar({
      ...base,
      overrides: [{ date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' }],
    });
    expect(cal.dayCount).toBe(365);
  });

  it('takes another weekend when told (a desk open on Saturday, closed on Monday)', () => {
    const cal = buildWorkingCalendar({ ...base, weekendDays: [0, 1] });
    expect(describeDay(cal, toDayNumber({ year: 2025, month: 6, day: 7 })).kind).toBe('WORKDAY');
    expect(describeDay(cal, toDayNumber({ year: 2025, month: 6, day: 9 })).kind).toBe('WEEKEND');
  });
});
