import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Dossier } from '../dossier.entity';

// The citizen's rating of a returned dossier (Decree 61/2018 art. 27–32, Circular 01/2018
// art. 12–15): nine indices scored 2/1/0, one rating per dossier, kept for the reports.
@Entity('dossier_evaluations')
@Check(`"source" IN ('ONLINE', 'KIOSK', 'PAPER')`)
@Check(`"total_score" BETWEEN 0 AND 18`)
// Satisfaction in the reports: the ratings recorded within a period (migration ReportRollups).
@Index('IDX_dossier_evaluations_recorded_at', ['recordedAt'])
export class DossierEvaluation {
  @PrimaryColumn('uuid')
  dossierId!: string;

  @OneToOne(() => Dossier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  @Column({ type: 'varchar', length: 8 })
  source!: string;

  // { [indexCode]: 0 | 1 | 2 } for the nine indices.
  @Column({ type: 'jsonb' })
  scores!: Record<string, number>;

  @Column({ type: 'smallint' })
  totalScore!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  // The citizen who rated online, or the clerk who entered a kiosk or paper rating.
  @Column({ type: 'varchar', length: 10 })
  recordedByKind!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
