import { serveWebApp, type ServedApp } from './support/web-app';

// The Nest app serves the built SPA at / with fallback to index.html for the app's own pages,
// and leaves the API, /health and /docs as they were.
describe('web app serving', () => {
  let served: ServedApp;
  const get = (path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    fetch(`${served.baseUrl}${path}`, { headers: { Accept: accept } });

  beforeAll(async () => {
    served = await serveWebApp();
  });

  afterAll(async () => {
    await served.close();
  });

  it('serves index.html at / and revalidates it on every load', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('lets browsers keep the content-hashed assets for a year', async () => {
    const html = await (await get('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await get(script!, '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it("answers the app's own pages (the receipt's QR link) with index.html", async () => {
    const response = await get('/tra-cuu?code=000.00.00.H55-270305-0001');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('keeps problem+json 404s for unknown API paths, even when a browser asks for HTML', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/nothing', '/docs/nothing-here']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers a missing asset and a non-HTML request with a 404, not the app', async () => {
    expect((await get('/assets/missing-0000.js', '*/*')).status).toBe(404);
    const api = await get('/tra-cuu', 'application/json');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('keeps the API, /health and the OpenAPI document working', async () => {
    expect((await get('/health', 'application/json')).status).toBe(200);
    expect((await get('/docs-json', 'application/json')).status).toBe(200);
    const procedures = await get('/api/v1/procedures?q=khai%20sinh', 'application/json');
    expect(procedures.status).toBe(200);
    expect(procedures.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends a Content-Security-Policy that allows only its own scripts', async () => {
    const policy = (await get('/')).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
