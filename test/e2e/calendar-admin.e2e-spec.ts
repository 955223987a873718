import { bearer, staffToken } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

interface DaysBody {
  days: Array<{ date: string }>;
}

const fieldsOf = (body: unknown): string[] =>
  (body as { errors: Array<{ field: string }> }).errors.map((error) => error.field);

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PROVINCE_HOURS = [
  { start: '07:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
];
const SUMMER_HOURS = [
  { start: '07:00', end: '11:30' },
  { start: '14:00', end: '17:30' },
];

// A made-up official 2027 schedule: Tết off Friday 5/2 to Wednesday 10/2 (weekdays only stored).
const OFFICIAL_2027 = {
  source: { documentNumber: 'TEST-01/2027', documentDate: '2026-10-20', title: 'Thông báo thử nghiệm' },
  note: 'Dữ liệu kiểm thử',
  days: [
    { date: '2027-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
    ...['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
      date,
      kind: 'HOLIDAY',
      name: 'Tết Nguyên Đán',
    })),
    { date: '2027-02-11', kind: 'DAY_OFF', name: 'Nghỉ hoán đổi' },
    { date: '2027-02-20', kind: 'MAKEUP_WORKDAY', name: 'Làm bù cho thứ Năm 11/2' },
  ],
};

describe('calendar: administration', () => {
  let testApp: TestApp;
  let agencyId: string;
  let admin: [string, string];
  let clerk: [string, string];

  beforeAll(async () => {
    testApp = await createTestApp();
    const [row] = await testApp.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM agencies ORDER BY key LIMIT 1',
    );
    agencyId = row.id;
    admin = bearer(staffToken(testApp, ['ADMIN'], agencyId));
    clerk = bearer(staffToken(testApp, ['CLERK'], agencyId));
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function countAudit(action: string, targetId?: string): Promise<number> {
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = $1 AND ($2::text IS NULL OR target_id = $2)`,
      [action, targetId ?? null],
    );
    return row.count;
  }

  const readRevision = async () =>
    (
      await testApp.dataSource.query<Array<{ revision: number }>>('SELECT revision FROM calendar_revisions')
    )[0].revision;

  describe('authorisation', () => {
    // Three entries each: with fewer, Jest would pass its `done` callback as the body.
    const routes: Array<[string, string, object | undefined]> = [
      ['get', '/api/v1/calendar/years/2027', undefined],
      ['put', '/api/v1/calendar/years/2027', OFFICIAL_2027],
      ['get', '/api/v1/calendar/office-hours', undefined],
      ['post', '/api/v1/calendar/office-hours', { validFrom: '2030-01-01', periods: PROVINCE_HOURS }],
      [
        'put',
        `/api/v1/calendar/office-hours/${UNKNOWN_ID}`,
        { validFrom: '2030-01-01', periods: PROVINCE_HOURS },
      ],
      ['delete', `/api/v1/calendar/office-hours/${UNKNOWN_ID}`, undefined],
      ['post', '/api/v1/calendar/recompute-preview', { change: {}, deadlines: [] }],
    ];

    it.each(routes)('%s %s is 401 for an anonymous caller', async (method, path, body) => {
      const request = testApp.http()[method as 'get'](path);
      const response = await (body ? request.send(body) : request);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it.each(routes)('%s %s is 403 for a desk clerk', async (method, path, body) => {
      const request = testApp
        .http()
        [method as 'get'](path)
        .set(...clerk);
      const response = await (body ? request.send(body) : request);
      expect(response.status).toBe(403);
    });
  });

  describe('years', () => {
    it('shows the official 2024 schedule with its verified notice', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/years/2024')
        .set(...admin);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        year: 2024,
        status: 'OFFICIAL',
        stored: true,
        source: { documentNumber: '5015/TB-LĐTBXH', documentDate: '2023-11-22' },
      });
      expect(response.body.days).toContainEqual({
        date: '2024-05-04',
        kind: 'MAKEUP_WORKDAY',
        name: 'Làm bù cho thứ Hai 29/4',
        source: expect.stringContaining('chưa xác minh'),
      });
    });

    it('shows a year nobody stored as the provisional proposal, with its rule', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/years/2050')
        .set(...admin);
      expect(response.body).toMatchObject({ year: 2050, status: 'PROVISIONAL', stored: false, source: null });
      expect(response.body.note).toContain('Tết Nguyên Đán 5 ngày');
      expect(response.body.days.length).toBeGreaterThan(8);
    });

    it('replaces 2027 with an official schedule: audited, counted, and visible in GET days', async () => {
      const revision = await readRevision();
      const response = await testApp
        .http()
        .put('/api/v1/calendar/years/2027')
        .set(...admin)
        .send(OFFICIAL_2027);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        year: 2027,
        status: 'OFFICIAL',
        stored: true,
        source: { documentNumber: 'TEST-01/2027', documentDate: '2026-10-20', title: 'Thông báo thử nghiệm' },
        note: 'Dữ liệu kiểm thử',
      });
      expect(response.body.days[1]).toEqual({
        date: '2027-02-05',
        kind: 'HOLIDAY',
        name: 'Tết Nguyên Đán',
        source: 'TEST-01/2027 ngày 20/10/2026',
      });
      expect(await readRevision()).toBe(revision + 1);
      expect(await countAudit('calendar.year.update', '2027')).toBe(1);

      const days = await testApp.http().get('/api/v1/calendar/days?from=2027-02-04&to=2027-02-20');
      const byDate = new Map((days.body as DaysBody).days.map((day) => [day.date, day]));
      expect(byDate.get('2027-02-04')).toMatchObject({ working: true, kind: 'WORKDAY', provisional: false });
      expect(byDate.get('2027-02-11')).toMatchObject({
        working: false,
        kind: 'DAY_OFF',
        name: 'Nghỉ hoán đổi',
      });
      expect(byDate.get('2027-02-20')).toMatchObject({ working: true, kind: 'MAKEUP_WORKDAY' });
      expect(byDate.get('2027-02-12')).toMatchObject({ working: true, kind: 'WORKDAY' });
    });

    it.each([
      ['a year out of range', '2101', OFFICIAL_2027, 'year'],
      ['a year that is not a number', 'next', OFFICIAL_2027, 'year'],
      ['a day outside the year', '2028', OFFICIAL_2027, 'days[0].date'],
      [
        'a make-up day on a weekday',
        '2027',
        { ...OFFICIAL_2027, days: [{ date: '2027-02-12', kind: 'MAKEUP_WORKDAY', name: 'Sai' }] },
        'days[0].date',
      ],
      [
        'the same date twice',
        '2027',
        { ...OFFICIAL_2027, days: [OFFICIAL_2027.days[0], OFFICIAL_2027.days[0]] },
        'days[1].date',
      ],
      [
        'an unknown kind',
        '2027',
        { ...OFFICIAL_2027, days: [{ date: '2027-01-01', kind: 'WORKDAY', name: 'Sai' }] },
        'days.0.kind',
      ],
      ['a missing source document', '2027', { days: [] }, 'source'],
      [
        'an impossible document date',
        '2027',
        { ...OFFICIAL_2027, source: { documentNumber: 'X', documentDate: '2026-02-30' } },
        'source.documentDate',
      ],
    ])('refuses %s with 400', async (_what, year, body, field) => {
      const response = await testApp
        .http()
        .put(`/api/v1/calendar/years/${year}`)
        .set(...admin)
        .send(body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    });
  });

  describe('office hours', () => {
    it('lists the seeded Phú Yên rules', async () => {
      const response = await testApp
        .http()
        .get('/api/v1/calendar/office-hours')
        .set(...admin);
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        expect.objectContaining({ agencyId: null, validFrom: '2015-01-01', validTo: '2021-10-31' }),
        expect.objectContaining({
          agencyId: null,
          validFrom: '2021-11-01',
          validTo: null,
          periods: PROVINCE_HOURS,
        }),
      ]);
    });

    it('supersedes the open-ended rule from a new rule, and reopens it when that rule is deleted', async () => {
      const created = await testApp
        .http()
        .post('/api/v1/calendar/office-hours')
        .set(...admin)
        .send({ validFrom: '2030-01-01', periods: SUMMER_HOURS });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ agencyId: null, validFrom: '2030-01-01', validTo: null });
      const list = await testApp
        .http()
        .get('/api/v1/calendar/office-hours')
        .set(...admin);
      expect(list.body[1]).toMatchObject({ validFrom: '2021-11-01', validTo: '2029-12-31' });
      const days = await testApp.http().get('/api/v1/calendar/days?from=2030-01-02&to=2030-01-02');
      expect(days.body.days[0].periods).toEqual(SUMMER_HOURS);
      expect(await countAudit('calendar.office-hours.create', created.body.id)).toBe(1);

      const removed = await testApp
        .http()
        .delete(`/api/v1/calendar/office-hours/${created.body.id}`)
        .set(...admin);
      expect(removed.status).toBe(204);
      const after = await testApp
        .http()
        .get('/api/v1/calendar/office-hours')
        .set(...admin);
      expect(after.body).toHaveLength(2);
      expect(after.body[1]).toMatchObject({ validFrom: '2021-11-01', validTo: null });
      expect(await countAudit('calendar.office-hours.delete', created.body.id)).toBe(1);
    });

    it("updates a rule's periods, audited", async () => {
      const list = await testApp
        .http()
        .get('/api/v1/calendar/office-hours')
        .set(...admin);
      const current = list.body[1];
      const updated = await testApp
        .http()
        .put(`/api/v1/calendar/office-hours/${current.id}`)
        .set(...admin)
        .send({
          validFrom: current.validFrom,
          periods: [{ start: '07:30', end: '11:30' }, ...PROVINCE_HOURS.slice(1)],
        });
      expect(updated.status).toBe(200);
      const days = await testApp.http().get('/api/v1/calendar/days?from=2025-06-02&to=2025-06-02');
      expect(days.body.days[0].periods[0]).toEqual({ start: '07:30', end: '11:30' });
      expect(await countAudit('calendar.office-hours.update', current.id)).toBe(1);
      await testApp
        .http()
        .put(`/api/v1/calendar/office-hours/${current.id}`)
        .set(...admin)
        .send({ validFrom: current.validFrom, periods: PROVINCE_HOURS });
    });

    it('gives an agency its own hours, and refuses an unknown agency with 404', async () => {
      const created = await testApp
        .http()
        .post('/api/v1/calendar/office-hours')
        .set(...admin)
        .send({ agencyId, validFrom: '2025-01-01', validTo: '2025-12-31', periods: SUMMER_HOURS });
      expect(created.status).toBe(201);
      const days = await testApp
        .http()
        .get(`/api/v1/calendar/days?from=2025-06-02&to=2025-06-02&agencyId=${agencyId}`);
      expect(days.body).toMatchObject({ agencyId, officeHoursAgencyId: agencyId });
      expect(days.body.days[0].periods).toEqual(SUMMER_HOURS);
      const mine = await testApp
        .http()
        .get(`/api/v1/calendar/office-hours?agencyId=${agencyId}`)
        .set(...admin);
      expect(mine.body).toEqual([expect.objectContaining({ id: created.body.id, agencyId })]);
      await testApp
        .http()
        .delete(`/api/v1/calendar/office-hours/${created.body.id}`)
        .set(...admin);

      const unknown = await testApp
        .http()
        .post('/api/v1/calendar/office-hours')
        .set(...admin)
        .send({ agencyId: UNKNOWN_ID, validFrom: '2025-01-01', periods: SUMMER_HOURS });
      expect(unknown.status).toBe(404);
    });

    it('refuses changes that leave working days without office hours, or overlap, with 409', async () => {
      const list = await testApp
        .http()
        .get('/api/v1/calendar/office-hours')
        .set(...admin);
      const gap = await testApp
        .http()
        .put(`/api/v1/calendar/office-hours/${list.body[1].id}`)
        .set(...admin)
        .send({ validFrom: '2022-01-01', periods: PROVINCE_HOURS });
      expect(gap.status).toBe(409);
      expect(gap.body.type).toBe('urn:mot-cua:problem:calendar-definition-rejected');
      expect(gap.body.detail).toContain('2021-11-01');
      const overlap = await testApp
        .http()
        .post('/api/v1/calendar/office-hours')
        .set(...admin)
        .send({ validFrom: '2020-01-01', validTo: '2020-12-31', periods: PROVINCE_HOURS });
      expect(overlap.status).toBe(409);
      expect(overlap.body.type).toBe('urn:mot-cua:problem:office-hours-conflict');
      const removeFirst = await testApp
        .http()
        .delete(`/api/v1/calendar/office-hours/${list.body[0].id}`)
        .set(...admin);
      expect(removeFirst.status).toBe(409);
    });

    it.each([
      [
        'unordered periods',
        { validFrom: '2030-01-01', periods: [PROVINCE_HOURS[1], PROVINCE_HOURS[0]] },
        'periods',
      ],
      [
        'overlapping periods',
        {
          validFrom: '2030-01-01',
          periods: [
            { start: '07:00', end: '12:00' },
            { start: '11:00', end: '17:00' },
          ],
        },
        'periods',
      ],
      [
        'a malformed time',
        { validFrom: '2030-01-01', periods: [{ start: '7h30', end: '12:00' }] },
        'periods.0.start',
      ],
      ['no period', { validFrom: '2030-01-01', periods: [] }, 'periods'],
      [
        'validTo before validFrom',
        { validFrom: '2030-01-01', validTo: '2029-01-01', periods: PROVINCE_HOURS },
        'validTo',
      ],
      ['an impossible date', { validFrom: '2030-02-30', periods: PROVINCE_HOURS }, 'validFrom'],
    ])('refuses %s with 400', async (_what, body, field) => {
      const response = await testApp
        .http()
        .post('/api/v1/calendar/office-hours')
        .set(...admin)
        .send(body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    });

    it('answers 404 for an unknown rule and 400 for an id that is not a UUID', async () => {
      const body = { validFrom: '2030-01-01', periods: PROVINCE_HOURS };
      expect(
        (
          await testApp
            .http()
            .put(`/api/v1/calendar/office-hours/${UNKNOWN_ID}`)
            .set(...admin)
            .send(body)
        ).status,
      ).toBe(404);
      expect(
        (
          await testApp
            .http()
            .delete('/api/v1/calendar/office-hours/42')
            .set(...admin)
        ).status,
      ).toBe(400);
    });
  });

  describe('recompute preview', () => {
    const deadlines = [
      { id: 'across-tet', start: '2028-01-20T09:00:00+07:00', amount: 5, unit: 'WORKING_DAYS' },
      { id: 'summer', start: '2028-06-05T09:00:00+07:00', amount: 5, unit: 'WORKING_DAYS' },
      {
        id: 'paused',
        start: '2028-01-17T09:00:00+07:00',
        amount: 10,
        unit: 'WORKING_DAYS',
        pauses: [{ from: '2028-01-18T09:00:00+07:00' }],
      },
    ];
    // A made-up official 2028 placing Tết a week earlier than the proposal (Tết is 26/1/2028).
    const earlierTet = {
      year: 2028,
      days: ['2028-01-17', '2028-01-18', '2028-01-19', '2028-01-20', '2028-01-21'].map((date) => ({
        date,
        kind: 'HOLIDAY',
        name: 'Tết Nguyên Đán',
      })),
    };

    it('lists the deadline that moves and by how much, and saves nothing', async () => {
      const revision = await readRevision();
      const response = await testApp
        .http()
        .post('/api/v1/calendar/recompute-preview')
        .set(...admin)
        .send({ change: { yearSchedule: earlierTet }, deadlines });
      expect(response.status).toBe(200);
      const { changes } = response.body as {
        changes: Array<{ id: string; oldDueAt: string; newDueAt: string }>;
      };
      const moved = changes.find((change) => change.id === 'across-tet')!;
      expect(moved).toMatchObject({ provisionalBefore: true, provisionalAfter: false });
      expect(moved.oldDueAt).not.toBe(moved.newDueAt);
      expect(changes.map((change) => change.id)).not.toContain('summer');
      expect(response.body.unchangedCount).toBe(3 - changes.length);
      expect(await readRevision()).toBe(revision);
      const year = await testApp
        .http()
        .get('/api/v1/calendar/years/2028')
        .set(...admin);
      expect(year.body.status).toBe('PROVISIONAL');
    });

    // 4 working hours from Monday 09:00: 14:30 today; with mornings only (07:30–11:30), 2.5 hours
    // today and 1.5 tomorrow, so 09:00 Tuesday, 90 working minutes later on the new hours.
    it('previews a change of office hours', async () => {
      const response = await testApp
        .http()
        .post('/api/v1/calendar/recompute-preview')
        .set(...admin)
        .send({
          change: {
            officeHours: { rule: { validFrom: '2028-06-01', periods: [{ start: '07:30', end: '11:30' }] } },
          },
          deadlines: [{ id: 'summer', start: '2028-06-05T09:00:00+07:00', amount: 4, unit: 'WORKING_HOURS' }],
        });
      expect(response.status).toBe(200);
      expect(response.body.changes).toEqual([
        {
          id: 'summer',
          oldDueAt: '2028-06-05T14:30:00+07:00',
          newDueAt: '2028-06-06T09:00:00+07:00',
          shiftWorkingMinutes: 90,
          provisionalBefore: false,
          provisionalAfter: false,
        },
      ]);
    });

    it.each([
      ['no change', { change: {}, deadlines }, 'change'],
      ['a missing change', { deadlines }, 'change'],
      [
        'two changes',
        { change: { yearSchedule: earlierTet, officeHours: { replaceId: UNKNOWN_ID } }, deadlines },
        'change',
      ],
      [
        'an absurd amount',
        { change: { yearSchedule: earlierTet }, deadlines: [{ ...deadlines[0], amount: 1000 }] },
        'deadlines[0].amount',
      ],
      [
        'a start without offset',
        { change: { yearSchedule: earlierTet }, deadlines: [{ ...deadlines[0], start: '2028-01-20' }] },
        'deadlines.0.start',
      ],
      [
        'a make-up weekday',
        {
          change: {
            yearSchedule: { year: 2028, days: [{ date: '2028-01-17', kind: 'MAKEUP_WORKDAY', name: 'x' }] },
          },
          deadlines,
        },
        'change.days[0].date',
      ],
    ])('refuses %s with 400', async (_what, body, field) => {
      const response = await testApp
        .http()
        .post('/api/v1/calendar/recompute-preview')
        .set(...admin)
        .send(body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    });
  });
});
