import { Client } from 'pg';
import { TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR } from './test-environment';

interface TestGlobals {
  __MOTCUA_STOP_EMBEDDED__?: () => Promise<void>;
}

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ADMIN_URL_VAR];
  const template = process.env[TEST_TEMPLATE_VAR];
  if (adminUrl && template) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  await (globalThis as TestGlobals).__MOTCUA_STOP_EMBEDDED__?.();
}
