import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type DeliveryStatus } from './delivery-channels';
import { NotificationDelivery } from './notification-delivery.entity';

// Queries of notification_deliveries, in the caller's transaction when there is one.
@Injectable()
export class NotificationDeliveryRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // The row, locked for this transaction, and whether its time has come (by the database's
  // clock, the one every next_attempt_at here is written with); null if it is missing or another
  // worker holds it right now.
  async lockForUpdate(
    id: string,
    { skipLocked }: { skipLocked: boolean },
  ): Promise<{ delivery: NotificationDelivery; isDue: boolean } | null> {
    const rows = await this.txHost.tx.query<Array<{ is_due: boolean }>>(
      `SELECT next_attempt_at <= now() AS is_due FROM notification_deliveries
       WHERE id = $1 FOR UPDATE ${skipLocked ? 'SKIP LOCKED' : ''}`,
      [id],
    );
    if (rows.length === 0) {
      return null;
    }
    const delivery = await this.txHost.tx.getRepository(NotificationDelivery).findOneByOrFail({ id });
    return { delivery, isDue: rows[0].is_due };
  }

  // Takes the row for one attempt: counted now, and out of reach (sweep, other workers) until
  // the lease ends, so a worker that dies mid-send leaves it to be tried again after the lease.
  async claim(id: string, leaseMs: number): Promise<number> {
    const result = await this.txHost.tx.query<[Array<{ attempts: number }>, number]>(
      `UPDATE notification_deliveries
       SET attempts = attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
       WHERE id = $1 RETURNING attempts`,
      [id, leaseMs],
    );
    return result[0][0].attempts;
  }

  async markSent(id: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE notification_deliveries SET status = 'SENT', sent_at = now(), last_error = NULL
       WHERE id = $1 AND status = 'PENDING'`,
      [id],
    );
  }

  // A failed attempt: PENDING again after `retryInMs`, or DEAD (its next_attempt_at then says
  // when it died). Only the attempt that claimed the row may record its failure: after the lease
  // ran out a later claim owns it. Returns when the retry is due, or null if nothing changed.
  async recordFailure(
    id: string,
    attempt: number,
    error: string,
    outcome: { status: 'PENDING'; retryInMs: number } | { status: 'DEAD' },
  ): Promise<Date | null> {
    const rows = await this.txHost.tx.query<[Array<{ next_attempt_at: Date }>, number]>(
      `UPDATE notification_deliveries
       SET status = $3, last_error = $4, next_attempt_at = now() + $5 * interval '1 millisecond'
       WHERE id = $1 AND status = 'PENDING' AND attempts = $2
       RETURNING next_attempt_at`,
      [id, attempt, outcome.status, error, outcome.status === 'PENDING' ? outcome.retryInMs : 0],
    );
    return rows[0][0]?.next_attempt_at ?? null;
  }

  // SKIPPED (opted out, channel not configured, no address) or DEAD at once (params a template
  // cannot render: retrying would not help), with the reason.
  async close(
    id: string,
    status: Extract<DeliveryStatus, 'SKIPPED' | 'DEAD'>,
    reason: string,
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE notification_deliveries SET status = $2, last_error = $3, next_attempt_at = now()
       WHERE id = $1 AND status = 'PENDING'`,
      [id, status, reason],
    );
  }

  findById(id: string): Promise<NotificationDelivery | null> {
    return this.txHost.tx.getRepository(NotificationDelivery).findOneBy({ id });
  }

  async findByDossier(dossierId: string): Promise<NotificationDelivery[]> {
    return this.txHost.tx
      .getRepository(NotificationDelivery)
      .find({ where: { dossierId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  // Dead letters, most recently dead first (status, next_attempt_at is indexed).
  async findDead(offset: number, limit: number): Promise<[NotificationDelivery[], number]> {
    return this.txHost.tx.getRepository(NotificationDelivery).findAndCount({
      where: { status: 'DEAD' },
      order: { nextAttemptAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  // A dead letter back in the queue's hands, as if new.
  async revive(id: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE notification_deliveries SET status = 'PENDING', attempts = 0, last_error = NULL,
              next_attempt_at = now()
       WHERE id = $1`,
      [id],
    );
  }
}
