import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type http from 'node:http';
import { type AddressInfo } from 'node:net';
import { AppModule } from '../../src/app.module';
import { type AppConfig, buildAppConfig, parseEnvironment } from '../../src/config';
import { configureHttpApp } from '../../src/infra/http/configure-http-app';
import { buildHttpLoggerOptions } from '../../src/infra/logging/http-logger';
import { type BenchDatabase } from './bench-database';

export interface BenchApp {
  app: INestApplication;
  config: AppConfig;
  port: number;
}

// The whole app, listening on a free loopback port, on a benchmark's database (no seeds: each
// benchmark seeds what it measures), with optional extra modules (bench-only controllers).
export async function startBenchApp(
  database: BenchDatabase,
  env: Record<string, string> = {},
  imports: Array<Type | DynamicModule> = [],
): Promise<BenchApp> {
  const config = buildAppConfig(
    parseEnvironment({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      PORT: '0',
      SEED_ON_START: 'false',
      ...env,
    }),
    process.cwd(),
  );
  const loggerOptions = buildHttpLoggerOptions('silent');
  @Module({ imports: [AppModule.forRoot({ config, databaseUrl: database.url, loggerOptions }), ...imports] })
  class BenchAppModule {}
  const app = await NestFactory.create(BenchAppModule, {
    bodyParser: false,
    logger: ['error'],
    abortOnError: false,
  });
  configureHttpApp(app, config, loggerOptions);
  await app.listen(0, '127.0.0.1');
  const port = ((app.getHttpServer() as http.Server).address() as AddressInfo).port;
  return { app, config, port };
}
