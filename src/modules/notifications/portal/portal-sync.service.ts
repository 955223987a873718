import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { HandlesJob } from '../../../infra/queue/job-handler.decorator';
import { type JobPayloads } from '../../../infra/queue/queue-names';

const EVENTS_PER_RUN = 50;
const REQUEST_TIMEOUT_MS = 10_000;

interface PendingEvent {
  id: string;
  occurred_at: Date;
  payload: { status: string; nationalStatusCode: number; channel?: string; code?: string | null };
}

// What the portal receives for one status change: the national status and channel codes
// (domain.md), the dossier's code and the event id (the receiver's idempotency key).
export interface PortalStatusMessage {
  readonly eventId: string;
  readonly provinceIdentifier: string;
  readonly dossierId: string;
  readonly dossierCode: string | null;
  readonly status: string;
  readonly nationalStatusCode: number;
  readonly channel: string | null;
  readonly occurredAt: string;
}

export function signPortalBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

// Pushes a dossier's status changes to the national public service portal (or any webhook), in
// outbox order, one dossier at a time: a session advisory lock per dossier keeps two workers from
// interleaving its events, and the last acknowledged event is recorded after each success, so a
// crash resends at most the event in flight (the receiver deduplicates by event id). A failure
// stops this dossier's run (later events wait: order matters more than speed) and fails the job;
// Bull retries it with backoff, and the relay's sweep hands it over again after that.
@Injectable()
export class PortalSyncService {
  private readonly logger = new Logger('PortalSync');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @HandlesJob('portal.sync')
  async sync(job: JobPayloads['portal.sync']): Promise<void> {
    const target = this.config.portalSync;
    if (!target) {
      return;
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const query = <T>(sql: string, parameters?: unknown[]): Promise<T> =>
        runner.query(sql, parameters) as Promise<T>;
      const [{ locked }] = await query<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_lock(hashtextextended('portal-sync:' || $1, 0)) AS locked`,
        [job.dossierId],
      );
      if (!locked) {
        return; // another worker is syncing this dossier; the sweep catches anything left
      }
      try {
        await this.pushPending(query, job.dossierId, target);
      } finally {
        await query(`SELECT pg_advisory_unlock(hashtextextended('portal-sync:' || $1, 0))`, [job.dossierId]);
      }
    } finally {
      await runner.release();
    }
  }

  private async pushPending(
    query: <T>(sql: string, parameters?: unknown[]) => Promise<T>,
    dossierId: string,
    target: { url: string; secret: string },
  ): Promise<void> {
    const events = await query<PendingEvent[]>(
      `SELECT e.id, e.occurred_at, e.payload FROM outbox_events e
       WHERE e.aggregate_id = $1 AND e.kind = 'dossier.status-changed' AND e.delivered_at IS NOT NULL
         AND e.id > COALESCE((SELECT last_outbox_event_id FROM portal_sync_states WHERE dossier_id = $1), 0)
       ORDER BY e.id LIMIT $2`,
      [dossierId, EVENTS_PER_RUN],
    );
    for (const event of events) {
      const message: PortalStatusMessage = {
        eventId: String(event.id),
        provinceIdentifier: this.config.provinceIdentifier,
        dossierId,
        dossierCode: event.payload.code ?? null,
        status: event.payload.status,
        nationalStatusCode: event.payload.nationalStatusCode,
        channel: event.payload.channel ?? null,
        occurredAt: event.occurred_at.toISOString(),
      };
      await this.post(target, message);
      await query(
        `INSERT INTO portal_sync_states (dossier_id, last_outbox_event_id, last_status, last_national_status_code, synced_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (dossier_id) DO UPDATE SET last_outbox_event_id = EXCLUDED.last_outbox_event_id,
           last_status = EXCLUDED.last_status, last_national_status_code = EXCLUDED.last_national_status_code,
           synced_at = EXCLUDED.synced_at
         WHERE portal_sync_states.last_outbox_event_id < EXCLUDED.last_outbox_event_id`,
        [dossierId, message.eventId, message.status, message.nationalStatusCode],
      );
    }
  }

  private async post(target: { url: string; secret: string }, message: PortalStatusMessage): Promise<void> {
    const body = JSON.stringify(message);
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-MotCua-Signature': signPortalBody(target.secret, body),
        'X-MotCua-Event-Id': message.eventId,
        'Idempotency-Key': `motcua-${message.provinceIdentifier}-${message.eventId}`,
      },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) {
      this.logger.warn(`Portal answered ${response.status} for event ${message.eventId}`);
      throw new Error(`portal sync answered ${response.status}`);
    }
  }
}
