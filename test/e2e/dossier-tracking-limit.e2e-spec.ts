import { createTestApp, type TestApp } from '../support/test-app';

// Public tracking has its own per-address limit: guessing codes is slowed down, and neither limit
// eats into the other (a citizen who looked their dossier up can still sign in).
describe('public tracking rate limit', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({
      env: { TRACKING_REQUESTS_PER_MINUTE: '3', LOGIN_ATTEMPTS_PER_MINUTE: '2' },
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers 429 problem+json beyond the limit, without touching the sign-in budget', async () => {
    const track = () =>
      testApp.http().get('/api/v1/public/dossiers/000.00.00.H55-270301-0001').query({ verifier: '1234' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await track()).status).toBe(404);
    }
    const limited = await track();
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    const login = () =>
      testApp.http().post('/api/v1/auth/login').send({ login: 'khong.co', password: 'sai-mat-khau' });
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(429);
  });
});
