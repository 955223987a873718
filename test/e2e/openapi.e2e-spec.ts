import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestApp, type TestApp } from '../support/test-app';

describe('OpenAPI document', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('is served at /docs-json and is a valid OpenAPI 3 document', async () => {
    const response = await testApp.http().get('/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    const result = await new Validator().validate(response.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('declares the bearer security scheme and documents the health route', async () => {
    const response = await testApp.http().get('/docs-json');
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(response.body.paths['/health'].get).toBeDefined();
  });

  it('serves the documentation UI at /docs', async () => {
    const response = await testApp.http().get('/docs').redirects(1);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger-ui');
  });
});
