import { randomUUID } from 'node:crypto';
import { bearer } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('citizen accounts', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const register = (body: object) => testApp.http().post('/api/v1/auth/citizens/register').send(body);

  it('registers with a phone number, stores phone and ID number encrypted, and shows them masked', async () => {
    const response = await register({
      fullName: 'Nguyễn Thị Lan',
      phone: '0905 123 456',
      password: 'Hoa-sen-2026',
      idNumber: '054200001234',
    });
    expect(response.status).toBe(201);
    expect(response.body.profile).toEqual({
      id: expect.any(String),
      fullName: 'Nguyễn Thị Lan',
      email: null,
      phone: '*******456',
      idNumber: '*********234',
    });
    const [row] = await testApp.dataSource.query<Array<Record<string, string>>>(
      'SELECT * FROM citizens WHERE id = $1',
      [response.body.profile.id],
    );
    expect(JSON.stringify(row)).not.toMatch(/0905123456|054200001234/);

    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(response.body.accessToken));
    expect(me.body).toEqual({ kind: 'citizen', citizen: response.body.profile });
    const audit = await testApp.dataSource.query<Array<{ summary: object }>>(
      `SELECT summary FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [response.body.profile.id],
    );
    expect(audit.length).toBeGreaterThanOrEqual(2); // the registration and the read of /me
    expect(JSON.stringify(audit)).not.toMatch(/0905123456|054200001234|Hoa-sen/);
  });

  it('signs in with the phone number in any common format, or with the e-mail', async () => {
    await register({
      fullName: 'Trần Văn Bình',
      phone: '0912345678',
      email: 'Binh.Tran@Example.vn',
      password: 'Song-Da-Rang-9',
    });
    for (const login of ['+84912345678', '0912 345 678', 'binh.tran@example.vn']) {
      const response = await testApp
        .http()
        .post('/api/v1/auth/login')
        .send({ login, password: 'Song-Da-Rang-9' });
      expect(response.status).toBe(200);
      expect(response.body.principal.kind).toBe('citizen');
    }
  });

  it('refuses a second account with the same phone number or e-mail (409), changing nothing', async () => {
    await register({ fullName: 'Lê Thị Hoa', phone: '0987654321', password: 'Hoa-mai-2026!' });
    const before = await testApp.dataSource.query<Array<{ count: string }>>('SELECT count(*) FROM citizens');
    const again = await register({
      fullName: 'Người khác',
      phone: '+84987654321',
      password: 'Khac-hoan-toan-7',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ field: 'phone', message: 'phone đã được sử dụng' }]);
    expect(await testApp.dataSource.query('SELECT count(*) FROM citizens')).toEqual(before);
  });

  it.each([
    ['no phone and no e-mail', { fullName: 'Ẩn Danh', password: 'Hoa-sen-2026' }, 'phone'],
    ['a malformed phone', { fullName: 'Sai Số', phone: '12345', password: 'Hoa-sen-2026' }, 'phone'],
    [
      'a malformed ID number',
      { fullName: 'Sai Số', phone: '0905000111', idNumber: '123', password: 'Hoa-sen-2026' },
      'idNumber',
    ],
    ['a weak password', { fullName: 'Yếu Mật', phone: '0905000222', password: 'abc' }, 'password'],
    [
      'an unknown field',
      { fullName: 'Thừa', phone: '0905000333', password: 'Hoa-sen-2026', role: 'ADMIN' },
      'role',
    ],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const response = await register(body);
    expect(response.status).toBe(400);
    expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toContain(field);
  });

  it('keeps citizens away from staff-only routes', async () => {
    const citizen = await register({
      fullName: 'Phạm Văn Công',
      phone: '0905444555',
      password: 'Hoa-sen-2026',
    });
    const response = await testApp
      .http()
      .get('/api/v1/users')
      .set(...bearer(citizen.body.accessToken));
    expect(response.status).toBe(403);
  });

  describe('changing her own password (POST /me/password)', () => {
    const login = (loginName: string, password: string) =>
      testApp.http().post('/api/v1/auth/login').send({ login: loginName, password });
    const changePassword = (accessToken: string, body: object) =>
      testApp
        .http()
        .post('/api/v1/me/password')
        .set(...bearer(accessToken))
        .send(body);

    it('checks the current password, refuses a weak new one under its field, then changes it', async () => {
      const citizen = await register({
        fullName: 'Võ Thị Mai',
        phone: '0905777888',
        email: 'mai.vo@example.vn',
        password: 'Hoa-sen-2026',
      });
      const other = await register({ fullName: 'Đỗ Văn Nam', phone: '0905777999', password: 'Hoa-sen-2026' });
      const token = citizen.body.accessToken as string;

      const wrong = await changePassword(token, {
        currentPassword: 'Sai-mat-khau-1',
        newPassword: 'Trang-moi-2027!',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.body.errors).toEqual([
        { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
      ]);

      for (const newPassword of ['ngan', 'Mai-0905777888', 'Mai.Vo-2027!', 'Hoa-sen-2026']) {
        const weak = await changePassword(token, { currentPassword: 'Hoa-sen-2026', newPassword });
        expect(weak.status).toBe(400);
        expect((weak.body.errors as Array<{ field: string }>).map((error) => error.field)).toEqual(
          expect.arrayContaining(['newPassword']),
        );
      }
      // Whose password is the token's to say: a body naming another account is refused.
      const smuggled = await changePassword(token, {
        currentPassword: 'Hoa-sen-2026',
        newPassword: 'Trang-moi-2027!',
        citizenId: other.body.profile.id,
      });
      expect(smuggled.status).toBe(400);

      const changed = await changePassword(token, {
        currentPassword: 'Hoa-sen-2026',
        newPassword: 'Trang-moi-2027!',
      });
      expect(changed.status).toBe(204);
      expect((await login('0905777888', 'Hoa-sen-2026')).status).toBe(401);
      expect((await login('0905777888', 'Trang-moi-2027!')).status).toBe(200);
      expect((await login('mai.vo@example.vn', 'Trang-moi-2027!')).status).toBe(200);
      // The other citizen, with the same old password, is untouched.
      expect((await login('0905777999', 'Hoa-sen-2026')).status).toBe(200);

      const audit = await testApp.dataSource.query<Array<{ action: string; summary: unknown }>>(
        `SELECT action, summary FROM audit_events WHERE target_id = $1 AND action = 'citizen.change-password'`,
        [citizen.body.profile.id],
      );
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit)).not.toMatch(/Trang-moi|Hoa-sen/);
    });

    // Whoever knew the old password may hold a session: every other one ends with the change.
    it('signs out her other sessions and keeps the one that changed it, if it shows its refresh token', async () => {
      const citizen = await register({
        fullName: 'Trần Thị Thu',
        phone: '0905777666',
        password: 'Hoa-sen-2026',
      });
      const other = await register({ fullName: 'Lý Văn Tư', phone: '0905777555', password: 'Hoa-sen-2026' });
      const here = citizen.body as { accessToken: string; refreshToken: string };
      const phone = (await login('0905777666', 'Hoa-sen-2026')).body as { refreshToken: string };
      const refresh = (refreshToken: string) =>
        testApp.http().post('/api/v1/auth/refresh').send({ refreshToken });

      // Another citizen's refresh token keeps nothing of hers, and is not touched either.
      const changed = await changePassword(here.accessToken, {
        currentPassword: 'Hoa-sen-2026',
        newPassword: 'Trang-moi-2027!',
        refreshToken: here.refreshToken,
      });
      expect(changed.status).toBe(204);
      expect((await refresh(phone.refreshToken)).status).toBe(401);
      const kept = await refresh(here.refreshToken);
      expect(kept.status).toBe(200);
      expect((await refresh((other.body as { refreshToken: string }).refreshToken)).status).toBe(200);

      // Without a refresh token (or with one not hers), every session of hers ends.
      const later = (await login('0905777666', 'Trang-moi-2027!')).body as { refreshToken: string };
      const again = await changePassword(kept.body.accessToken as string, {
        currentPassword: 'Trang-moi-2027!',
        newPassword: 'Sen-hong-2028!',
        refreshToken: `${randomUUID()}.not-a-secret`,
      });
      expect(again.status).toBe(204);
      expect((await refresh(kept.body.refreshToken as string)).status).toBe(401);
      expect((await refresh(later.refreshToken)).status).toBe(401);
    });

    it('asks a token: without one the answer is 401', async () => {
      const response = await testApp
        .http()
        .post('/api/v1/me/password')
        .send({ currentPassword: 'Hoa-sen-2026', newPassword: 'Trang-moi-2027!' });
      expect(response.status).toBe(401);
    });
  });
});
