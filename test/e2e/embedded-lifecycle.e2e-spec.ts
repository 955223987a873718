import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findPostgresProcesses, spawnApp, waitForHealth } from '../support/app-process';
import { TcpProxy } from '../support/tcp-proxy';

jest.setTimeout(180000);

// The embedded default as a new user meets it: `node dist/src/main.js` with no DATABASE_URL.
describe('the app on its embedded PostgreSQL', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let port: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-embedded-'));
    chmodSync(dataDir, 0o755);
    port = await TcpProxy.freePort();
    env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await TcpProxy.freePort()),
      LOG_LEVEL: 'info',
    };
  });

  afterAll(() => {
    for (const pid of findPostgresProcesses(dataDir)) {
      process.kill(pid, 'SIGQUIT');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises a cluster, serves /health, and leaves no postgres process after SIGTERM', async () => {
    const app = spawnApp(env);
    await waitForHealth(port, app);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(findPostgresProcesses(dataDir).length).toBeGreaterThan(0);
    app.child.kill('SIGTERM');
    expect(await app.exited()).toBe(0);
    expect(findPostgresProcesses(dataDir)).toEqual([]);
    expect(app.output()).toContain('Initialising a new PostgreSQL cluster');
  });

  it('reuses the data on the next start', async () => {
    const app = spawnApp(env);
    await waitForHealth(port, app);
    expect(app.output()).toContain('existing data');
    expect(app.output()).not.toContain('Initialising a new PostgreSQL cluster');
    app.child.kill('SIGINT');
    expect(await app.exited()).toBe(0);
    expect(findPostgresProcesses(dataDir)).toEqual([]);
  });

  it('recovers after the app was killed with SIGKILL and its postgres was orphaned', async () => {
    const killed = spawnApp(env);
    await waitForHealth(port, killed);
    killed.child.kill('SIGKILL');
    await killed.exited();
    await sleep(200);
    expect(findPostgresProcesses(dataDir).length).toBeGreaterThan(0);

    const app = spawnApp(env);
    await waitForHealth(port, app);
    expect(app.output()).toMatch(/Stopping PostgreSQL \(pid \d+\) left running by a previous run/);
    app.child.kill('SIGTERM');
    expect(await app.exited()).toBe(0);
    expect(findPostgresProcesses(dataDir)).toEqual([]);
  });

  it('refuses to start on a bad configuration value and names the variable', async () => {
    const app = spawnApp({ ...env, PORT: 'three thousand' });
    expect(await app.exited()).toBe(78);
    expect(app.output()).toMatch(/PORT="three thousand"/);
    expect(findPostgresProcesses(dataDir)).toEqual([]);
  });
});
