import { createTestApp, type TestApp } from '../support/test-app';

describe('CORS from configuration', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({
      env: { CORS_ORIGINS: 'https://motcua.phuyen.example, https://cong.example' },
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('allows a configured origin, with the request id exposed', async () => {
    const response = await testApp
      .http()
      .options('/api/v1/agencies')
      .set('Origin', 'https://cong.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://cong.example');
    const get = await testApp.http().get('/health').set('Origin', 'https://cong.example');
    expect(get.headers['access-control-expose-headers']).toContain('X-Request-Id');
  });

  it('gives no CORS grant to another origin', async () => {
    const response = await testApp.http().get('/health').set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
