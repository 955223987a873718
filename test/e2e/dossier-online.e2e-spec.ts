import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('online submission, the desk check, and public tracking', () => {
  let testApp: TestApp;
  let desk: Agency;
  let procedureId: string;
  let documentCount: number;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '25', LOGIN_ATTEMPTS_PER_MINUTE: '10000' } });
    desk = await testApp.app
      .get(DataSource)
      .getRepository(Agency)
      .findOneByOrFail({ key: 'PY-COMMUNE-22015-DESK' });
    const seeded = await findBirthRegistration(testApp);
    procedureId = seeded.id;
    documentCount = seeded.documentCount;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const submission = () => ({
    procedureId,
    deskAgencyId: desk.id,
    applicant: { kind: 'PERSON', name: 'Lê Thị Hoa', phone: '0987654321' },
    checklist: fullChecklist(documentCount),
  });
  const submit = (token: string, key: string | null) => {
    const request = testApp
      .http()
      .post('/api/v1/public/dossiers')
      .set(...bearer(token));
    return (key ? request.set('Idempotency-Key', key) : request).send(submission());
  };

  it('creates one dossier for 20 parallel submissions with one Idempotency-Key', async () => {
    const citizen = citizenToken(testApp);
    const key = `nop-${randomUUID()}`;
    const responses = await Promise.all(Array.from({ length: 20 }, () => submit(citizen, key)));
    expect(responses.every((response) => [200, 201].includes(response.status))).toBe(true);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(new Set(responses.map((response) => response.body.id as string)).size).toBe(1);
    expect(responses[0].body).toMatchObject({
      status: 'SUBMITTED',
      nationalStatusCode: 1,
      channel: 'ONLINE',
      code: null,
    });
    expect(
      await testApp.dataSource.query('SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = $1', [
        responses[0].body.id,
      ]),
    ).toEqual([{ n: 1 }]);
  });

  it('refuses a submission without an Idempotency-Key, and staff cannot submit as citizens', async () => {
    expect((await submit(citizenToken(testApp), null)).status).toBe(400);
    expect((await submit(staffToken(testApp, ['CLERK'], desk.id), 'khoa-12345678')).status).toBe(403);
  });

  it('is received by the desk (code and online clock), then tracked publicly with the phone digits', async () => {
    const citizenId = randomUUID();
    const submitted = await submit(citizenToken(testApp, citizenId), `nop-${randomUUID()}`);
    expect(submitted.status).toBe(201);
    const clerk = staffToken(testApp, ['CLERK'], desk.id);
    const received = await testApp
      .http()
      .post(`/api/v1/dossiers/${submitted.body.id}/actions/RECEIVE`)
      .set(...bearer(clerk))
      .send({ version: submitted.body.version });
    expect([received.status, received.body.type, received.body.detail]).toEqual([200, undefined, undefined]);
    expect(received.body).toMatchObject({ status: 'RECEIVED', channel: 'ONLINE' });
    expect(received.body.code).toMatch(/-\d{6}-\d{4}$/);

    const owner = await testApp
      .http()
      .get(`/api/v1/dossiers/${submitted.body.id}`)
      .set(...bearer(citizenToken(testApp, citizenId)));
    expect(owner.status).toBe(200);
    const otherCitizen = await testApp
      .http()
      .get(`/api/v1/dossiers/${submitted.body.id}`)
      .set(...bearer(citizenToken(testApp)));
    expect(otherCitizen.status).toBe(404);

    const tracked = await testApp
      .http()
      .get(`/api/v1/public/dossiers/${received.body.code}`)
      .query({ verifier: '4321' });
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({
      code: received.body.code,
      status: 'RECEIVED',
      procedureName: 'Đăng ký khai sinh',
    });
    expect(JSON.stringify(tracked.body)).not.toMatch(/Lê Thị Hoa|0987654321/);

    const wrongVerifier = await testApp
      .http()
      .get(`/api/v1/public/dossiers/${received.body.code}`)
      .query({ verifier: '0000' });
    const unknownCode = await testApp
      .http()
      .get(`/api/v1/public/dossiers/${(received.body.code as string).replace(/\d{4}$/, '9999')}`)
      .query({ verifier: '4321' });
    expect(wrongVerifier.status).toBe(404);
    expect(unknownCode.status).toBe(404);
    expect(wrongVerifier.body.detail).toBe(unknownCode.body.detail);
  });
});
