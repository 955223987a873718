import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { CalendarService, type DeadlineQuery } from './calendar.service';
import { type DeadlineUnit } from './domain/engine';
import { formatVietnamInstant, parseInstant } from './domain/vietnam-instant';
import { OfficeHoursService } from './office-hours/office-hours.service';
import { CalendarYearsService } from './years/calendar-years.service';

const at = (text: string) => parseInstant(`${text}+07:00`)!;

async function findDue(
  service: CalendarService,
  start: string,
  amount: number,
  unit: DeadlineUnit,
  extra: Partial<DeadlineQuery> = {},
) {
  const result = await service.computeDeadline({ startMs: at(start), amount, unit, ...extra });
  return { dueAt: formatVietnamInstant(result.dueAtMs), provisional: result.provisional };
}

async function findAgencyPair(testApp: TestApp): Promise<{ parentId: string; childId: string }> {
  const [row] = await testApp.dataSource.query<Array<{ parent_id: string; child_id: string }>>(
    `SELECT ancestor_id AS parent_id, descendant_id AS child_id FROM agency_closure WHERE depth = 1 ORDER BY descendant_id LIMIT 1`,
  );
  return { parentId: row.parent_id, childId: row.child_id };
}

describe('CalendarService on the seeded Phú Yên calendar', () => {
  let testApp: TestApp;
  let calendar: CalendarService;

  beforeAll(async () => {
    testApp = await createTestApp();
    calendar = testApp.app.get(CalendarService);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('3 working days from Friday 16:00 before Tết 2025 end Wednesday 5/2 16:00', async () => {
    await expect(findDue(calendar, '2025-01-24T16:00:00', 3, 'WORKING_DAYS')).resolves.toEqual({
      dueAt: '2025-02-05T16:00:00+07:00',
      provisional: false,
    });
  });

  it('counts the 2024 make-up Saturday 4/5 and skips the swapped Monday 29/4', async () => {
    await expect(findDue(calendar, '2024-04-26T09:00:00', 2, 'WORKING_DAYS')).resolves.toEqual({
      dueAt: '2024-05-03T09:00:00+07:00',
      provisional: false,
    });
    await expect(findDue(calendar, '2024-05-03T09:00:00', 1, 'WORKING_DAYS')).resolves.toMatchObject({
      dueAt: '2024-05-04T09:00:00+07:00',
    });
  });

  it('uses the office hours of the day: 07:00–11:30 in 2020, 07:30–12:00 from 1/11/2021', async () => {
    await expect(findDue(calendar, '2020-06-01T06:30:00', 4, 'WORKING_HOURS')).resolves.toMatchObject({
      dueAt: '2020-06-01T11:00:00+07:00',
    });
    await expect(findDue(calendar, '2021-11-01T06:30:00', 4, 'WORKING_HOURS')).resolves.toMatchObject({
      dueAt: '2021-11-01T11:30:00+07:00',
    });
  });

  it('ends a 10 calendar-day period over Tết 2026 at the end of the next working day (Civil Code art. 148)', async () => {
    // Received Wed 11/2: the 10th day is Sat 21/2, Sun 22/2 follows, so the end is Mon 23/2 24:00.
    await expect(findDue(calendar, '2026-02-11T10:00:00', 10, 'CALENDAR_DAYS')).resolves.toMatchObject({
      dueAt: '2026-02-23T23:59:59.999+07:00',
    });
  });

  it('answers provisionally across the proposed Tết 2027 and in a year nobody stored', async () => {
    // Proposed: Thu 4/2 to Mon 8/2 (Tết − 2 … Tết + 2), Tue 9 and Wed 10 given back for the weekend.
    await expect(findDue(calendar, '2027-02-03T09:00:00', 3, 'WORKING_DAYS')).resolves.toEqual({
      dueAt: '2027-02-15T09:00:00+07:00',
      provisional: true,
    });
    const days = await calendar.describeDays('2055-01-01', '2055-01-02');
    expect(days.days[0]).toMatchObject({ kind: 'HOLIDAY', working: false, provisional: true });
    const official = await calendar.describeDays('2026-02-17', '2026-02-17');
    expect(official.days[0]).toMatchObject({
      kind: 'HOLIDAY',
      name: 'Tết Nguyên Đán (mùng 1 tháng Giêng)',
      lunar: { day: 1, month: 1, year: 2026, leap: false },
      provisional: false,
    });
  });

  it('refuses absurd amounts and starts outside the calendar with 400 problems', async () => {
    await expect(findDue(calendar, '2025-01-24T16:00:00', 366, 'WORKING_DAYS')).rejects.toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'amount', message: expect.any(String) }],
    });
    await expect(findDue(calendar, '2014-12-31T09:00:00', 1, 'WORKING_DAYS')).rejects.toMatchObject({
      kind: 'invalid',
      code: 'calendar-outside-range',
    });
    await expect(findDue(calendar, '2100-12-30T09:00:00', 10, 'WORKING_DAYS')).rejects.toMatchObject({
      code: 'calendar-outside-range',
    });
  });

  it('refuses an agency the organisation tree does not know with 404', async () => {
    await expect(
      findDue(calendar, '2025-06-02T09:00:00', 1, 'WORKING_DAYS', {
        agencyId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ kind: 'not-found', code: 'calendar-agency-not-found' });
  });

  it("gives an agency its own office hours and its sub-units their nearest ancestor's", async () => {
    const { parentId, childId } = await findAgencyPair(testApp);
    const officeHours = testApp.app.get(OfficeHoursService);
    const rule = await officeHours.create(parentId, {
      validFrom: '2025-01-01',
      periods: [{ start: '07:00', end: '19:00' }],
    });
    try {
      for (const agencyId of [parentId, childId]) {
        await expect(
          findDue(calendar, '2025-06-02T18:00:00', 1, 'WORKING_HOURS', { agencyId }),
        ).resolves.toMatchObject({
          dueAt: '2025-06-02T19:00:00+07:00',
        });
      }
      await expect(calendar.findOfficeHoursFor(childId)).resolves.toMatchObject({
        officeHoursAgencyId: parentId,
      });
      // The province default is untouched: 18:00 is after hours, so the hour starts next morning.
      await expect(findDue(calendar, '2025-06-02T18:00:00', 1, 'WORKING_HOURS')).resolves.toMatchObject({
        dueAt: '2025-06-03T08:30:00+07:00',
      });
    } finally {
      await officeHours.remove(rule.id);
    }
  });
});

