import { bearer, staffToken } from '../support/auth';
import { findAgency } from '../support/dossier-fixtures';
import { createTestApp, describeWithRedis, type TestApp } from '../support/test-app';

describeWithRedis('the queue dashboard (bull-board, Bull mode)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ withRedis: true });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('is for administrators only, and lists the app’s queues', async () => {
    const province = await findAgency(testApp, 'PY-PROVINCE-54');
    const anonymous = await testApp.http().get('/api/v1/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
    const clerk = await testApp
      .http()
      .get('/api/v1/admin/queues/api/queues')
      .set(...bearer(staffToken(testApp, ['CLERK', 'LEADER_VIEWER'], province.id)));
    expect(clerk.status).toBe(403);
    const admin = bearer(staffToken(testApp, ['ADMIN'], province.id));
    const page = await testApp
      .http()
      .get('/api/v1/admin/queues')
      .set(...admin);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await testApp
      .http()
      .get('/api/v1/admin/queues/api/queues')
      .set(...admin);
    expect(queues.status).toBe(200);
    const names = (queues.body.queues as Array<{ name: string }>).map((queue) => queue.name);
    expect(names).toEqual(
      expect.arrayContaining(['outbox', 'notifications', 'portal', 'deadlines', 'exports']),
    );
  });

  it('gives a browser a cookie for the dashboard in exchange for an admin token', async () => {
    const province = await findAgency(testApp, 'PY-PROVINCE-54');
    const clerkSession = await testApp
      .http()
      .post('/api/v1/admin/queues/session')
      .set(...bearer(staffToken(testApp, ['CLERK'], province.id)));
    expect(clerkSession.status).toBe(403);
    const session = await testApp
      .http()
      .post('/api/v1/admin/queues/session')
      .set(...bearer(staffToken(testApp, ['ADMIN'], province.id)));
    expect(session.status).toBe(204);
    const cookie = String(session.headers['set-cookie']).split(';')[0];
    expect(String(session.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const page = await testApp.http().get('/api/v1/admin/queues/api/queues').set('Cookie', cookie);
    expect(page.status).toBe(200);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/admin/queues/api/queues')
          .set('Cookie', 'motcua_queue_dashboard=forged')
      ).status,
    ).toBe(401);
  });
});
