import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// One message to one recipient on one channel, fanned out from an outbox event or a deadline
// notice. The database, not Redis, is the record: a delivery is PENDING until a worker sends it,
// and the dedupe key (event or notice, channel, recipient) makes a relay run twice, a redelivered
// job or a rebuilt queue produce no second row. After its last attempt it is DEAD (dead letter),
// visible to administrators, who may retry it.
@Entity('notification_deliveries')
@Check(`"channel" IN ('EMAIL', 'SMS', 'ZALO', 'IN_APP', 'PORTAL')`)
@Check(`"status" IN ('PENDING', 'SENT', 'DEAD', 'SKIPPED')`)
@Index(['dedupeKey'], { unique: true })
// What the requeue sweep and the dead-letter list read.
@Index(['status', 'nextAttemptAt'])
@Index(['dossierId', 'createdAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: string;

  // Which template renders it (e.g. 'citizen.received', 'staff.overdue', 'portal.status').
  @Column({ type: 'varchar', length: 60 })
  template!: string;

  @Column({ type: 'bigint', nullable: true })
  outboxEventId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  // citizen | staff | applicant (a desk dossier's applicant without an account) | portal
  @Column({ type: 'varchar', length: 10 })
  recipientKind!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  // E-mail address or phone number, encrypted (AES-256-GCM); shown only masked.
  @Column({ type: 'text', nullable: true })
  recipientAddressEncrypted!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  recipientMasked!: string | null;

  // The template's parameters (no personal identifiers beyond the applicant's name).
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status!: string;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
