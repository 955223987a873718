import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { DEFAULT_GATEWAY_PAYLOAD, isGatewayPayload } from './notifications-config';
import { isDeadlineWatchInterval, parseEscalationHours } from './deadline-watch-config';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;

const POSTGRES_URL = /^postgres(ql)?:\/\/[^\s]+$/;
const REDIS_URL = /^rediss?:\/\/[^\s]+$/;

export const DEVELOPMENT_JWT_SECRET = 'development-only-jwt-secret-change-me-in-production';
export const DEVELOPMENT_ENCRYPTION_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE=';

// 'true'/'false'/'1'/'0' as booleans; anything else stays as is so validation names it.
function parseBooleanText(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(normalised)) {
    return true;
  }
  if (['false', '0', 'no'].includes(normalised)) {
    return false;
  }
  return value;
}

const GATEWAY_PAYLOAD_RULE = {
  validate: isGatewayPayload,
  defaultMessage: () =>
    `must be a JSON template with "{{to}}" and "{{text}}", e.g. ${DEFAULT_GATEWAY_PAYLOAD}`,
};

// Every variable the process reads, validated once at boot. Names match the environment.
export class EnvironmentSchema {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(REDIS_URL, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  // Comma-separated origins, or '*' for any; empty turns CORS off.
  @IsString()
  CORS_ORIGINS = '';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  DB_CONNECT_RETRIES = 10;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  DB_CONNECT_RETRY_DELAY_MS = 3000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 10;

  // How long a request waits for a free pooled connection before it gets a 503.
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  DB_POOL_WAIT_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(({ value }: { value: unknown }) => parseBooleanText(value))
  @IsBoolean()
  SEED_ON_START = true;

  @Transform(({ value }: { value: unknown }) => parseBooleanText(value))
  @IsBoolean()
  QUEUE_PROCESSORS_ENABLED = true;

  // HMAC secret of access tokens. The development default is refused in production.
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET = DEVELOPMENT_JWT_SECRET;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  // 32 bytes, base64: encrypts personal data at rest (ID numbers, phone numbers).
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
  DATA_ENCRYPTION_KEY = DEVELOPMENT_ENCRYPTION_KEY;

  // Level-1 agency identifier of the province (QCVN 102:2016, e.g. H55). Phú Yên's real value is
  // unconfirmed, so the seeded identifiers are illustrative.
  @Matches(/^[HK]\d{2}$/, { message: 'must be H or K followed by two digits' })
  PROVINCE_IDENTIFIER = 'H55';

  // argon2id time cost (iterations) at 19 MiB memory; OWASP's minimum is 2.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  PASSWORD_HASH_COST = 2;

  // Sign-in and registration attempts per client address per minute.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_ATTEMPTS_PER_MINUTE = 20;

  // Public dossier tracking requests per client address per minute (guessing codes is slowed
  // down; a wrong verifier and an unknown code already answer alike).
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  TRACKING_REQUESTS_PER_MINUTE = 60;

  // Public address of the citizen portal, printed in the QR code of receipts (lookup page).
  @Matches(/^https?:\/\/[^\s]+[^/\s]$/, { message: 'must be an http(s) URL without a trailing slash' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  // Place name printed on forms ("Tuy Hòa, ngày ... tháng ... năm ...").
  @IsString()
  @MinLength(1)
  FORMS_PLACE_NAME = 'Phú Yên';

  // Notices (README, Notifications). E-mail over SMTP, e.g. smtps://user:pass@mail.example.vn:465;
  // unset: written as files under DATA_DIR/outbox-mail outside production, skipped in production.
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @Matches(/@[^\s@>]+>?$/, { message: 'must be an address, e.g. "Một cửa <no-reply@motcua.example.vn>"' })
  MAIL_FROM = 'Một cửa <no-reply@motcua.local>';

  // SMS and Zalo through HTTP gateways: POST of the payload template to the URL, with the
  // Authorization header when set. Unset URL: that channel's notices are skipped.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  SMS_GATEWAY_URL?: string;

  @IsOptional()
  @IsString()
  SMS_GATEWAY_AUTHORIZATION?: string;

  @ValidateBy({ name: 'gatewayPayload', validator: GATEWAY_PAYLOAD_RULE })
  SMS_GATEWAY_PAYLOAD = DEFAULT_GATEWAY_PAYLOAD;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  ZALO_GATEWAY_URL?: string;

  @IsOptional()
  @IsString()
  ZALO_GATEWAY_AUTHORIZATION?: string;

  @ValidateBy({ name: 'gatewayPayload', validator: GATEWAY_PAYLOAD_RULE })
  ZALO_GATEWAY_PAYLOAD = DEFAULT_GATEWAY_PAYLOAD;

  // One SMTP send or gateway request; slower counts as a failure and is retried.
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(300_000)
  NOTIFICATION_SEND_TIMEOUT_MS = 10_000;

  // Attempts of a notice before it becomes a dead letter; retries wait base, 2×base, 4×base…
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  NOTIFICATION_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  NOTIFICATION_RETRY_BASE_MS = 30_000;

  // Namespace of this deployment's keys in Redis.
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1-40 of a-z, 0-9, _ and -' })
  QUEUE_PREFIX = 'motcua';

  // How often a processor process relays the outbox, and sweeps for deliveries and portal syncs
  // the queue may have lost (Redis emptied or down, a worker killed).
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  OUTBOX_RELAY_INTERVAL_MS = 1000;

  // How often a processor process folds the report rollups' deltas into the day and month
  // tables (readers add the unfolded ones, so this is speed, not correctness); 0 = never.
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  REPORT_ROLLUP_FOLD_INTERVAL_MS = 10_000;

  // Bull: how long a worker holds a job before it counts as stalled (a killed worker's job is
  // redelivered after this), and how often stalled jobs are looked for.
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  QUEUE_LOCK_DURATION_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  QUEUE_STALLED_INTERVAL_MS = 30_000;

  // Jobs of one kind a processor process runs at the same time (Bull).
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  QUEUE_CONCURRENCY = 8;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  OUTBOX_SWEEP_INTERVAL_MS = 30_000;

  // The national public service portal's status sync (or any webhook); unset: no sync.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  PORTAL_SYNC_URL?: string;

  // Key of the HMAC-SHA256 signature of each sync request (X-MotCua-Signature).
  @IsOptional()
  @IsString()
  @MinLength(16)
  PORTAL_SYNC_SECRET?: string;

  // The deadline watch (jobs): one tick every this many ms in processor processes; 0: none here.
  @Type(() => Number)
  @IsInt()
  @Max(86_400_000)
  @ValidateBy({
    name: 'deadlineWatchInterval',
    validator: {
      validate: isDeadlineWatchInterval,
      defaultMessage: () => 'must be 0 (off) or at least 1000',
    },
  })
  DEADLINE_WATCH_INTERVAL_MS = 60_000;

  // A dossier or route step is "due soon" this many working days before its due time.
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  DEADLINE_DUE_SOON_WORKING_DAYS = 1;

  // Working hours overdue after which a dossier is escalated, one agency level up per threshold.
  @ValidateBy({
    name: 'escalationHours',
    validator: {
      validate: (value: unknown) => parseEscalationHours(value) !== null,
      defaultMessage: () => 'must be 1-9 increasing whole hours, comma-separated (e.g. 8,40)',
    },
  })
  DEADLINE_ESCALATION_WORKING_HOURS = '8,40';

  // New deadline notices per tick (the rest go in the next ticks).
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  DEADLINE_WATCH_MAX_NOTICES = 5000;
}
