import { createTestApp, type TestApp } from '../../test/support/test-app';
import { CalendarService } from '../../src/modules/calendar';
import { CalendarYearsService } from '../../src/modules/calendar/years/calendar-years.service';
import { type SeedContext } from '../seed';
import { calendarSeed } from './calendar.seed';

// The breaks of domain.md's schedule table: runs of days off (weekends included) that hold at
// least one day off other than a plain weekend, cut at the year's edges.
const BREAKS: Record<number, string[]> = {
  2020: ['01-01', '01-23..01-29', '04-02', '04-30..05-03', '09-02'],
  2021: ['01-01..01-03', '02-10..02-16', '04-21', '04-30..05-03', '09-02..09-05'],
  2022: ['01-01..01-03', '01-29..02-06', '04-09..04-11', '04-30..05-03', '09-01..09-04'],
  2023: ['01-01..01-02', '01-20..01-26', '04-29..05-03', '09-01..09-04'],
  2024: ['01-01', '02-08..02-14', '04-18', '04-27..05-01', '08-31..09-03'],
  2025: ['01-01', '01-25..02-02', '04-05..04-07', '04-30..05-04', '08-30..09-02'],
  2026: ['01-01..01-04', '02-14..02-22', '04-25..04-27', '04-30..05-03', '08-29..09-02'],
};

// The calendar seed reads only `log` from its context.
const QUIET_CONTEXT = { log: () => undefined } as unknown as SeedContext;

const MAKEUP_SATURDAYS = ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'];

async function listBreaks(calendar: CalendarService, year: number): Promise<string[]> {
  const { days } = await calendar.describeDays(`${year}-01-01`, `${year}-12-31`);
  const breaks: string[] = [];
  let run: typeof days = [];
  for (const day of [...days, null]) {
    if (day && !day.working) {
      run = [...run, day];
      continue;
    }
    if (run.some((offDay) => offDay.kind !== 'WEEKEND')) {
      const [first, last] = [run[0].date.slice(5), run[run.length - 1].date.slice(5)];
      breaks.push(first === last ? first : `${first}..${last}`);
    }
    run = [];
  }
  return breaks;
}

async function countRows(testApp: TestApp): Promise<Record<string, number>> {
  const [row] = await testApp.dataSource.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM calendar_years) AS years, (SELECT count(*)::int FROM calendar_days) AS days,
            (SELECT count(*)::int FROM office_hours) AS office_hours, (SELECT revision FROM calendar_revisions) AS revision`,
  );
  return row;
}

describe('calendar seed', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('stores 2020–2026 as official and 2015–2019, 2027–2040 as provisional', async () => {
    const rows = await testApp.dataSource.query<Array<{ year: number; status: string }>>(
      'SELECT year, status FROM calendar_years ORDER BY year',
    );
    expect(rows.map((row) => row.year)).toEqual(Array.from({ length: 26 }, (_unused, index) => 2015 + index));
    const official = rows.filter((row) => row.status === 'OFFICIAL').map((row) => row.year);
    expect(official).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(Object.entries(BREAKS))('gives the breaks of domain.md for %s', async (year, expected) => {
    await expect(listBreaks(testApp.app.get(CalendarService), Number(year))).resolves.toEqual(expected);
  });

  it('works the make-up Saturdays', async () => {
    const calendar = testApp.app.get(CalendarService);
    for (const date of MAKEUP_SATURDAYS) {
      const { days } = await calendar.describeDays(date, date);
      expect(days[0]).toMatchObject({ working: true, kind: 'MAKEUP_WORKDAY' });
    }
  });

  it('records a verified document only for 2024 and never invents a number', async () => {
    const rows = await testApp.dataSource.query<
      Array<{ year: number; source_document_number: string | null }>
    >('SELECT year, source_document_number FROM calendar_years WHERE source_document_number IS NOT NULL');
    expect(rows).toEqual([{ year: 2024, source_document_number: '5015/TB-LĐTBXH' }]);
  });

  it('changes nothing when run again, and leaves a year an administrator entered alone', async () => {
    await testApp.app.get(CalendarYearsService).replaceYear(2030, {
      documentNumber: 'TEST/2030',
      documentDate: '2029-11-01',
      days: [{ date: '2030-02-01', kind: 'HOLIDAY', name: 'Tết Nguyên Đán' }],
    });
    const before = await countRows(testApp);
    await testApp.dataSource.transaction((manager) => calendarSeed.run(manager, QUIET_CONTEXT));
    expect(await countRows(testApp)).toEqual(before);
    const [year] = await testApp.dataSource.query<Array<{ status: string }>>(
      'SELECT status FROM calendar_years WHERE year = 2030',
    );
    expect(year.status).toBe('OFFICIAL');
  });
});
