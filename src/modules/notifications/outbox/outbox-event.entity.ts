import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Transactional outbox: events that must leave the system (citizen notices, national portal
// sync), written in the same transaction as the change; the jobs issue delivers them.
@Entity('outbox_events')
@Index(['deliveredAt', 'id'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  // e.g. 'dossier.received', 'dossier.status-changed'
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 40 })
  aggregateType!: string;

  @Column({ type: 'uuid' })
  aggregateId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
