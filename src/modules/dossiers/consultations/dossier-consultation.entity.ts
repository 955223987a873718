import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
// Another module's entity, only so the foreign keys are declared (and checked by the schema test).
import { Agency } from '../../catalog/agencies/agency.entity';
import { Dossier } from '../dossier.entity';

// A consultation (xin ý kiến, Decree 61/2018 art. 19): the agency holding the dossier asks another
// agency's opinion, with its own deadline in working days. Answered once; the answer, who gave it,
// when, and whether it was late are kept on the row.
@Entity('dossier_consultations')
// A loose bound: the rule itself (1–15 working days) lives in domain/consultation.ts.
@Check(`"working_days" BETWEEN 1 AND 60`)
// Answered all at once, or not at all.
@Check(
  `("answered_at" IS NULL) = ("answer" IS NULL) AND ("answered_at" IS NULL) = ("answered_by_id" IS NULL) AND ("answered_at" IS NULL) = ("answered_late" IS NULL)`,
)
@Index(['dossierId', 'requestedAt'])
// The consulted agency's list of open consultations, by due time.
@Index(['consultedAgencyId', 'dueAt'], { where: '"answered_at" IS NULL' })
export class DossierConsultation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => Dossier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  // The agency that held the dossier and asked.
  @Column({ type: 'uuid' })
  requestingAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requesting_agency_id' })
  requestingAgency?: Agency;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'uuid' })
  consultedAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consulted_agency_id' })
  consultedAgency?: Agency;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'smallint' })
  workingDays!: number;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'boolean', nullable: true })
  answeredLate!: boolean | null;
}
