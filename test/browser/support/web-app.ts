import { existsSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import path from 'node:path';
import { type Server } from 'node:http';
import { WEB_BUILD_DIR } from '../../../src/infra/web/web-app.module';
import { createTestApp, type TestApp } from '../../support/test-app';

export interface ServedApp {
  readonly testApp: TestApp;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export function assertWebBuilt(): void {
  if (!existsSync(path.join(WEB_BUILD_DIR, 'index.html'))) {
    throw new Error(`${WEB_BUILD_DIR}/index.html is missing: run npm run build first (npm test does)`);
  }
}

// The whole application on a real port, against its own database, serving the built web app
// from dist/web as `npm start` does. Fixtures go in through testApp (DI, HTTP).
export async function serveWebApp(): Promise<ServedApp> {
  assertWebBuilt();
  const testApp = await createTestApp();
  await testApp.app.listen(0, '127.0.0.1');
  const { port } = (testApp.app.getHttpServer() as Server).address() as AddressInfo;
  return { testApp, baseUrl: `http://127.0.0.1:${port}`, close: () => testApp.close() };
}
