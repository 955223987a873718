import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

interface ProcedureSummary {
  id: string;
  name: string;
}

describe('desk intake', () => {
  let testApp: TestApp;
  let desk: Agency;
  let otherDesk: Agency;
  let birthRegistration: ProcedureSummary;
  let documentCount: number;
  let clerk: string;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '20' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    otherDesk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
    const seeded = await findBirthRegistration(testApp);
    birthRegistration = { id: seeded.id, name: 'Đăng ký khai sinh' };
    documentCount = seeded.documentCount;
    clerk = staffToken(testApp, ['CLERK'], desk.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const completeChecklist = () => fullChecklist(documentCount);
  const intake = (body: object, token = clerk) =>
    testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(token))
      .send({
        procedureId: birthRegistration.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Nguyễn Thị Lan', phone: '0905123456', idNumber: '054200001234' },
        checklist: completeChecklist(),
        outcome: 'RECEIVE',
        ...body,
      });

  it('finds the seeded birth registration procedure with its document list', () => {
    expect(birthRegistration).toBeDefined();
    expect(documentCount).toBeGreaterThan(0);
  });

  it('receives a complete dossier: code, legal deadline, appointment, history, outbox and audit in one go', async () => {
    const response = await intake({});
    expect(response.status).toBe(201);
    expect(response.body.code).toMatch(new RegExp(`^${desk.qcvnCode!.replace(/\./g, '\\.')}-\\d{6}-\\d{4}$`));
    expect(response.body).toMatchObject({ status: 'RECEIVED', nationalStatusCode: 2, channel: 'DIRECT' });
    expect(response.body.dueAt).toMatch(/\+07:00$/);
    expect(response.body.appointmentAt).toBe(response.body.dueAt);
    expect(response.body.applicant).toMatchObject({ phone: '******3456', idNumber: '*********234' });
    const id = response.body.id as string;
    const [row] = await testApp.dataSource.query<Array<Record<string, unknown>>>(
      'SELECT * FROM dossiers WHERE id = $1',
      [id],
    );
    expect(JSON.stringify(row)).not.toMatch(/0905123456|054200001234/);
    expect(
      await testApp.dataSource.query(`SELECT kind FROM outbox_events WHERE aggregate_id = $1`, [id]),
    ).toEqual([{ kind: 'dossier.status-changed' }]);
    expect(
      await testApp.dataSource.query(`SELECT action FROM audit_events WHERE target_id = $1`, [id]),
    ).toEqual([{ action: 'dossier.receive' }]);
    const read = await testApp
      .http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(clerk));
    expect(read.status).toBe(200);
    expect(read.body.history).toEqual([
      expect.objectContaining({ action: 'RECEIVE', toStatus: 'RECEIVED', actorRole: 'CLERK' }),
    ]);
  });

  it('refuses to receive with a required document missing, writing nothing', async () => {
    const before = await testApp.dataSource.query('SELECT count(*) FROM dossiers');
    const response = await intake({
      checklist: completeChecklist().map((item, index) =>
        index === 0 ? { ...item, provided: false } : item,
      ),
    });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:mot-cua:problem:checklist-invalid');
    expect(await testApp.dataSource.query('SELECT count(*) FROM dossiers')).toEqual(before);
  });

  it('asks for a supplement with the list of what is missing: no code, no clock', async () => {
    const response = await intake({
      outcome: 'REQUEST_SUPPLEMENT',
      note: 'Thiếu giấy chứng sinh',
      checklist: completeChecklist().map((item, index) =>
        index === 0 ? { ...item, provided: false } : item,
      ),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED_AT_RECEPTION',
      code: null,
      dueAt: null,
      nationalStatusCode: 5,
    });
  });

  it('refuses a document that is not on the published list (no extra documents may be demanded)', async () => {
    const response = await intake({
      checklist: [...completeChecklist(), { documentIndex: documentCount + 3, provided: true }],
    });
    expect(response.status).toBe(400);
  });

  it('takes no new dossier, at the desk or online, while the procedure is suspended', async () => {
    const province = await testApp.app
      .get(DataSource)
      .getRepository(Agency)
      .findOneByOrFail({ key: 'PY-PROVINCE-54' });
    const admin = bearer(staffToken(testApp, ['ADMIN'], province.id));
    const count = async () =>
      (await testApp.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM dossiers'))[0].n;
    const before = await count();
    try {
      const suspend = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${birthRegistration.id}/suspend`)
        .set(...admin)
        .send({ reason: 'Chờ sửa đổi quy định' });
      expect([suspend.status, suspend.body.status]).toEqual([200, 'SUSPENDED']);
      const atDesk = await intake({});
      expect([atDesk.status, atDesk.body.type]).toEqual([409, expect.stringMatching(/procedure-suspended$/)]);
      expect(atDesk.body.title).toBe('Thủ tục đang tạm ngừng');
      const online = await testApp
        .http()
        .post('/api/v1/public/dossiers')
        .set(...bearer(citizenToken(testApp)))
        .set('Idempotency-Key', 'tam-ngung-0001')
        .send({
          procedureId: birthRegistration.id,
          deskAgencyId: desk.id,
          applicant: { kind: 'PERSON', name: 'Lê Thị Hoa', phone: '0987654321' },
          checklist: completeChecklist(),
        });
      expect([online.status, online.body.type]).toEqual([409, expect.stringMatching(/procedure-suspended$/)]);
      expect(await count()).toBe(before);
    } finally {
      await testApp
        .http()
        .post(`/api/v1/admin/procedures/${birthRegistration.id}/reinstate`)
        .set(...admin)
        .send({ reason: 'Đã sửa đổi xong' });
    }
    expect((await intake({})).status).toBe(201);
  });

  it('numbers 30 parallel receipts at one desk without a gap or a duplicate', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, () => intake({})));
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201));
    const sequences = responses
      .map((response) => Number((response.body.code as string).slice(-4)))
      .sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(30);
    expect(sequences[29] - sequences[0]).toBe(29);
  });

  it('hides a dossier from a clerk of another commune (404) and lets only clerks receive', async () => {
    const received = await intake({});
    const stranger = staffToken(testApp, ['CLERK', 'SPECIALIST'], otherDesk.id);
    expect(
      (
        await testApp
          .http()
          .get(`/api/v1/dossiers/${received.body.id}`)
          .set(...bearer(stranger))
      ).status,
    ).toBe(404);
    const specialist = staffToken(testApp, ['SPECIALIST'], desk.id);
    expect((await intake({}, specialist)).status).toBe(403);
    expect((await testApp.http().post('/api/v1/dossiers').send({})).status).toBe(401);
  });
});

describe('the receipt form of a received dossier', () => {
  it('is served as PDF and JSON to the desk, and not to another commune', async () => {
    const testApp = await createTestApp();
    try {
      const agencies = testApp.app.get(DataSource).getRepository(Agency);
      const desk = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
      const other = await agencies.findOneByOrFail({ key: 'PY-COMMUNE-22018-DESK' });
      const { id: procedureId, documentCount: count } = await findBirthRegistration(testApp);
      const clerk = staffToken(testApp, ['CLERK'], desk.id);
      const received = await testApp
        .http()
        .post('/api/v1/dossiers')
        .set(...bearer(clerk))
        .send({
          procedureId,
          channel: 'DIRECT',
          applicant: { kind: 'PERSON', name: 'Phạm Thị Ngọc' },
          checklist: fullChecklist(count),
          outcome: 'RECEIVE',
        });
      const pdf = await testApp
        .http()
        .get(`/api/v1/dossiers/${received.body.id}/forms/receipt.pdf`)
        .set(...bearer(clerk))
        .buffer(true);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const json = await testApp
        .http()
        .get(`/api/v1/dossiers/${received.body.id}/forms/receipt.json`)
        .set(...bearer(clerk));
      expect(json.status).toBe(200);
      expect(JSON.stringify(json.body)).toContain(received.body.code as string);
      expect(JSON.stringify(json.body)).toContain('Phạm Thị Ngọc');
      const stranger = staffToken(testApp, ['CLERK'], other.id);
      expect(
        (
          await testApp
            .http()
            .get(`/api/v1/dossiers/${received.body.id}/forms/receipt.pdf`)
            .set(...bearer(stranger))
        ).status,
      ).toBe(404);
      expect(
        (
          await testApp
            .http()
            .get(`/api/v1/dossiers/${received.body.id}/forms/unknown.pdf`)
            .set(...bearer(clerk))
        ).status,
      ).toBe(404);
    } finally {
      await testApp.close();
    }
  });
});
