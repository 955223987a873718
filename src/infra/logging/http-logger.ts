import { type IncomingMessage, type ServerResponse } from 'node:http';
import pino from 'pino';
import { type Options } from 'pino-http';
import { type LogLevel } from '../../config';
import { assignRequestId } from './request-id';

// Secrets and personal data are redacted at the source, whatever a later log call passes in.
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
  '*.idNumber',
  '*.phone',
];

interface SerializedRequest {
  id: string;
  method: string;
  url: string;
}

// One pino logger for the app and its HTTP middleware, so every line carries the same fields.
export function buildHttpLoggerOptions(level: LogLevel): Options<IncomingMessage, ServerResponse> {
  return {
    logger: pino({
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'mot-cua' },
    }),
    genReqId: assignRequestId,
    quietReqLogger: true,
    // Query strings may carry lookup verifiers: log the path only.
    serializers: {
      req: (req: SerializedRequest) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => req.url === '/health' },
  };
}
