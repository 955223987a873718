import path from 'node:path';
import { type EnvironmentSchema } from './environment.schema';

// An HTTP gateway (SMS or Zalo): where to POST, the Authorization header, and the JSON body with
// {{to}}, {{text}} and {{deliveryId}} placeholders.
export interface GatewayConfig {
  readonly url: string;
  readonly authorization: string | null;
  readonly payloadTemplate: string;
}

export interface NotificationsConfig {
  readonly mail: {
    readonly smtpUrl: string | null;
    readonly from: string;
    // Without SMTP_URL outside production: each message is written here as an .eml file.
    readonly fileDir: string | null;
  };
  readonly sms: GatewayConfig | null;
  readonly zalo: GatewayConfig | null;
  readonly sendTimeoutMs: number;
  // How long a claimed delivery stays out of reach of other workers and the sweep while it is sent.
  readonly sendLeaseMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
}

export const DEFAULT_GATEWAY_PAYLOAD = '{"to":"{{to}}","text":"{{text}}","requestId":"{{deliveryId}}"}';

// Twice the send timeout, so a send that times out is over before another worker may take it.
const LEASE_PER_TIMEOUT = 2;

export function buildNotificationsConfig(env: EnvironmentSchema, dataDir: string): NotificationsConfig {
  const gateway = (url: string | undefined, authorization: string | undefined, payload: string) =>
    url ? { url, authorization: authorization ?? null, payloadTemplate: payload } : null;
  return {
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM,
      fileDir: env.SMTP_URL || env.NODE_ENV === 'production' ? null : path.join(dataDir, 'outbox-mail'),
    },
    sms: gateway(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_AUTHORIZATION, env.SMS_GATEWAY_PAYLOAD),
    zalo: gateway(env.ZALO_GATEWAY_URL, env.ZALO_GATEWAY_AUTHORIZATION, env.ZALO_GATEWAY_PAYLOAD),
    sendTimeoutMs: env.NOTIFICATION_SEND_TIMEOUT_MS,
    sendLeaseMs: env.NOTIFICATION_SEND_TIMEOUT_MS * LEASE_PER_TIMEOUT,
    maxAttempts: env.NOTIFICATION_MAX_ATTEMPTS,
    retryBaseMs: env.NOTIFICATION_RETRY_BASE_MS,
  };
}

// A payload template must give valid JSON whatever the values (they are inserted JSON-escaped
// between its quotes) and must place the recipient and the text.
export function isGatewayPayload(template: unknown): boolean {
  if (typeof template !== 'string' || !template.includes('{{to}}') || !template.includes('{{text}}')) {
    return false;
  }
  try {
    JSON.parse(template.replace(/\{\{(to|text|deliveryId)\}\}/g, 'x'));
    return true;
  } catch {
    return false;
  }
}
