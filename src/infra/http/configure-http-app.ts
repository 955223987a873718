import { type INestApplication, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { Logger } from 'nestjs-pino';
import pinoHttp, { type Options } from 'pino-http';
import { type AppConfig } from '../../config';
import { mountOpenApi } from './openapi';
import { ProblemFilter } from './problem.filter';
import { mapErrorToProblem } from './problem.mapper';
import { sendProblem } from './problem-response';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

function corsOrigin(origins: readonly string[]): boolean | string | string[] {
  if (origins.length === 0) {
    return false;
  }
  return origins.includes('*') ? true : [...origins];
}

// Everything HTTP-shaped that main.ts and the test factory must set up identically.
// The app must be created with { bodyParser: false, bufferLogs: true }.
export function configureHttpApp(
  app: INestApplication,
  config: AppConfig,
  loggerOptions: Options<IncomingMessage, ServerResponse>,
): void {
  app.useLogger(app.get(Logger));
  const expressApp = app.getHttpAdapter().getInstance() as express.Express;
  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', 'loopback');
  // Order matters: request id and logging first, so even a refused body is logged with its id.
  app.use(pinoHttp(loggerOptions));
  // No upgrade-insecure-requests: the docs UI must load over plain HTTP on a local machine.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.enableCors({
    origin: corsOrigin(config.http.corsOrigins),
    exposedHeaders: ['X-Request-Id', 'ETag', 'Location'],
  });
  app.use(
    express.json({ limit: config.http.bodyLimitBytes, type: ['application/json', 'application/*+json'] }),
  );
  app.use(express.urlencoded({ extended: false, limit: config.http.bodyLimitBytes }));
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => {
    sendProblem(request, response, mapErrorToProblem(error));
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'docs', method: RequestMethod.ALL },
      { path: 'docs-json', method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(app.get(HttpAdapterHost)));
  mountOpenApi(app);
}
