import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig } from './config';
import { APP_DATABASE_NAME } from './infra/database/data-source-options';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './infra/database/embedded/embedded-postgres';
import { configureHttpApp } from './infra/http/configure-http-app';
import { buildHttpLoggerOptions } from './infra/logging/http-logger';

export interface RunningApplication {
  readonly app: NestExpressApplication;
  readonly databaseUrl: string;
  // Stops HTTP first (in-flight requests finish), then the embedded PostgreSQL if we started it.
  stop(): Promise<void>;
}

export async function startApplication(config: AppConfig): Promise<RunningApplication> {
  const loggerOptions = buildHttpLoggerOptions(config.log.level);
  const log = loggerOptions.logger!.child({ context: 'Bootstrap' });
  let embedded: EmbeddedPostgres | null = null;
  if (config.database.embedded) {
    embedded = await startEmbeddedPostgres(config.database.embedded, APP_DATABASE_NAME, (message) =>
      log.info(message),
    );
  } else {
    log.info('Using the database at DATABASE_URL (no embedded PostgreSQL)');
  }
  const databaseUrl = config.database.url ?? embedded!.url;
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl, loggerOptions }),
      { bodyParser: false, bufferLogs: true, abortOnError: false },
    );
    configureHttpApp(app, config, loggerOptions);
    await app.listen(config.http.port);
    log.info(`Một cửa is serving on port ${config.http.port}`);
    return {
      app,
      databaseUrl,
      stop: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
