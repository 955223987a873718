import { bearer, staffToken } from '../support/auth';
import { insertStaffUser, insertTestTree, signIn, type TestTree } from '../support/identity-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('the audit log', () => {
  let testApp: TestApp;
  let tree: TestTree;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });
    tree = await insertTestTree(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeA.id }).then((user) =>
      signIn(testApp, user.username),
    );
    const [{ count }] = await testApp.dataSource.query<Array<{ count: string }>>(
      'SELECT count(*) FROM audit_events',
    );
    expect(Number(count)).toBeGreaterThan(0);
    await expect(testApp.dataSource.query(`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(testApp.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    expect(await testApp.dataSource.query('SELECT count(*) FROM audit_events')).toEqual([{ count }]);
  });

  it('lets an admin page and filter it', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeA.id });
    await signIn(testApp, clerk.username);
    const admin = await insertStaffUser(testApp, { roles: ['ADMIN'], agencyId: tree.province.id });
    const token = (await signIn(testApp, admin.username)).accessToken;
    const response = await testApp
      .http()
      .get('/api/v1/audit-events')
      .query({ action: 'auth.login', targetId: clerk.id })
      .set(...bearer(token));
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(1);
    expect(response.body.items[0]).toMatchObject({
      action: 'auth.login',
      targetType: 'staff',
      targetId: clerk.id,
      actorKind: 'staff',
      actorId: clerk.id,
    });
  });

  it('is closed to everyone but admins', async () => {
    expect((await testApp.http().get('/api/v1/audit-events')).status).toBe(401);
    const clerk = staffToken(testApp, ['CLERK', 'AGENCY_LEADER', 'LEADER_VIEWER'], tree.province.id);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/audit-events')
          .set(...bearer(clerk))
      ).status,
    ).toBe(403);
  });

  it('refuses malformed filters with 400', async () => {
    const admin = staffToken(testApp, ['ADMIN'], tree.province.id);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/audit-events')
          .query({ from: 'hôm qua' })
          .set(...bearer(admin))
      ).status,
    ).toBe(400);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/audit-events')
          .query({ pageSize: 100000 })
          .set(...bearer(admin))
      ).status,
    ).toBe(400);
  });
});
