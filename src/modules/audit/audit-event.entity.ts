import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Append-only in the database itself: a trigger rejects UPDATE, DELETE and TRUNCATE.
@Entity('audit_events')
@Index(['occurredAt'])
@Index(['actorId', 'occurredAt'])
@Index(['targetType', 'targetId', 'occurredAt'])
@Index(['action', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  actorKind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  actorRoles!: string[];

  @Column({ type: 'uuid', nullable: true })
  actorAgencyId!: string | null;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  targetType!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  // What changed, never a password, token or full ID number (see audit-summary.ts).
  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary!: Record<string, unknown>;
}
