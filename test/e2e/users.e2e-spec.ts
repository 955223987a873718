import { bearer } from '../support/auth';
import {
  insertStaffUser,
  insertTestTree,
  signIn,
  TEST_PASSWORD,
  type TestTree,
} from '../support/identity-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('staff user administration, scoped by agency', () => {
  let testApp: TestApp;
  let tree: TestTree;
  let provinceAdmin: string;
  let districtAdmin: string;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });
    tree = await insertTestTree(testApp);
    provinceAdmin = (
      await signIn(
        testApp,
        (await insertStaffUser(testApp, { roles: ['ADMIN'], agencyId: tree.province.id })).username,
      )
    ).accessToken;
    districtAdmin = (
      await signIn(
        testApp,
        (await insertStaffUser(testApp, { roles: ['ADMIN'], agencyId: tree.districtDesk.id })).username,
      )
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const newUser = (agencyId: string, roles = ['CLERK']) => ({
    username: `cb.${Math.random().toString(36).slice(2, 10)}`,
    fullName: 'Võ Thị Hạnh',
    agencyId,
    roles,
    password: 'Tam-thoi-2026',
  });

  it('creates a clerk at a commune desk, who must change her password at first sign-in', async () => {
    const body = newUser(tree.communeADesk.id);
    const created = await testApp
      .http()
      .post('/api/v1/users')
      .set(...bearer(provinceAdmin))
      .send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: body.username,
      roles: ['CLERK'],
      mustChangePassword: true,
      active: true,
    });
    const login = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: body.username, password: body.password });
    expect(login.body.mustChangePassword).toBe(true);
    const change = await testApp
      .http()
      .post('/api/v1/me/password')
      .set(...bearer(login.body.accessToken))
      .send({ currentPassword: body.password, newPassword: 'Rieng-cua-toi-1' });
    expect(change.status).toBe(204);
    // Changed without showing its refresh token: every session of the account ended, this one too.
    const refreshed = await testApp
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(401);
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/auth/login')
          .send({ login: body.username, password: 'Rieng-cua-toi-1' })
      ).body.mustChangePassword,
    ).toBe(false);
    const audit = await testApp.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_events WHERE action = 'staff-user.create' AND target_id = $1`,
      [created.body.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('lets a district admin manage the communes below, but not the province above (403, nothing written)', async () => {
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/users')
          .set(...bearer(districtAdmin))
          .send(newUser(tree.communeB.id))
      ).status,
    ).toBe(201);
    const before = await testApp.dataSource.query('SELECT count(*) FROM staff_users');
    const outside = await testApp
      .http()
      .post('/api/v1/users')
      .set(...bearer(districtAdmin))
      .send(newUser(tree.province.id));
    expect(outside.status).toBe(403);
    expect(outside.body.type).toBe('urn:mot-cua:problem:outside-agency-scope');
    expect(await testApp.dataSource.query('SELECT count(*) FROM staff_users')).toEqual(before);
  });

  it('hides accounts outside the admin scope (404) and from the list', async () => {
    const provinceClerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.province.id });
    expect(
      (
        await testApp
          .http()
          .get(`/api/v1/users/${provinceClerk.id}`)
          .set(...bearer(districtAdmin))
      ).status,
    ).toBe(404);
    const list = await testApp
      .http()
      .get('/api/v1/users')
      .query({ pageSize: 200 })
      .set(...bearer(districtAdmin));
    expect(list.status).toBe(200);
    expect((list.body.items as Array<{ id: string }>).map((user) => user.id)).not.toContain(provinceClerk.id);
    expect(
      (
        await testApp
          .http()
          .get(`/api/v1/users/${provinceClerk.id}`)
          .set(...bearer(provinceAdmin))
      ).status,
    ).toBe(200);
  });

  it('deactivating an account ends its sessions', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const session = await signIn(testApp, clerk.username);
    const patch = await testApp
      .http()
      .patch(`/api/v1/users/${clerk.id}`)
      .set(...bearer(provinceAdmin))
      .send({ active: false });
    expect(patch.status).toBe(200);
    expect(patch.body.active).toBe(false);
    expect(
      (await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status,
    ).toBe(401);
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/auth/login')
          .send({ login: clerk.username, password: TEST_PASSWORD })
      ).status,
    ).toBe(401);
  });

  it('an admin reset sets a temporary password and unlocks the account', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    await testApp.dataSource.query(
      `UPDATE staff_users SET locked_until = now() + interval '10 minutes' WHERE id = $1`,
      [clerk.id],
    );
    const reset = await testApp
      .http()
      .post(`/api/v1/users/${clerk.id}/reset-password`)
      .set(...bearer(provinceAdmin))
      .send({ newPassword: 'Dat-lai-2026' });
    expect(reset.status).toBe(204);
    const login = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: clerk.username, password: 'Dat-lai-2026' });
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
  });

  it.each([
    ['an unknown role', { roles: ['SUPERUSER'] }],
    ['no role', { roles: [] }],
    ['a bad username', { username: 'Có dấu' }],
    ['a weak password', { password: 'short' }],
  ])('refuses %s with 400', async (_name, override) => {
    const response = await testApp
      .http()
      .post('/api/v1/users')
      .set(...bearer(provinceAdmin))
      .send({ ...newUser(tree.communeA.id), ...override });
    expect(response.status).toBe(400);
  });

  it('refuses a duplicate username with 409 and a malformed id with 400', async () => {
    const body = newUser(tree.communeA.id);
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/users')
          .set(...bearer(provinceAdmin))
          .send(body)
      ).status,
    ).toBe(201);
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/users')
          .set(...bearer(provinceAdmin))
          .send(body)
      ).status,
    ).toBe(409);
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/users/not-a-uuid')
          .set(...bearer(provinceAdmin))
      ).status,
    ).toBe(400);
  });

  it('will not let an admin lock herself out', async () => {
    const admin = await insertStaffUser(testApp, { roles: ['ADMIN'], agencyId: tree.province.id });
    const token = (await signIn(testApp, admin.username)).accessToken;
    expect(
      (
        await testApp
          .http()
          .patch(`/api/v1/users/${admin.id}`)
          .set(...bearer(token))
          .send({ active: false })
      ).status,
    ).toBe(409);
  });
});
