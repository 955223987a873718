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
// Another module's entity, only so the foreign key is declared (and checked by the schema test).
import { Agency } from '../../catalog/agencies/agency.entity';
import { Dossier } from '../dossier.entity';

// One agency's part of an inter-agency route (liên thông, Decree 61/2018 art. 19.6–19.7), copied
// from the pinned procedure version when the route starts. Each step has its own allotted time and
// due time, so the agency that made a dossier late can be named. A step sent back is reopened as
// a new row (`attempt` + 1): the earlier attempt keeps its result for the control sheet.
@Entity('dossier_steps')
@Check(`"status" IN ('PENDING', 'ACTIVE', 'DONE', 'CANCELLED')`)
@Check(`"result" IS NULL OR "result" IN ('EARLY', 'ON_TIME', 'LATE')`)
@Index(['dossierId', 'sequence', 'attempt'])
// The receiving agency's inbox of route steps: what is open here and when it is due.
@Index(['agencyId', 'status', 'dueAt'])
export class DossierStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => Dossier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  // Steps sharing a sequence run in parallel (electronic route, one lead).
  @Column({ type: 'smallint' })
  sequence!: number;

  @Column({ type: 'smallint', default: 1 })
  attempt!: number;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  // The unit named by the procedure when the tree has no node for it (e.g. "Chi cục Thuế").
  @Column({ type: 'varchar', length: 200, nullable: true })
  agencyLabel!: string | null;

  @Column({ type: 'varchar', length: 20 })
  levelCode!: string;

  @Column({ type: 'text' })
  task!: string;

  @Column({ type: 'boolean', default: false })
  isLead!: boolean;

  // The allotted time from the procedure version: { amount, unit }.
  @Column({ type: 'jsonb' })
  allotted!: { amount: number; unit: string };

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status!: string;

  // The plan when the route started; the actual due time is computed when the step starts.
  @Column({ type: 'timestamptz' })
  plannedDueAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  result!: string | null;

  @Column({ type: 'uuid', nullable: true })
  completedById!: string | null;
}
