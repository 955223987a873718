import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A deadline threshold a dossier (or one of its route steps, or one of its consultations) has
// crossed, noted once: the watch inserts with ON CONFLICT DO NOTHING, so each notice goes once per
// dossier, step and threshold however many workers or ticks see it.
@Entity('deadline_notices')
@Check(`"threshold" ~ '^(DUE_SOON|OVERDUE|APOLOGY_MISSING|ESCALATION_[0-9]+)$'`)
@Index(['dossierId', 'stepKey', 'threshold'], { unique: true })
export class DeadlineNotice {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  // The route step's id, 'c:' and the consultation's id, or '' for the dossier's own deadline (a
  // unique key cannot hold NULLs). See domain/deadline-notices.ts (noticeSubjectOf).
  @Column({ type: 'varchar', length: 40, default: '' })
  stepKey!: string;

  @Column({ type: 'varchar', length: 30 })
  threshold!: string;

  // The due time the threshold was measured against, for the record.
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  notedAt!: Date;
}
