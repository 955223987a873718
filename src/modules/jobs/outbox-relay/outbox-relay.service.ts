import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { withTimeout } from '../../../common';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { JobQueue } from '../../../infra/queue/job-queue';
import { DeliveryPlanner } from '../../notifications/deliveries/delivery-planner.service';
import { type DossierContact, fanOut, isPortalEvent, type RelayedEvent } from './outbox-fan-out';

// Events relayed per transaction: small enough to keep the row locks short.
const RELAY_BATCH = 500;
// How long an enqueue may wait for Redis before the relay moves on (the sweep retries later).
const ENQUEUE_TIMEOUT_MS = 2000;

interface EventRow {
  id: string;
  kind: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

interface ContactRow {
  id: string;
  code: string | null;
  channel: string;
  procedure_name: string;
  applicant_name: string;
  citizen_id: string | null;
  citizen_email: string | null;
  citizen_phone_encrypted: string | null;
  applicant_email: string | null;
  applicant_phone_encrypted: string | null;
  received_at: Date | null;
  appointment_at: Date | null;
  desk_name: string;
}

export interface RelayResult {
  readonly relayed: number;
  readonly deliveries: number;
}

// The transactional outbox's relay (DESIGN.md: the database, not Redis, is the source of truth).
// One transaction takes a batch of unrelayed events (SKIP LOCKED: several relays never take the
// same event), turns each into deliveries (idempotent by dedupe key) and marks it relayed. Only
// after commit are the jobs handed to the queue; if Redis is down or emptied, the deliveries stay
// PENDING in the database and the sweep hands them over again.
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: FieldCipher,
    private readonly planner: DeliveryPlanner,
    private readonly queue: JobQueue,
  ) {}

  // Relays until nothing is left (or `maxBatches`), handing jobs over after each batch commits.
  async relayPending(maxBatches = 20): Promise<RelayResult> {
    let relayed = 0;
    let deliveries = 0;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const { events, deliveryIds, portalDossiers } = await this.relayBatch();
      relayed += events;
      deliveries += deliveryIds.length;
      await this.handOver(deliveryIds, portalDossiers);
      if (events < RELAY_BATCH) {
        break;
      }
    }
    return { relayed, deliveries };
  }

  @Transactional()
  private async relayBatch(): Promise<{ events: number; deliveryIds: string[]; portalDossiers: string[] }> {
    const tx = this.txHost.tx;
    const rows = await tx.query<EventRow[]>(
      `SELECT id, kind, aggregate_id, payload, occurred_at FROM outbox_events
       WHERE delivered_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [RELAY_BATCH],
    );
    if (rows.length === 0) {
      return { events: 0, deliveryIds: [], portalDossiers: [] };
    }
    const events: RelayedEvent[] = rows.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      occurredAt: row.occurred_at,
    }));
    const contacts = await this.contactsOf([...new Set(events.map((event) => event.aggregateId))]);
    const planned = events.flatMap((event) => fanOut(event, contacts.get(event.aggregateId) ?? null));
    const deliveryIds = await this.planner.plan(planned);
    await tx.query(`UPDATE outbox_events SET delivered_at = now() WHERE id = ANY($1::bigint[])`, [
      events.map((event) => event.id),
    ]);
    const portalDossiers = [...new Set(events.filter(isPortalEvent).map((event) => event.aggregateId))];
    return { events: events.length, deliveryIds, portalDossiers };
  }

  private async contactsOf(dossierIds: string[]): Promise<Map<string, DossierContact>> {
    const rows = await this.txHost.tx.query<ContactRow[]>(
      `SELECT d.id, d.code, d.channel, pv.name AS procedure_name, d.applicant_name, d.citizen_id,
              c.email AS citizen_email, c.phone_encrypted AS citizen_phone_encrypted,
              d.applicant_email, d.applicant_phone_encrypted, d.received_at, d.appointment_at,
              a.name AS desk_name
       FROM dossiers d
       JOIN procedure_versions pv ON pv.id = d.procedure_version_id
       JOIN agencies a ON a.id = d.receiving_agency_id
       LEFT JOIN citizens c ON c.id = d.citizen_id
       WHERE d.id = ANY($1::uuid[])`,
      [dossierIds],
    );
    return new Map(rows.map((row) => [row.id, this.toContact(row)]));
  }

  // An online dossier's owner is reached at their account's addresses; a desk dossier's applicant
  // at the ones written on the dossier.
  private toContact(row: ContactRow): DossierContact {
    const phoneSealed = row.citizen_id ? row.citizen_phone_encrypted : row.applicant_phone_encrypted;
    return {
      dossierId: row.id,
      code: row.code,
      channel: row.channel,
      procedureName: row.procedure_name,
      applicantName: row.applicant_name,
      citizenId: row.citizen_id,
      email: (row.citizen_id ? row.citizen_email : row.applicant_email) ?? null,
      phone: phoneSealed ? this.cipher.decrypt(phoneSealed) : null,
      receivedAt: row.received_at,
      appointmentAt: row.appointment_at,
      deskName: row.desk_name,
    };
  }

  private async handOver(deliveryIds: readonly string[], portalDossiers: readonly string[]): Promise<void> {
    try {
      await withTimeout(this.planner.enqueue(deliveryIds), ENQUEUE_TIMEOUT_MS);
      for (const dossierId of portalDossiers) {
        await withTimeout(this.enqueuePortalSync(dossierId), ENQUEUE_TIMEOUT_MS);
      }
    } catch (error) {
      this.logger.warn(`Queue unavailable, the sweep will hand the jobs over: ${(error as Error).message}`);
    }
  }

  private enqueuePortalSync(dossierId: string, tag = 'relay'): Promise<void> {
    return this.queue.enqueue(
      'portal.sync',
      { dossierId },
      { jobId: `portal:${dossierId}:${tag}:${Date.now()}` },
    );
  }

  // Hands over again what the queue may have lost (Redis emptied, a job failed for good, a worker
  // killed): deliveries still PENDING whose time has come, and dossiers whose last status change
  // the portal has not acknowledged. Handlers are idempotent, so a job handed over twice is harmless.
  async sweep(now = new Date(), limit = 1000): Promise<{ deliveries: number; portal: number }> {
    const deliveries = await this.txHost.tx.query<Array<{ id: string; next_attempt_at: Date }>>(
      `SELECT id, next_attempt_at FROM notification_deliveries
       WHERE status = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $2`,
      [now, limit],
    );
    const portal = await this.txHost.tx.query<Array<{ aggregate_id: string }>>(
      `SELECT DISTINCT e.aggregate_id FROM outbox_events e
       LEFT JOIN portal_sync_states s ON s.dossier_id = e.aggregate_id
       WHERE e.kind = 'dossier.status-changed' AND e.delivered_at IS NOT NULL
         AND e.id > COALESCE(s.last_outbox_event_id, 0)
       LIMIT $1`,
      [limit],
    );
    try {
      for (const row of deliveries) {
        await withTimeout(
          this.queue.enqueue(
            'notifications.deliver',
            { deliveryId: row.id },
            { jobId: `deliver:${row.id}:sweep:${row.next_attempt_at.getTime()}` },
          ),
          ENQUEUE_TIMEOUT_MS,
        );
      }
      for (const row of portal) {
        await withTimeout(this.enqueuePortalSync(row.aggregate_id, 'sweep'), ENQUEUE_TIMEOUT_MS);
      }
    } catch (error) {
      this.logger.warn(`Queue unavailable during the sweep: ${(error as Error).message}`);
    }
    return { deliveries: deliveries.length, portal: portal.length };
  }
}
