import { Logger } from '@nestjs/common';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/infra/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/infra/database/embedded/embedded-postgres';
import { runPendingMigrations } from '../../src/infra/database/migrate';
import {
  FOREIGN_TEST_TIME_ZONE,
  replaceDatabase,
  TEST_ADMIN_URL_VAR,
  TEST_TEMPLATE_VAR,
} from './test-environment';

interface TestGlobals {
  __MOTCUA_STOP_EMBEDDED__?: () => Promise<void>;
}

// Starts (or reuses, with DATABASE_URL) one PostgreSQL, migrates a template database once;
// each test file then clones its own database from the template (see test-database.ts).
export default async function globalSetup(): Promise<void> {
  process.env.TZ = FOREIGN_TEST_TIME_ZONE;
  if (!process.env.TEST_LOG_LEVEL) {
    Logger.overrideLogger(false);
  }
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-test-pg-'));
    chmodSync(dataDir, 0o755); // mkdtemp makes 0700 folders the postgres user cannot enter
    const port = 55000 + (process.pid % 5000);
    const server = await startEmbeddedPostgres({ dataDir, port }, 'motcua_test_admin', () => undefined);
    (globalThis as TestGlobals).__MOTCUA_STOP_EMBEDDED__ = () => server.stop();
    adminUrl = server.url;
    process.stdout.write(`\nTests use an embedded PostgreSQL on port ${port} (DATABASE_URL is not set)\n`);
  }
  const template = `motcua_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(
    buildDataSourceOptions(replaceDatabase(adminUrl, template), { poolSize: 2 }),
  ).initialize();
  try {
    await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_ADMIN_URL_VAR] = adminUrl;
  process.env[TEST_TEMPLATE_VAR] = template;
}
