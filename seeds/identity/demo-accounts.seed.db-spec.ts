import { createTestApp } from '../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';

describe('demo accounts', () => {
  it('exist in development mode only, can sign in, and a restart leaves them as they are', async () => {
    const development = await createTestApp({
      env: { NODE_ENV: 'development', LOGIN_ATTEMPTS_PER_MINUTE: '1000' },
    });
    try {
      const [{ count }] = await development.dataSource.query<Array<{ count: string }>>(
        'SELECT count(*) FROM staff_users',
      );
      expect(Number(count)).toBe(DEMO_STAFF.length);
      const clerk = await development
        .http()
        .post('/api/v1/auth/login')
        .send({ login: 'motcua.phuong1', password: DEMO_PASSWORD });
      expect(clerk.status).toBe(200);
      expect(clerk.body.principal.roles).toEqual(['CLERK']);
      const citizen = await development
        .http()
        .post('/api/v1/auth/login')
        .send({ login: '0900000001', password: DEMO_PASSWORD });
      expect(citizen.body.principal.kind).toBe('citizen');

      await development.dataSource.query(
        `UPDATE staff_users SET full_name = 'Đã đổi' WHERE username = 'admin.tinh'`,
      );
      const restarted = await createTestApp({
        databaseUrl: development.database!.url,
        env: { NODE_ENV: 'development' },
      });
      await restarted.close();
      expect(
        await development.dataSource.query(`SELECT full_name FROM staff_users WHERE username = 'admin.tinh'`),
      ).toEqual([{ full_name: 'Đã đổi' }]);
      expect(await development.dataSource.query('SELECT count(*) FROM staff_users')).toEqual([{ count }]);
    } finally {
      await development.close();
    }
  });

  it('are never created outside development mode', async () => {
    const testMode = await createTestApp();
    try {
      expect(await testMode.dataSource.query('SELECT count(*)::int AS count FROM staff_users')).toEqual([
        { count: 0 },
      ]);
    } finally {
      await testMode.close();
    }
  });
});
