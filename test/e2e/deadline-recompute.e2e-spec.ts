import { randomUUID } from 'node:crypto';
import { bearer, staffToken } from '../support/auth';
import { findAgency, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

interface DossierBody {
  id: string;
  version: number;
  status: string;
  receivedAt: string;
  dueAt: string;
  appointmentAt: string;
  classification: string | null;
  history: Array<{ action: string; actorId: string | null; fromStatus: string | null; toStatus: string }>;
}

interface ScheduleDay {
  date: string;
  kind: string;
  name: string;
  source?: string;
}

const ADMIN_ID = randomUUID();
const dateOf = (instant: string) => instant.slice(0, 10);
const timeOf = (instant: string) => instant.slice(11);

// The dossiers are received now, over HTTP, as a desk would: which days the test declares off is
// worked out from the deadlines the desk got, so the scenario holds whenever it runs.
describe('calendar changes re-date open dossiers (domain.md, Time)', () => {
  let testApp: TestApp;
  let deskId: string;
  let procedureId: string;
  let documentCount: number;
  let tokens: { clerk: string; specialist: string; head: string; admin: string };

  beforeAll(async () => {
    testApp = await createTestApp();
    const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
    deskId = desk.id;
    ({ procedureId, documentCount } = await findMarriageRegistration());
    tokens = {
      clerk: staffToken(testApp, ['CLERK'], desk.id),
      specialist: staffToken(testApp, ['SPECIALIST'], commune.id),
      head: staffToken(testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
      admin: staffToken(testApp, ['ADMIN'], commune.id, ADMIN_ID),
    };
  });

  afterAll(async () => {
    await testApp.close();
  });

  // "Đăng ký kết hôn" at the commune: 5 working days (Law on Civil Status 2014 art. 18).
  async function findMarriageRegistration(): Promise<{ procedureId: string; documentCount: number }> {
    const search = await testApp
      .http()
      .get('/api/v1/procedures')
      .query({ q: 'đăng ký kết hôn', level: 'COMMUNE' });
    const found = (search.body.items as Array<{ id: string; name: string }>).find(
      (item) => item.name === 'Đăng ký kết hôn',
    );
    const detail = await testApp.http().get(`/api/v1/procedures/${found!.id}`);
    const documents = (detail.body.currentVersion?.documents ?? detail.body.documents ?? []) as unknown[];
    return { procedureId: found!.id, documentCount: documents.length };
  }

  async function receive(): Promise<DossierBody> {
    const response = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(tokens.clerk))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Lê Thị Hoa', phone: '0905123456' },
        checklist: fullChecklist(documentCount),
        outcome: 'RECEIVE',
      });
    expect(response.status).toBe(201);
    return response.body as DossierBody;
  }

  async function act(dossier: DossierBody, action: string, token: string, body: object = {}) {
    const response = await testApp
      .http()
      .post(`/api/v1/dossiers/${dossier.id}/actions/${action}`)
      .set(...bearer(token))
      .send({ version: dossier.version, ...body });
    expect([action, response.status]).toEqual([action, 200]);
    return response.body as DossierBody;
  }

  async function read(id: string, token = tokens.clerk): Promise<DossierBody> {
    const response = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(token));
    return response.body as DossierBody;
  }

  async function workingDays(from: string, to: string): Promise<string[]> {
    const response = await testApp.http().get('/api/v1/calendar/days').query({ from, to });
    return (response.body.days as Array<{ date: string; working: boolean }>)
      .filter((day) => day.working)
      .map((day) => day.date);
  }

  async function scheduleOf(year: number): Promise<ScheduleDay[]> {
    const response = await testApp
      .http()
      .get(`/api/v1/calendar/years/${year}`)
      .set(...bearer(tokens.admin));
    expect(response.status).toBe(200);
    return (response.body.days as ScheduleDay[]).map(({ date, kind, name, source }) => ({
      date,
      kind,
      name,
      ...(source && { source }),
    }));
  }

  it('a day off declared inside the deadline moves a received dossier by one working day; resolved dossiers and apologised appointments stay', async () => {
    const received = await receive();
    const apologised = await receive();
    let resolved = await receive();
    expect(dateOf(resolved.dueAt)).toBe(dateOf(received.dueAt));

    // The last working day strictly between the receipt day and the due day becomes a day off.
    const between = await workingDays(dateOf(received.receivedAt), dateOf(received.dueAt));
    const dayOff = between
      .filter((date) => date > dateOf(received.receivedAt) && date < dateOf(received.dueAt))
      .at(-1)!;
    expect(dayOff).toBeDefined();
    const year = Number(dayOff.slice(0, 4));

    const newAppointmentAt = new Date(Date.parse(apologised.dueAt) + 7 * 86_400_000).toISOString();
    const afterApology = await act(apologised, 'ISSUE_APOLOGY', tokens.specialist, {
      note: 'Cần xác minh thêm thông tin hộ tịch',
      newAppointmentAt,
    });
    for (const [action, token, body] of [
      ['TRANSFER', tokens.clerk, {}],
      ['ASSIGN', tokens.head, { assigneeId: randomUUID() }],
      ['SEND_FOR_APPROVAL', tokens.specialist, {}],
      ['APPROVE', tokens.head, {}],
      ['RESOLVE', tokens.specialist, {}],
    ] as const) {
      resolved = await act(resolved, action, token, body);
    }
    expect(resolved.status).toBe('RESOLVED');

    const days = [
      ...(await scheduleOf(year)),
      { date: dayOff, kind: 'DAY_OFF', name: 'Nghỉ theo quyết định mới' },
    ];
    const change = { yearSchedule: { year, days } };

    // The preview names the open dossiers that would move, and nothing moves yet.
    const preview = await testApp
      .http()
      .post('/api/v1/dossiers/deadline-recompute/preview')
      .set(...bearer(tokens.admin))
      .send({ change });
    expect(preview.status).toBe(200);
    expect(preview.body.scope).toEqual({
      agencyId: null,
      fromDate: `${year}-01-01`,
      toDate: `${year}-12-31`,
    });
    const previewed = new Map(
      (preview.body.changes as Array<{ id: string; newDueAt: string; newAppointmentAt: string }>).map(
        (item) => [item.id, item],
      ),
    );
    expect([...previewed.keys()].sort()).toEqual([received.id, apologised.id].sort());
    expect(preview.body.counts).toMatchObject({ redated: 2 });
    expect((await read(received.id)).dueAt).toBe(received.dueAt);
    const forbidden = await testApp
      .http()
      .post('/api/v1/dossiers/deadline-recompute/preview')
      .set(...bearer(tokens.clerk))
      .send({ change });
    expect(forbidden.status).toBe(403);

    const saved = await testApp
      .http()
      .put(`/api/v1/calendar/years/${year}`)
      .set(...bearer(tokens.admin))
      .send({ source: { documentNumber: 'TEST-02/RD', documentDate: `${year}-01-05` }, days });
    expect(saved.status).toBe(200);

    // Received: one working day later, as a receipt on the new calendar would have been given.
    const moved = await read(received.id);
    const nextWorkingDay = (await workingDays(dateOf(received.dueAt), dateOf(moved.dueAt)))[1];
    expect(dateOf(moved.dueAt)).toBe(nextWorkingDay);
    expect(timeOf(moved.dueAt)).toBe(timeOf(received.dueAt));
    expect(moved.appointmentAt).toBe(moved.dueAt);
    const fresh = await testApp.http().get('/api/v1/calendar/deadline').query({
      start: received.receivedAt,
      amount: 5,
      unit: 'WORKING_DAYS',
      agencyId: deskId,
    });
    expect(moved.dueAt).toBe(fresh.body.dueAt);
    expect(previewed.get(received.id)!.newDueAt).toBe(moved.dueAt);
    expect(moved.version).toBe(received.version + 1);
    expect(moved.history.at(-1)).toEqual(
      expect.objectContaining({
        action: 'SYSTEM_DEADLINE_RECOMPUTED',
        actorId: null,
        fromStatus: 'RECEIVED',
        toStatus: 'RECEIVED',
      }),
    );
    const outbox = await testApp.dataSource.query<Array<{ payload: Record<string, unknown> }>>(
      `SELECT payload FROM outbox_events WHERE aggregate_id = $1 AND kind = 'dossier.redated'`,
      [received.id],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].payload).toMatchObject({
      appointmentMoved: true,
      dueAt: { from: received.dueAt, to: moved.dueAt },
    });
    // A desk still holding the old version is told to reload.
    const stale = await testApp
      .http()
      .post(`/api/v1/dossiers/${received.id}/actions/TRANSFER`)
      .set(...bearer(tokens.clerk))
      .send({ version: received.version });
    expect(stale.status).toBe(409);

    // Apologised: the deadline moves, the appointment of the apology (Mẫu 04) does not.
    // (Its own deadline: received a few milliseconds after the other, it is due that much later
    // when the receipt fell within office hours.)
    const apologisedNow = await read(apologised.id);
    const freshForApologised = await testApp.http().get('/api/v1/calendar/deadline').query({
      start: apologised.receivedAt,
      amount: 5,
      unit: 'WORKING_DAYS',
      agencyId: deskId,
    });
    expect(apologisedNow.dueAt).toBe(freshForApologised.body.dueAt);
    expect(dateOf(apologisedNow.dueAt)).toBe(dateOf(moved.dueAt));
    expect(apologisedNow.appointmentAt).toBe(afterApology.appointmentAt);
    expect(previewed.get(apologised.id)!.newAppointmentAt).toBe(afterApology.appointmentAt);

    // Resolved: deadline and classification are history.
    const resolvedNow = await read(resolved.id);
    expect(resolvedNow.dueAt).toBe(resolved.dueAt);
    expect(resolvedNow.classification).toBe(resolved.classification);
    expect(resolvedNow.version).toBe(resolved.version);
    expect(resolvedNow.history.map((event) => event.action)).not.toContain('SYSTEM_DEADLINE_RECOMPUTED');

    // One audit record for the run, by the administrator who saved the calendar.
    const audits = await testApp.dataSource.query<
      Array<{ actor_id: string; target_id: string; summary: Record<string, unknown> }>
    >(`SELECT actor_id, target_id, summary FROM audit_events WHERE action = 'dossier.deadlines.recompute'`);
    expect(audits).toEqual([
      {
        actor_id: ADMIN_ID,
        target_id: `calendar.year.update:${year}`,
        summary: expect.objectContaining({ candidates: 2, checked: 2, redated: 2, completed: true }),
      },
    ]);

    // Saving the same schedule again moves nothing and writes no history.
    const again = await testApp
      .http()
      .put(`/api/v1/calendar/years/${year}`)
      .set(...bearer(tokens.admin))
      .send({ source: { documentNumber: 'TEST-02/RD', documentDate: `${year}-01-05` }, days });
    expect(again.status).toBe(200);
    expect((await read(received.id)).version).toBe(moved.version);
  });

  it("an agency's new office hours re-date the open dossiers of its subtree only", async () => {
    const here = await receive();
    const otherClerk = staffToken(
      testApp,
      ['CLERK'],
      (await findAgency(testApp, 'PY-COMMUNE-22018-DESK')).id,
    );
    const elsewhere = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(otherClerk))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Phan Văn Tài', phone: '0905654321' },
        checklist: fullChecklist(documentCount),
        outcome: 'RECEIVE',
      });
    expect(elsewhere.status).toBe(201);

    // From the day after the receipt the commune works half days, the half that leaves out the
    // time of day the dossier is due at (a receipt at night is due at 17:00, one at 09:12 at 09:12
    // five working days later): whenever the test runs, the deadline must move.
    const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
    const validFrom = (await workingDays(dateOf(here.receivedAt), dateOf(here.dueAt)))[1];
    const dueInTheMorning = timeOf(here.dueAt) < '12:00';
    const created = await testApp
      .http()
      .post('/api/v1/calendar/office-hours')
      .set(...bearer(tokens.admin))
      .send({
        agencyId: commune.id,
        validFrom,
        periods: [dueInTheMorning ? { start: '13:30', end: '17:00' } : { start: '07:30', end: '11:00' }],
      });
    expect(created.status).toBe(201);

    const moved = await read(here.id);
    const fresh = await testApp.http().get('/api/v1/calendar/deadline').query({
      start: here.receivedAt,
      amount: 5,
      unit: 'WORKING_DAYS',
      agencyId: deskId,
    });
    expect(moved.dueAt).toBe(fresh.body.dueAt);
    expect(moved.dueAt).not.toBe(here.dueAt);
    expect(moved.history.at(-1)!.action).toBe('SYSTEM_DEADLINE_RECOMPUTED');
    const untouched = await read(elsewhere.body.id, otherClerk);
    expect(untouched.dueAt).toBe(elsewhere.body.dueAt);
    expect(untouched.version).toBe(elsewhere.body.version);
    const [audit] = await testApp.dataSource.query<Array<{ summary: Record<string, unknown> }>>(
      `SELECT summary FROM audit_events WHERE action = 'dossier.deadlines.recompute' AND target_id = $1`,
      [`calendar.office-hours.create:${created.body.id}`],
    );
    expect(audit.summary).toMatchObject({
      scope: { agencyId: commune.id, fromDate: validFrom, toDate: null },
      completed: true,
    });
  });
});
