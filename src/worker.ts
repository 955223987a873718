import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigValidationError, loadAppConfig } from './config';
import { buildHttpLoggerOptions } from './infra/logging/http-logger';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

// A queue worker: the same modules as the API, without HTTP, with processors on. It needs a
// shared database and Redis; the embedded single-machine mode runs processors inside the API.
async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      fail(error.message, 78);
    }
    throw error;
  }
  if (!config.database.url || !config.redis) {
    fail(
      'The worker needs DATABASE_URL and REDIS_URL; without Redis the API runs the processors itself.',
      78,
    );
  }
  const loggerOptions = buildHttpLoggerOptions(config.log.level);
  const workerConfig = { ...config, queueProcessorsEnabled: true, seedOnStart: false };
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config: workerConfig, databaseUrl: config.database.url, loggerOptions }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.get(Logger).log('Một cửa worker is processing queues');
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    void app.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`Shutdown failed: ${String(error)}`, 1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  fail(
    `Một cửa worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    1,
  );
});
