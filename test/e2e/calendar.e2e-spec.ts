import { createTestApp, type TestApp } from '../support/test-app';

const fieldsOf = (body: unknown): string[] =>
  (body as { errors: Array<{ field: string }> }).errors.map((error) => error.field);

const UNKNOWN_AGENCY = '00000000-0000-4000-8000-000000000000';

describe('calendar: public reads', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /api/v1/calendar/days', () => {
    it('lists Tết 2025 with lunar dates and office periods, anonymously', async () => {
      const response = await testApp.http().get('/api/v1/calendar/days?from=2025-01-24&to=2025-02-03');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ from: '2025-01-24', to: '2025-02-03', agencyId: null });
      expect(response.body.days).toHaveLength(11);
      expect(response.body.days[0]).toEqual({
        date: '2025-01-24',
        working: true,
        kind: 'WORKDAY',
        name: null,
        lunar: { day: 25, month: 12, year: 2024, leap: false },
        provisional: false,
        periods: [
          { start: '07:30', end: '12:00' },
          { start: '13:30', end: '17:00' },
        ],
      });
      expect(response.body.days[5]).toMatchObject({
        date: '2025-01-29',
        working: false,
        kind: 'HOLIDAY',
        name: 'Tết Nguyên Đán (mùng 1 tháng Giêng)',
        lunar: { day: 1, month: 1, year: 2025, leap: false },
        periods: [],
      });
    });

    it('marks days of a year without an official schedule provisional', async () => {
      const response = await testApp.http().get('/api/v1/calendar/days?from=2027-02-06&to=2027-02-06');
      expect(response.body.days[0]).toMatchObject({ kind: 'HOLIDAY', provisional: true });
    });

    it('accepts a range of exactly 3 years (1,096 days)', async () => {
      const response = await testApp.http().get('/api/v1/calendar/days?from=2024-01-01&to=2026-12-31');
      expect(response.status).toBe(200);
      expect(response.body.days).toHaveLength(1096);
    });

    it.each([
      ['a range longer than 3 years', 'from=2024-01-01&to=2027-01-01', 'to'],
      ['from after to', 'from=2025-02-01&to=2025-01-01', 'to'],
      ['an impossible date', 'from=2025-02-30&to=2025-03-01', 'from'],
      ['a malformed date', 'from=01/02/2025&to=2025-03-01', 'from'],
      ['a missing bound', 'from=2025-01-01', 'to'],
      ['a year before the calendar', 'from=2014-12-31&to=2015-01-02', 'from'],
      ['a year after the calendar', 'from=2100-12-31&to=2101-01-01', 'to'],
      ['an agency id that is not a UUID', 'from=2025-01-01&to=2025-01-02&agencyId=7', 'agencyId'],
      ['an unknown parameter', 'from=2025-01-01&to=2025-01-02&zone=UTC', 'zone'],
    ])('refuses %s with 400 problem+json naming the field', async (_what, query, field) => {
      const response = await testApp.http().get(`/api/v1/calendar/days?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('answers 404 for an agency the organisation tree does not know', async () => {
      const response = await testApp
        .http()
        .get(`/api/v1/calendar/days?from=2025-01-01&to=2025-01-02&agencyId=${UNKNOWN_AGENCY}`);
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:mot-cua:problem:calendar-agency-not-found');
    });
  });

  describe('GET /api/v1/calendar/deadline', () => {
    it('3 working days from Friday 16:00 before Tết 2025 are due Wednesday 5/2 16:00, explained', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2025-01-24T16:00:00+07:00', amount: 3, unit: 'WORKING_DAYS' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        start: '2025-01-24T16:00:00+07:00',
        effectiveStart: '2025-01-24T16:00:00+07:00',
        dueAt: '2025-02-05T16:00:00+07:00',
        provisional: false,
        explanation: { unit: 'WORKING_DAYS', amount: 3, online: false, startAdjustment: 'NONE' },
      });
      const { skippedDays } = (
        response.body as { explanation: { skippedDays: Array<{ date: string; reason: string }> } }
      ).explanation;
      const skipped = skippedDays.map((day) => [day.date, day.reason]);
      expect(skipped).toContainEqual(['2025-01-29', 'HOLIDAY']);
      expect(skipped).toContainEqual(['2025-01-25', 'WEEKEND']);
      expect(response.body.explanation.rule).toContain('Nghị định 61/2018');
    });

    it('reads a UTC start and answers in +07:00', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2025-06-09T02:00:00Z', amount: 3, unit: 'WORKING_DAYS' });
      expect(response.body).toMatchObject({
        start: '2025-06-09T09:00:00+07:00',
        dueAt: '2025-06-12T09:00:00+07:00',
      });
    });

    it('counts an online submission on Saturday from Monday morning', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2025-06-07T10:00:00+07:00', amount: 1, unit: 'WORKING_DAYS', online: 'true' });
      expect(response.body).toMatchObject({
        effectiveStart: '2025-06-09T07:30:00+07:00',
        dueAt: '2025-06-09T17:00:00+07:00',
        explanation: { online: true, startAdjustment: 'DAY_OFF' },
      });
    });

    it('ends calendar days at the end of the next working day (Civil Code art. 148)', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2026-02-11T10:00:00+07:00', amount: 10, unit: 'CALENDAR_DAYS' });
      expect(response.body).toMatchObject({
        dueAt: '2026-02-23T23:59:59.999+07:00',
        explanation: { periodEnd: { lastDate: '2026-02-21', closingDate: '2026-02-23' } },
      });
    });

    it('says a deadline across the proposed Tết 2027 is provisional', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2027-02-03T09:00:00+07:00', amount: 3, unit: 'WORKING_DAYS' });
      expect(response.body).toMatchObject({ dueAt: '2027-02-15T09:00:00+07:00', provisional: true });
    });

    it.each([
      ['an unknown unit', { start: '2025-01-24T16:00:00+07:00', amount: 3, unit: 'WEEKS' }, 'unit'],
      [
        'a negative amount',
        { start: '2025-01-24T16:00:00+07:00', amount: -1, unit: 'WORKING_DAYS' },
        'amount',
      ],
      [
        'an absurd amount',
        { start: '2025-01-24T16:00:00+07:00', amount: 366, unit: 'WORKING_DAYS' },
        'amount',
      ],
      ['121 months', { start: '2025-01-24T16:00:00+07:00', amount: 121, unit: 'MONTHS' }, 'amount'],
      [
        'a fractional day',
        { start: '2025-01-24T16:00:00+07:00', amount: 1.5, unit: 'WORKING_DAYS' },
        'amount',
      ],
      [
        'a non-numeric amount',
        { start: '2025-01-24T16:00:00+07:00', amount: 'ba', unit: 'WORKING_DAYS' },
        'amount',
      ],
      ['a start without offset', { start: '2025-01-24T16:00:00', amount: 3, unit: 'WORKING_DAYS' }, 'start'],
      [
        'an impossible start',
        { start: '2025-02-29T16:00:00+07:00', amount: 3, unit: 'WORKING_DAYS' },
        'start',
      ],
      [
        'a start before 2015',
        { start: '2014-06-02T09:00:00+07:00', amount: 3, unit: 'WORKING_DAYS' },
        'start',
      ],
      [
        'online=yes',
        { start: '2025-01-24T16:00:00+07:00', amount: 3, unit: 'WORKING_DAYS', online: 'yes' },
        'online',
      ],
    ])('refuses %s with 400', async (_what, query, field) => {
      const response = await testApp.http().get('/api/v1/calendar/deadline').query(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('refuses a deadline running past the end of the calendar with 400', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/deadline')
        .query({ start: '2100-12-20T09:00:00+07:00', amount: 30, unit: 'WORKING_DAYS' });
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:mot-cua:problem:calendar-outside-range');
    });
  });

  describe('lunar and solar conversions', () => {
    it('gives Tết 2030, where Vietnam (2/2) differs from China', async () => {
      const response = await testApp.http().get('/api/v1/calendar/lunar/2030-02-02');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        date: '2030-02-02',
        lunar: { day: 1, month: 1, year: 2030, leap: false },
      });
    });

    it('finds Hùng Kings day 2026 (10/3 lunar) on 26/4', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/solar')
        .query({ lunarYear: 2026, lunarMonth: 3, lunarDay: 10 });
      expect(response.body).toEqual({
        date: '2026-04-26',
        lunar: { day: 10, month: 3, year: 2026, leap: false },
      });
    });

    it('converts a day of the 2033 leap month 11', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/solar')
        .query({ lunarYear: 2033, lunarMonth: 11, lunarDay: 1, leap: 'true' });
      expect(response.body.date).toBe('2033-12-22');
    });

    it.each([
      ['/api/v1/calendar/lunar/2025-13-01', 'date'],
      ['/api/v1/calendar/lunar/1899-12-31', 'date'],
      ['/api/v1/calendar/solar?lunarYear=1899&lunarMonth=1&lunarDay=1', 'lunarYear'],
      ['/api/v1/calendar/solar?lunarYear=2025&lunarMonth=13&lunarDay=1', 'lunarMonth'],
      ['/api/v1/calendar/solar?lunarYear=2025&lunarMonth=1', 'lunarDay'],
    ])('refuses %s with 400', async (path, field) => {
      const response = await testApp.http().get(path);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('refuses a leap month the year does not have with 400', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/solar')
        .query({ lunarYear: 2025, lunarMonth: 2, lunarDay: 1, leap: 'true' });
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:mot-cua:problem:lunar-date-not-found');
    });
  });
});
