import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer } from '../support/auth';
import {
  insertStaffUser,
  insertTestTree,
  signIn,
  TEST_PASSWORD,
  type TestTree,
} from '../support/identity-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

const PROBLEM = /^application\/problem\+json/;

function forgeToken(header: object, payload: object, secret?: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

describe('staff sign-in, tokens and sessions', () => {
  let testApp: TestApp;
  let tree: TestTree;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });
    tree = await insertTestTree(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('signs a clerk in and answers /me with her account, never her password hash', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const login = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: clerk.username.toUpperCase(), password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      principal: { kind: 'staff', roles: ['CLERK'], agencyId: tree.communeADesk.id },
    });
    const me = await testApp
      .http()
      .get('/api/v1/me')
      .set(...bearer(login.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body.staff).toMatchObject({ username: clerk.username, roles: ['CLERK'], active: true });
    expect(JSON.stringify(me.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a wrong password with 401 problem+json, the same as an unknown account', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const wrong = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: clerk.username, password: 'Sai-mat-khau-1' });
    const unknown = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: 'khongtontai', password: 'Sai-mat-khau-1' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.type).toBe('urn:mot-cua:problem:invalid-credentials');
    }
  });

  it('locks an account for 15 minutes after 5 failures, even against the right password', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await testApp
        .http()
        .post('/api/v1/auth/login')
        .send({ login: clerk.username, password: 'Sai-mat-khau-1' });
    }
    const locked = await testApp
      .http()
      .post('/api/v1/auth/login')
      .send({ login: clerk.username, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.type).toBe('urn:mot-cua:problem:account-locked');
    const [row] = await testApp.dataSource.query<Array<{ locked_until: Date }>>(
      'SELECT locked_until FROM staff_users WHERE id = $1',
      [clerk.id],
    );
    expect(row.locked_until.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('refuses an inactive account', async () => {
    const retired = await insertStaffUser(testApp, {
      roles: ['CLERK'],
      agencyId: tree.communeADesk.id,
      active: false,
    });
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/auth/login')
          .send({ login: retired.username, password: TEST_PASSWORD })
      ).status,
    ).toBe(401);
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const first = await signIn(testApp, clerk.username);
    const second = await testApp
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);

    const replay = await testApp
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    const afterTheft = await testApp
      .http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: second.body.refreshToken });
    expect(afterTheft.status).toBe(401);
    const events = await testApp.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_events WHERE action = 'auth.refresh-reused' AND target_id = $1`,
      [clerk.id],
    );
    expect(events).toHaveLength(1);
  });

  it('logs out: the refresh token stops working', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const session = await signIn(testApp, clerk.username);
    expect(
      (await testApp.http().post('/api/v1/auth/logout').send({ refreshToken: session.refreshToken })).status,
    ).toBe(204);
    expect(
      (await testApp.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status,
    ).toBe(401);
  });

  it('stores refresh tokens hashed, never in clear', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    const session = await signIn(testApp, clerk.username);
    const secret = session.refreshToken.split('.')[1];
    const rows = await testApp.dataSource.query<Array<{ secret_hash: string }>>(
      'SELECT secret_hash FROM refresh_tokens WHERE subject_id = $1',
      [clerk.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.secret_hash)).not.toContain(secret);
  });

  describe('access tokens that must be refused', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = () => ({
      sub: tree.communeA.id,
      kind: 'staff',
      usr: 'gia.mao',
      roles: ['ADMIN'],
      agency: tree.province.id,
      iss: 'mot-cua',
      aud: 'mot-cua-api',
      iat: now(),
    });

    it.each([
      ['alg none', () => forgeToken({ alg: 'none', typ: 'JWT' }, { ...claims(), exp: now() + 600 })],
      [
        'signed with another secret',
        () => forgeToken({ alg: 'HS256', typ: 'JWT' }, { ...claims(), exp: now() + 600 }, 'x'.repeat(40)),
      ],
      [
        'expired',
        () =>
          forgeToken(
            { alg: 'HS256', typ: 'JWT' },
            { ...claims(), exp: now() - 5 },
            testApp.config.auth.jwtSecret,
          ),
      ],
      [
        'tampered after signing',
        () => {
          const [header, , signature] = forgeToken(
            { alg: 'HS256', typ: 'JWT' },
            { ...claims(), roles: ['CLERK'], exp: now() + 600 },
            testApp.config.auth.jwtSecret,
          ).split('.');
          return `${header}.${Buffer.from(JSON.stringify({ ...claims(), exp: now() + 600 })).toString('base64url')}.${signature}`;
        },
      ],
      ['garbage', () => 'not.a.token'],
    ])('refuses a token that is %s', async (_name, token) => {
      const response = await testApp
        .http()
        .get('/api/v1/me')
        .set(...bearer(token()));
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('accepts the same claims when correctly signed (the forgery helper is sound)', async () => {
      const valid = forgeToken(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims(), exp: now() + 600 },
        testApp.config.auth.jwtSecret,
      );
      const response = await testApp
        .http()
        .get('/api/v1/users')
        .set(...bearer(valid));
      expect(response.status).toBe(200);
    });
  });

  it('records sign-ins in the audit log without the password', async () => {
    const clerk = await insertStaffUser(testApp, { roles: ['CLERK'], agencyId: tree.communeADesk.id });
    await signIn(testApp, clerk.username);
    const rows = await testApp.app
      .get(DataSource)
      .query<Array<{ summary: object; request_id: string; ip: string }>>(
        `SELECT summary, request_id, ip FROM audit_events WHERE action = 'auth.login' AND target_id = $1`,
        [clerk.id],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0].request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
  });
});

describe('sign-in rate limit per address', () => {
  it('answers 429 problem+json past the configured attempts per minute', async () => {
    const testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push(
          (
            await testApp
              .http()
              .post('/api/v1/auth/login')
              .send({ login: 'khongco', password: 'Sai-mat-khau-1' })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await testApp.close();
    }
  });
});
