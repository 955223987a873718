import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, staffToken } from '../support/auth';
import { findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('dossier workflow actions', () => {
  let testApp: TestApp;
  let procedureId: string;
  let documentCount: number;
  let tokens: { clerk: string; specialist: string; head: string; viewer: string; stranger: string };

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '25' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    const desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    const commune = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015' });
    const otherCommune = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018' });
    const seeded = await findBirthRegistration(testApp);
    procedureId = seeded.id;
    documentCount = seeded.documentCount;
    tokens = {
      clerk: staffToken(testApp, ['CLERK'], desk.id),
      specialist: staffToken(testApp, ['SPECIALIST'], commune.id),
      head: staffToken(testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
      viewer: staffToken(testApp, ['LEADER_VIEWER'], commune.id),
      stranger: staffToken(testApp, ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'], otherCommune.id),
    };
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function receive(): Promise<{ id: string; version: number }> {
    const response = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(tokens.clerk))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Trần Văn Bình', phone: '0912345678' },
        checklist: fullChecklist(documentCount),
        outcome: 'RECEIVE',
      });
    expect(response.status).toBe(201);
    return { id: response.body.id, version: response.body.version };
  }

  const act = (id: string, action: string, token: string, body: object) =>
    testApp
      .http()
      .post(`/api/v1/dossiers/${id}/actions/${action}`)
      .set(...bearer(token))
      .send(body);

  it('takes a dossier through its whole life at one commune: resolved, classified, returned', async () => {
    const received = await receive();
    const id = received.id;
    let version = received.version;
    const steps: Array<[string, string, object]> = [
      ['TRANSFER', tokens.clerk, {}],
      ['ASSIGN', tokens.head, { assigneeId: randomUUID() }],
      ['SEND_FOR_APPROVAL', tokens.specialist, {}],
      ['APPROVE', tokens.head, {}],
      ['RESOLVE', tokens.specialist, {}],
      ['RETURN_RESULT', tokens.clerk, {}],
    ];
    for (const [action, token, body] of steps) {
      const response = await act(id, action, token, { version, ...body });
      expect([action, response.status]).toEqual([action, 200]);
      version = response.body.version;
    }
    const read = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(tokens.clerk));
    expect(read.body).toMatchObject({ status: 'RETURNED', nationalStatusCode: 10, resolution: 'GRANTED' });
    // Resolved at once: early when the due day (Asia/Ho_Chi_Minh) is a later day, else on time
    // (birth registration is a same-day procedure, so which one depends on the hour the test runs).
    const dayOf = (instant: string) => instant.slice(0, 10);
    expect(read.body.classification).toBe(
      dayOf(read.body.resolvedAt) < dayOf(read.body.dueAt) ? 'EARLY' : 'ON_TIME',
    );
    expect((read.body.history as Array<{ action: string }>).map((event) => event.action)).toEqual([
      'RECEIVE',
      'TRANSFER',
      'ASSIGN',
      'SEND_FOR_APPROVAL',
      'APPROVE',
      'RESOLVE',
      'RETURN_RESULT',
    ]);
    expect(
      await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 AND kind = 'dossier.status-changed'`,
        [id],
      ),
    ).toEqual([{ n: 6 }]);
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const { id, version } = await receive();
    expect((await act(id, 'TRANSFER', tokens.clerk, { version })).status).toBe(200);
    const stale = await act(id, 'TRANSFER', tokens.clerk, { version });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:mot-cua:problem:dossier-version-stale');
    expect(
      await testApp.dataSource.query(`SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = $1`, [
        id,
      ]),
    ).toEqual([{ n: 2 }]);
  });

  it('accepts the version in an If-Match header', async () => {
    const { id, version } = await receive();
    const response = await testApp
      .http()
      .post(`/api/v1/dossiers/${id}/actions/TRANSFER`)
      .set(...bearer(tokens.clerk))
      .set('If-Match', `"${version}"`)
      .send({});
    expect(response.status).toBe(200);
  });

  it('lets exactly one of 20 parallel conflicting actions through: one 2xx, the rest 409, one history row', async () => {
    const { id, version } = await receive();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => act(id, 'TRANSFER', tokens.clerk, { version })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    expect(
      await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = $1 AND action = 'TRANSFER'`,
        [id],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('stops the clock for a supplement and restarts the full time limit on re-submission', async () => {
    const received = await receive();
    const id = received.id;
    let version = received.version;
    for (const [action, token] of [['TRANSFER', tokens.clerk]] as const) {
      version = (await act(id, action, token, { version })).body.version;
    }
    const stopped = await act(id, 'REQUEST_SUPPLEMENT', tokens.specialist, {
      version,
      note: 'Thiếu bản sao giấy tờ tùy thân',
    });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', supplementCount: 1 });
    const restarted = await act(id, 'RECEIVE_SUPPLEMENT', tokens.clerk, { version: stopped.body.version });
    expect(restarted.status).toBe(200);
    expect(restarted.body.status).toBe('IN_PROGRESS');
    expect(Date.parse(restarted.body.dueAt)).toBeGreaterThanOrEqual(Date.parse(stopped.body.dueAt));
  });

  it('requires a reason where the law asks for one, and refuses what a role may not do', async () => {
    const { id, version } = await receive();
    expect((await act(id, 'STOP', tokens.head, { version })).status).toBe(400);
    expect((await act(id, 'RESOLVE', tokens.clerk, { version })).status).toBe(403);
    expect((await act(id, 'TRANSFER', tokens.viewer, { version })).status).toBe(403);
    // Another commune's staff do not see the dossier at all.
    expect((await act(id, 'TRANSFER', tokens.stranger, { version })).status).toBe(404);
    expect((await act(id, 'FLY_TO_THE_MOON', tokens.clerk, { version })).status).toBe(404);
    expect((await act(id, 'TRANSFER', tokens.clerk, {})).status).toBe(400);
    const withdrawn = await act(id, 'WITHDRAW', tokens.clerk, { version, note: 'Công dân xin rút hồ sơ' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
  });

  it('lists the actions each caller may take now, as act() would decide them', async () => {
    const { id, version } = await receive();
    const allowed = (token: string) =>
      testApp
        .http()
        .get(`/api/v1/dossiers/${id}/actions`)
        .set(...bearer(token));
    const atDesk = await allowed(tokens.clerk);
    expect(atDesk.status).toBe(200);
    expect(atDesk.body).toMatchObject({
      dossierId: id,
      version,
      status: 'RECEIVED',
      statusLabel: 'Đã tiếp nhận',
    });
    expect(atDesk.body.actions).toEqual([
      { action: 'TRANSFER', label: 'Chuyển hồ sơ đến cơ quan giải quyết', requiresReason: false },
      { action: 'WITHDRAW', label: 'Rút hồ sơ theo yêu cầu', requiresReason: true },
    ]);
    // A viewer reads the dossier but may do nothing; another commune does not see it.
    expect((await allowed(tokens.viewer)).body.actions).toEqual([]);
    expect((await allowed(tokens.stranger)).status).toBe(404);

    const transferred = await act(id, 'TRANSFER', tokens.clerk, { version });
    const names = async (token: string) =>
      ((await allowed(token)).body.actions as Array<{ action: string }>).map((item) => item.action);
    expect(await names(tokens.head)).toEqual(
      expect.arrayContaining(['ASSIGN', 'AWAIT_FINANCIAL_OBLIGATION', 'ISSUE_APOLOGY', 'STOP']),
    );
    expect(await names(tokens.specialist)).not.toContain('ASSIGN');
    // Every action listed is one the API then accepts (here: the head assigns).
    const assigned = await act(id, 'ASSIGN', tokens.head, {
      version: transferred.body.version,
      assigneeId: randomUUID(),
    });
    expect(assigned.status).toBe(200);
  });
});
