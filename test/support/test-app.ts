import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { type AppConfig, buildAppConfig, parseEnvironment } from '../../src/config';
import { configureHttpApp } from '../../src/infra/http/configure-http-app';
import { buildHttpLoggerOptions } from '../../src/infra/logging/http-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestAppOptions {
  // Environment overrides, as strings, exactly as an operator would set them.
  env?: Record<string, string | undefined>;
  // Extra modules (test-only controllers) mounted into the app.
  imports?: Array<Type | DynamicModule>;
  // Use this database instead of a fresh clone (the caller owns it).
  databaseUrl?: string;
  // Connect to the Redis at REDIS_URL (Bull mode); suites using it run under describeWithRedis.
  withRedis?: boolean;
}

export interface TestApp {
  readonly app: INestApplication;
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  readonly database: TestDatabase | null;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

// The whole application, as main.ts builds it, against its own database. Later issues reuse it
// for every HTTP end-to-end test.
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config = buildAppConfig(
    parseEnvironment({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: databaseUrl,
      REDIS_URL: options.withRedis ? process.env.REDIS_URL : undefined,
      QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
      // Background loops stay quiet unless a test asks for them (or drives them itself).
      OUTBOX_RELAY_INTERVAL_MS: '3600000',
      OUTBOX_SWEEP_INTERVAL_MS: '86400000',
      DEADLINE_WATCH_INTERVAL_MS: '0',
      ...options.env,
    }),
    process.cwd(),
  );
  const loggerOptions = buildHttpLoggerOptions(config.log.level);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl, loggerOptions }), ...(options.imports ?? [])],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureHttpApp(app, config, loggerOptions);
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    await database?.drop();
    throw error;
  }
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    database,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database?.drop();
      if (config.redis) {
        await deleteRedisKeys(config.redis.url, config.redis.prefix);
      }
    },
  };
}

// Each test app has its own queue prefix; remove what it left in the shared Redis.
async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

export const isRedisConfigured = Boolean(process.env.REDIS_URL);

// Redis-backed suites run only when REDIS_URL is set, and say so when they do not.
export const describeWithRedis: jest.Describe = isRedisConfigured
  ? describe
  : (((name: string, fn: () => void) =>
      describe.skip(`${name} [skipped: REDIS_URL is not set]`, fn)) as jest.Describe);
