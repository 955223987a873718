import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { OutboxEvent } from './outbox-event.entity';

// Writes outgoing events in the caller's transaction: they exist exactly when the change does.
// Delivery (notices, national portal sync) is the jobs issue's relay.
@Injectable()
export class OutboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async add(
    kind: string,
    aggregateType: string,
    aggregateId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.txHost.tx
      .getRepository(OutboxEvent)
      .insert({ kind, aggregateType, aggregateId, payload: payload as OutboxEvent['payload'] & object });
  }
}
