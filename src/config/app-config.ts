import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  DEVELOPMENT_ENCRYPTION_KEY,
  DEVELOPMENT_JWT_SECRET,
  EnvironmentSchema,
  type LOG_LEVELS,
  type NODE_ENVS,
} from './environment.schema';
import { buildDeadlineWatchConfig, type DeadlineWatchConfig } from './deadline-watch-config';
import { buildNotificationsConfig, type NotificationsConfig } from './notifications-config';

export type LogLevel = (typeof LOG_LEVELS)[number];
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface EmbeddedDatabaseConfig {
  readonly dataDir: string; // absolute; PostgreSQL's cluster lives in <dataDir>/postgres
  readonly port: number;
}

export interface DatabaseConfig {
  // Absent means: start the embedded PostgreSQL and connect to it.
  readonly url: string | null;
  readonly embedded: EmbeddedDatabaseConfig | null;
  readonly connectRetries: number;
  readonly connectRetryDelayMs: number;
  readonly poolSize: number;
  readonly poolWaitMs: number;
}

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly dataDir: string;
  readonly http: {
    readonly port: number;
    readonly bodyLimitBytes: number;
    readonly corsOrigins: readonly string[];
  };
  readonly database: DatabaseConfig;
  readonly redis: {
    readonly url: string;
    readonly prefix: string;
    readonly lockDurationMs: number;
    readonly stalledIntervalMs: number;
  } | null;
  readonly log: { readonly level: LogLevel };
  readonly notifications: NotificationsConfig;
  readonly seedOnStart: boolean;
  readonly queueProcessorsEnabled: boolean;
  readonly queueConcurrency: number;
  readonly auth: {
    readonly jwtSecret: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlDays: number;
    readonly passwordHashTimeCost: number;
    readonly loginAttemptsPerMinute: number;
    readonly trackingRequestsPerMinute: number;
  };
  readonly encryptionKey: Buffer;
  readonly provinceIdentifier: string;
  readonly forms: { readonly publicBaseUrl: string; readonly placeName: string };
  readonly outbox: { readonly relayIntervalMs: number; readonly sweepIntervalMs: number };
  readonly reportRollupFoldIntervalMs: number;
  readonly portalSync: { readonly url: string; readonly secret: string } | null;
  readonly deadlineWatch: DeadlineWatchConfig;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

// Empty strings count as unset, so `DATABASE_URL=` in a .env file means "embedded".
function dropEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(new EnvironmentSchema())) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') {
      result[key] = value.trim();
    }
  }
  return result;
}

export function parseEnvironment(source: Record<string, string | undefined>): EnvironmentSchema {
  const given = dropEmpty(source);
  const parsed = plainToInstance(EnvironmentSchema, given, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.map((error) => {
    const reasons = Object.values(error.constraints ?? {}).join('; ');
    // The value as the operator wrote it; URLs and secrets are not echoed.
    const value = /_URL$|SECRET|_KEY$/.test(error.property)
      ? '(hidden)'
      : JSON.stringify(given[error.property]);
    return `${error.property}=${value}: ${reasons}`;
  });
  if (parsed.NODE_ENV === 'production') {
    // Never run production on secrets that are published in this repository.
    if (parsed.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      problems.push('JWT_SECRET: must be set to a secret of your own in production');
    }
    if (parsed.DATA_ENCRYPTION_KEY === DEVELOPMENT_ENCRYPTION_KEY) {
      problems.push('DATA_ENCRYPTION_KEY: must be set to a key of your own in production');
    }
  }
  if (parsed.PORTAL_SYNC_URL && !parsed.PORTAL_SYNC_SECRET) {
    problems.push('PORTAL_SYNC_SECRET: required with PORTAL_SYNC_URL (every sync request is signed)');
  }
  if (problems.length > 0) {
    throw new ConfigValidationError(problems);
  }
  return parsed;
}

export function buildAppConfig(env: EnvironmentSchema, cwd: string): AppConfig {
  const dataDir = path.resolve(cwd, env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL ?? null;
  return {
    nodeEnv: env.NODE_ENV,
    dataDir,
    http: {
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    },
    database: {
      url: databaseUrl,
      embedded: databaseUrl ? null : { dataDir, port: env.EMBEDDED_PG_PORT },
      connectRetries: env.DB_CONNECT_RETRIES,
      connectRetryDelayMs: env.DB_CONNECT_RETRY_DELAY_MS,
      poolSize: env.DB_POOL_SIZE,
      poolWaitMs: env.DB_POOL_WAIT_MS,
    },
    redis: env.REDIS_URL
      ? {
          url: env.REDIS_URL,
          prefix: env.QUEUE_PREFIX,
          lockDurationMs: env.QUEUE_LOCK_DURATION_MS,
          stalledIntervalMs: env.QUEUE_STALLED_INTERVAL_MS,
        }
      : null,
    log: { level: env.LOG_LEVEL },
    notifications: buildNotificationsConfig(env, dataDir),
    seedOnStart: env.SEED_ON_START,
    queueProcessorsEnabled: env.QUEUE_PROCESSORS_ENABLED,
    queueConcurrency: env.QUEUE_CONCURRENCY,
    auth: {
      jwtSecret: env.JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      passwordHashTimeCost: env.PASSWORD_HASH_COST,
      loginAttemptsPerMinute: env.LOGIN_ATTEMPTS_PER_MINUTE,
      trackingRequestsPerMinute: env.TRACKING_REQUESTS_PER_MINUTE,
    },
    encryptionKey: Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64'),
    provinceIdentifier: env.PROVINCE_IDENTIFIER,
    forms: { publicBaseUrl: env.PUBLIC_BASE_URL, placeName: env.FORMS_PLACE_NAME },
    outbox: { relayIntervalMs: env.OUTBOX_RELAY_INTERVAL_MS, sweepIntervalMs: env.OUTBOX_SWEEP_INTERVAL_MS },
    reportRollupFoldIntervalMs: env.REPORT_ROLLUP_FOLD_INTERVAL_MS,
    portalSync: env.PORTAL_SYNC_URL ? { url: env.PORTAL_SYNC_URL, secret: env.PORTAL_SYNC_SECRET! } : null,
    deadlineWatch: buildDeadlineWatchConfig(env),
  };
}

// The only place that reads process.env (ESLint forbids it elsewhere in src/).
export function loadAppConfig(): AppConfig {
  return buildAppConfig(parseEnvironment(process.env), process.cwd());
}
