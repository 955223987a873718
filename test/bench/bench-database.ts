import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/infra/database/embedded/embedded-postgres';
import { replaceDatabase } from '../setup/test-environment';

export interface BenchDatabase {
  url: string;
  close(): Promise<void>;
}

// A fresh database for one benchmark run: on DATABASE_URL's server if set, else on an embedded
// PostgreSQL in a temporary folder. The app migrates it at start.
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
  let adminUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-pg-'));
    chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres(
      { dataDir, port: 56000 + (process.pid % 3000) },
      'postgres',
      () => undefined,
    );
    adminUrl = server.url;
    stopEmbedded = () => server.stop();
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: replaceDatabase(adminUrl, name),
    close: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await stopEmbedded?.();
      if (dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
