import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { fullChecklist } from '../support/dossier-fixtures';
import {
  type CommuneStaff,
  findProcedure,
  fullJourney,
  intakeAtDesk,
  type SeededProcedureRef,
  takeActions,
} from '../support/dossier-journeys';
import { createTestApp, type TestApp } from '../support/test-app';

type Uuid = ReturnType<typeof randomUUID>;

const SCORES = {
  totalTime: 2,
  agencyTime: 2,
  deskContacts: 2,
  agenciesContacted: 1,
  oneStopHandling: 2,
  publicity: 2,
  staffAttitude: 2,
  feedbackHandling: 2,
  onlineService: 0,
};

describe('citizen evaluations of returned dossiers (Circular 01/2018 art. 12–15)', () => {
  let testApp: TestApp;
  let desk: Agency;
  let birth: SeededProcedureRef;
  let staff: CommuneStaff;
  let otherClerk: string;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '25' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    const commune = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015' });
    const otherDesk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
    birth = await findProcedure(testApp, 'Đăng ký khai sinh', 'COMMUNE');
    staff = {
      clerk: staffToken(testApp, ['CLERK'], desk.id),
      specialist: staffToken(testApp, ['SPECIALIST'], commune.id),
      head: staffToken(testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
    };
    otherClerk = staffToken(testApp, ['CLERK'], otherDesk.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  // An online dossier of this citizen, received by the desk (and returned, unless told not to).
  async function onlineDossier(citizenId: Uuid, returned = true): Promise<string> {
    const submitted = await testApp
      .http()
      .post('/api/v1/public/dossiers')
      .set(...bearer(citizenToken(testApp, citizenId)))
      .set('Idempotency-Key', `nop-${randomUUID()}`)
      .send({
        procedureId: birth.id,
        deskAgencyId: desk.id,
        applicant: { kind: 'PERSON', name: 'Lê Thị Hoa', phone: '0987654321' },
        checklist: fullChecklist(birth.documentCount),
      });
    expect(submitted.status).toBe(201);
    const steps = [['RECEIVE', staff.clerk] as const, ...(returned ? fullJourney(staff) : [])];
    await takeActions(testApp, submitted.body, steps);
    return submitted.body.id as string;
  }

  async function returnedDeskDossier(): Promise<string> {
    const received = await intakeAtDesk(testApp, { procedure: birth, clerk: staff.clerk });
    expect(received.status).toBe(201);
    await takeActions(testApp, received.body, fullJourney(staff));
    return received.body.id as string;
  }

  const rateOnline = (id: string, citizenId: Uuid, body: object = { scores: SCORES }) =>
    testApp
      .http()
      .post(`/api/v1/me/dossiers/${id}/evaluation`)
      .set(...bearer(citizenToken(testApp, citizenId)))
      .send(body);
  const rateAtDesk = (id: string, body: object, token = staff.clerk) =>
    testApp
      .http()
      .post(`/api/v1/dossiers/${id}/evaluation`)
      .set(...bearer(token))
      .send(body);
  const readRating = (id: string, token: string) =>
    testApp
      .http()
      .get(`/api/v1/dossiers/${id}/evaluation`)
      .set(...bearer(token));
  const ratingsOf = async (id: string): Promise<number> =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM dossier_evaluations WHERE dossier_id = $1',
        [id],
      )
    )[0].n;

  it('publishes the nine indices with their Vietnamese labels and the meaning of 2, 1 and 0', async () => {
    const response = await testApp.http().get('/api/v1/evaluation-indices');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(9);
    expect(response.body[6]).toMatchObject({
      number: 7,
      code: 'staffAttitude',
      label: expect.stringMatching(/^Thái độ của cán bộ, công chức, viên chức/),
    });
    expect(Object.keys(response.body[0].meanings).sort()).toEqual(['0', '1', '2']);
  });

  it('lets the citizen rate their own dossier once it is returned: stored, totalled, audited, readable in scope', async () => {
    const citizenId = randomUUID();
    const id = await onlineDossier(citizenId);
    const rated = await rateOnline(id, citizenId, {
      scores: SCORES,
      comment: '  Cán bộ hướng dẫn tận tình  ',
    });
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({
      dossierId: id,
      source: 'ONLINE',
      scores: SCORES,
      totalScore: 15,
      maxScore: 18,
      comment: 'Cán bộ hướng dẫn tận tình',
      recordedAt: expect.stringMatching(/\+07:00$/),
    });
    expect(rated.body.items[3]).toEqual({
      number: 4,
      code: 'agenciesContacted',
      label: expect.stringContaining('Số lượng cơ quan, đơn vị, tổ chức phải liên hệ'),
      score: 1,
      meaning: 'Phải liên hệ với một cơ quan, đơn vị, tổ chức để hoàn thiện hồ sơ',
    });
    const [row] = await testApp.dataSource.query<Array<Record<string, unknown>>>(
      'SELECT source, total_score, recorded_by_kind, recorded_by_id FROM dossier_evaluations WHERE dossier_id = $1',
      [id],
    );
    expect(row).toEqual({
      source: 'ONLINE',
      total_score: 15,
      recorded_by_kind: 'citizen',
      recorded_by_id: citizenId,
    });
    expect(
      await testApp.dataSource.query(
        `SELECT summary FROM audit_events WHERE target_id = $1 AND action = 'dossier.evaluate'`,
        [id],
      ),
    ).toEqual([{ summary: { source: 'ONLINE', totalScore: 15 } }]);

    expect((await readRating(id, citizenToken(testApp, citizenId))).body.totalScore).toBe(15);
    expect((await readRating(id, staff.clerk)).body.source).toBe('ONLINE');
    expect((await readRating(id, staff.head)).status).toBe(200);
    const view = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(staff.clerk));
    expect(view.body.evaluation).toMatchObject({ source: 'ONLINE', totalScore: 15 });
    expect((await readRating(id, otherClerk)).status).toBe(404);
    expect((await readRating(id, citizenToken(testApp))).status).toBe(404);
  });

  it('refuses a rating before the result is returned (409) and a second rating (409), even in parallel', async () => {
    const citizenId = randomUUID();
    const open = await onlineDossier(citizenId, false);
    const early = await rateOnline(open, citizenId);
    expect([early.status, early.body.type]).toEqual([409, 'urn:mot-cua:problem:evaluation-not-returned']);
    expect(early.body.detail).toContain('Đã tiếp nhận');
    expect((await readRating(open, staff.clerk)).body.type).toBe('urn:mot-cua:problem:evaluation-not-found');

    const returned = await onlineDossier(citizenId);
    const responses = await Promise.all(Array.from({ length: 10 }, () => rateOnline(returned, citizenId)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(
      responses.filter((response) => response.status === 409).map((response) => response.body.type as string),
    ).toEqual(Array(9).fill('urn:mot-cua:problem:evaluation-already-recorded'));
    expect((await rateAtDesk(returned, { source: 'KIOSK', scores: SCORES })).status).toBe(409);
    expect(await ratingsOf(returned)).toBe(1);
  });

  it("hides someone else's dossier from a citizen (404), and a desk dossier has no online owner", async () => {
    const id = await onlineDossier(randomUUID());
    const stranger = await rateOnline(id, randomUUID());
    expect([stranger.status, stranger.body.type]).toEqual([404, 'urn:mot-cua:problem:dossier-not-found']);
    expect((await rateOnline(await returnedDeskDossier(), randomUUID())).status).toBe(404);
    expect((await rateOnline(randomUUID(), randomUUID())).status).toBe(404);
    expect(await ratingsOf(id)).toBe(0);
  });

  it('lets a clerk of the receiving desk record a kiosk or paper rating; not another desk, not other roles', async () => {
    const id = await returnedDeskDossier();
    expect((await rateAtDesk(id, { source: 'KIOSK', scores: SCORES }, otherClerk)).status).toBe(404);
    const specialist = await rateAtDesk(id, { source: 'KIOSK', scores: SCORES }, staff.specialist);
    expect([specialist.status, specialist.body.type]).toEqual([403, 'urn:mot-cua:problem:forbidden']);
    const kiosk = await rateAtDesk(id, { source: 'KIOSK', scores: { ...SCORES, staffAttitude: 0 } });
    expect(kiosk.status).toBe(201);
    expect(kiosk.body).toMatchObject({ source: 'KIOSK', totalScore: 13, comment: null });
    const [row] = await testApp.dataSource.query<Array<Record<string, unknown>>>(
      'SELECT recorded_by_kind FROM dossier_evaluations WHERE dossier_id = $1',
      [id],
    );
    expect(row.recorded_by_kind).toBe('staff');

    const paper = await rateAtDesk(await returnedDeskDossier(), { source: 'PAPER', scores: SCORES });
    expect([paper.status, paper.body.source]).toEqual([201, 'PAPER']);
  });

  it('answers an incomplete or out-of-range rating with 400 listing the fields, and writes nothing', async () => {
    const citizenId = randomUUID();
    const id = await onlineDossier(citizenId);
    const { publicity: _publicity, ...withoutPublicity } = SCORES;
    const cases: Array<[object, string[]]> = [
      [{ scores: withoutPublicity }, ['scores.publicity']],
      [
        { scores: { ...SCORES, totalTime: 3, staffAttitude: '2' } },
        ['scores.totalTime', 'scores.staffAttitude'],
      ],
      [{ scores: { ...SCORES, speed: 2 } }, ['scores.speed']],
      [{}, ['scores']],
      [{ scores: SCORES, source: 'KIOSK' }, ['source']],
      [{ scores: SCORES, comment: 'x'.repeat(2001) }, ['comment']],
    ];
    for (const [body, fields] of cases) {
      const response = await rateOnline(id, citizenId, body);
      expect([response.status, response.body.type]).toEqual([400, 'urn:mot-cua:problem:validation-failed']);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toEqual(
        expect.arrayContaining(fields),
      );
    }
    const desk = await rateAtDesk(id, { source: 'ONLINE', scores: SCORES });
    expect(desk.status).toBe(400);
    expect(desk.body.errors).toEqual([expect.objectContaining({ field: 'source' })]);
    expect(await ratingsOf(id)).toBe(0);
  });
});
