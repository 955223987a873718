import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { AppModule } from '../app.module';
import { buildAppConfig, parseEnvironment } from '../config';
import { configureHttpApp } from '../infra/http/configure-http-app';
import { buildOpenApiDocument } from '../infra/http/openapi';
import { buildHttpLoggerOptions } from '../infra/logging/http-logger';

// npm run openapi [file]: the OpenAPI document without a database. Nest's preview mode builds the
// module graph and reads the controllers' metadata but instantiates no provider, so nothing
// connects to PostgreSQL or Redis. The web client's types are generated from this document.
async function main(): Promise<void> {
  const config = buildAppConfig(parseEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), process.cwd());
  const loggerOptions = buildHttpLoggerOptions(config.log.level);
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: 'postgres://preview@127.0.0.1:1/preview', loggerOptions }),
    { preview: true, logger: false, bodyParser: false, bufferLogs: true, abortOnError: false },
  );
  configureHttpApp(app, config, loggerOptions);
  const document = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
  const file = process.argv[2];
  if (file) {
    writeFileSync(file, document);
  } else {
    process.stdout.write(document);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
