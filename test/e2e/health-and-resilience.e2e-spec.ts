import { Controller, Get, Module } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { PublicRoute } from '../../src/modules/identity';
import { createTestApp, type TestApp } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';

@PublicRoute()
@Controller('test-only')
class DatabaseProbeController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('now')
  async now(): Promise<{ now: string }> {
    const [row] = await this.dataSource.query<Array<{ now: string }>>('SELECT now()::text AS now');
    return { now: row.now };
  }
}

@Module({ controllers: [DatabaseProbeController] })
class DatabaseProbeModule {}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await sleep(200);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('health and database resilience', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let testApp: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await TcpProxy.start(database.url);
    testApp = await createTestApp({
      databaseUrl: proxy.urlFor(database.url),
      imports: [DatabaseProbeModule],
    });
  });

  afterAll(async () => {
    await testApp.close();
    await proxy.cut();
    await database.drop();
  });

  it('reports 200 with the database up', async () => {
    const response = await testApp.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body.info.database.status).toBe('up');
    expect(response.body.info.redis).toBeUndefined();
  });

  it('answers 503 problem+json while the database is away, then recovers by itself', async () => {
    await proxy.cut();

    const health = await testApp.http().get('/health');
    expect(health.status).toBe(503);
    expect(health.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(health.body.checks.database.status).toBe('down');

    const query = await testApp.http().get('/api/v1/test-only/now');
    expect(query.status).toBe(503);
    expect(query.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(query.body.type).toBe('urn:mot-cua:problem:database-unavailable');
    expect(query.headers['retry-after']).toBe('5');

    await proxy.open();
    await waitFor(async () => (await testApp.http().get('/api/v1/test-only/now')).status === 200, 10000);
    expect((await testApp.http().get('/health')).status).toBe(200);
  });
});

describe('start-up while the database is unreachable', () => {
  it('retries with a clear log line instead of crashing, and starts once the database is back', async () => {
    const database = await createTestDatabase();
    const proxy = await TcpProxy.start(database.url);
    await proxy.cut();
    const reopen = sleep(1500).then(() => proxy.open());
    const testApp = await createTestApp({
      databaseUrl: proxy.urlFor(database.url),
      env: { DB_CONNECT_RETRIES: '20', DB_CONNECT_RETRY_DELAY_MS: '300' },
    });
    try {
      await reopen;
      expect((await testApp.http().get('/health')).status).toBe(200);
    } finally {
      await testApp.close();
      await proxy.cut();
      await database.drop();
    }
  });

  it('gives up after the configured number of attempts', async () => {
    const port = await TcpProxy.freePort();
    await expect(
      createTestApp({
        databaseUrl: `postgres://postgres@127.0.0.1:${port}/nowhere`,
        env: { DB_CONNECT_RETRIES: '2', DB_CONNECT_RETRY_DELAY_MS: '100' },
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
