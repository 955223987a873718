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
// PostgreSQL in a temporary folder. The app migrates it at start. With `keepAs` (and
// DATABASE_URL), the database of that name is kept after the run and used again by the next one
// (a benchmark whose data takes long to make; it decides what is already there).
export async function openBenchDatabase(keepAs?: string): Promise<BenchDatabase> {
  if (keepAs && process.env.DATABASE_URL) {
    return openKeptDatabase(process.env.DATABASE_URL, keepAs);
  }
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

async function openKeptDatabase(adminUrl: string, name: string): Promise<BenchDatabase> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (rowCount === 0) {
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  return { url: replaceDatabase(adminUrl, name), close: () => Promise.resolve() };
}
