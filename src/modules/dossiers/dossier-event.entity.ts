import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Dossier } from './dossier.entity';

// The process control sheet (Mẫu 05): one row per action, append-only (a trigger refuses
// UPDATE and DELETE; Decree 61/2018 art. 5 forbids deleting or falsifying dossier history).
@Entity('dossier_events')
@Index(['dossierId', 'id'])
export class DossierEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => Dossier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 10 })
  actorKind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'uuid', nullable: true })
  fromAgencyId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  toAgencyId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  toUserId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 40 })
  toStatus!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  stepDueAt!: Date | null;

  // EARLY | ON_TIME | LATE for the step this event closes.
  @Column({ type: 'varchar', length: 10, nullable: true })
  stepResult!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