describe('the calendar cache across app instances', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp({ databaseUrl: first.database!.url });
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it("sees another instance's official 2027 schedule through the revision counter", async () => {
    const calendar = first.app.get(CalendarService);
    const before = await findDue(calendar, '2027-02-03T09:00:00', 3, 'WORKING_DAYS');
    expect(before).toEqual({ dueAt: '2027-02-15T09:00:00+07:00', provisional: true });

    // Another instance enters a (made-up) official schedule: off Fri 5/2, Mon 8/2 and Tue 9/2.
    await second.app.get(CalendarYearsService).replaceYear(2027, {
      documentNumber: 'TEST/2027',
      documentDate: '2026-11-01',
      days: ['2027-02-05', '2027-02-08', '2027-02-09'].map((date) => ({
        date,
        kind: 'HOLIDAY' as const,
        name: 'Tết Nguyên Đán',
      })),
    });

    await expect(findDue(calendar, '2027-02-03T09:00:00', 3, 'WORKING_DAYS')).resolves.toEqual({
      dueAt: '2027-02-11T09:00:00+07:00',
      provisional: false,
    });
  });

  it('keeps serving the cached calendar while the revision is unchanged', async () => {
    const calendar = first.app.get(CalendarService);
    await findDue(calendar, '2025-06-02T09:00:00', 1, 'WORKING_DAYS');
    // A change written without counting the revision is invisible: proof the cache is used.
    await second.dataSource.query(
      `INSERT INTO calendar_days (date, year, kind, name) VALUES ('2025-06-03', 2025, 'DAY_OFF', 'Thử')`,
    );
    await expect(findDue(calendar, '2025-06-02T09:00:00', 1, 'WORKING_DAYS')).resolves.toMatchObject({
      dueAt: '2025-06-03T09:00:00+07:00',
    });
    await second.dataSource.query('UPDATE calendar_revisions SET revision = revision + 1');
    await expect(findDue(calendar, '2025-06-02T09:00:00', 1, 'WORKING_DAYS')).resolves.toMatchObject({
      dueAt: '2025-06-04T09:00:00+07:00',
    });
  });
});
