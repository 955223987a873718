import { assembleCalendarDefinition, proposeProvisionalDays } from './calendar-assembly';
import { buildWorkingCalendar, describeDay } from './engine';
import { parseIsoDate, toDayNumber } from './local-date';

const PROVINCE = [{ validFrom: '2015-01-01', periods: [{ start: '07:30', end: '17:00' }] }];

function describeDate(date: string, years = [] as Parameters<typeof assembleCalendarDefinition>[0]['years']) {
  const { definition } = assembleCalendarDefinition({ years, provinceHours: PROVINCE, agencyHours: [] });
  return describeDay(buildWorkingCalendar(definition), toDayNumber(parseIsoDate(date)!));
}

describe('assembling the calendar from stored years', () => {
  it('covers 2015–2100 and proposes the years nobody stored', () => {
    const { definition, provisionalYears } = assembleCalendarDefinition({
      years: [],
      provinceHours: PROVINCE,
      agencyHours: [],
    });
    expect([definition.firstDate, definition.lastDate]).toEqual(['2015-01-01', '2100-12-31']);
    expect(provisionalYears.size).toBe(86);
    // Tết 2090 by the proposal rule, marked provisional.
    const day = describeDate(
      proposeProvisionalDays(2090).find((entry) => entry.name.includes('mùng 1'))!.date,
    );
    expect(day).toMatchObject({ kind: 'HOLIDAY', provisional: true });
  });

  it('uses an official year as stored: its days are not provisional, nor the year', () => {
    const years = [
      {
        year: 2025,
        status: 'OFFICIAL' as const,
        days: [{ date: '2025-05-02', kind: 'DAY_OFF' as const, name: 'Nghỉ hoán đổi' }],
      },
    ];
    const { provisionalYears } = assembleCalendarDefinition({
      years,
      provinceHours: PROVINCE,
      agencyHours: [],
    });
    expect(provisionalYears.has(2025)).toBe(false);
    expect(describeDate('2025-05-02', years)).toMatchObject({ kind: 'DAY_OFF', provisional: false });
    // An official year holds only what was entered: 1/1/2025 is not in this one.
    expect(describeDate('2025-01-01', years).kind).toBe('WORKDAY');
  });

  it('marks the days of a stored provisional year provisional', () => {
    const years = [{ year: 2030, status: 'PROVISIONAL' as const, days: proposeProvisionalDays(2030) }];
    expect(describeDate('2030-09-02', years)).toMatchObject({ kind: 'HOLIDAY', provisional: true });
  });
});
