import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
// Other modules' entities, only so the foreign keys are declared (and checked by the schema test).
import { Agency } from '../catalog/agencies/agency.entity';
import { ProcedureVersion } from '../catalog/procedures/procedure-version.entity';

export interface DossierDocument {
  readonly documentIndex: number;
  readonly name: string;
  readonly provided: boolean;
  readonly digitised: boolean;
}

// The dossier aggregate's row. Personal identifiers of the applicant are encrypted
// (AES-256-GCM) with only the last digits kept in clear for masking and public tracking.
@Entity('dossiers')
@Unique(['code'])
@Unique(['citizenId', 'idempotencyKey'])
@Check(`"channel" IN ('DIRECT', 'ONLINE', 'POST')`)
@Index(['currentAgencyId', 'status', 'dueAt'])
@Index(['assignedToId', 'status', 'dueAt'])
@Index(['receivingAgencyId', 'receivedAt'])
// Work queues (bench:intake at 1M dossiers): the desk's half of the scope by status and due date,
// a procedure's dossiers by receipt, and browsing everything in due order.
@Index(['receivingAgencyId', 'status', 'dueAt'])
@Index(['procedureId', 'receivedAt'])
@Index(['sectorId', 'receivedAt'])
@Index(['status', 'dueAt'])
@Index(['dueAt', 'id'])
// Code prefix search: LIKE 'prefix%' cannot use the unique index under a non-C collation.
@Index('IDX_dossiers_code_pattern', { synchronize: false })
// The deadline watch clears marks of dossiers closed or re-dated later (partial indexes).
@Index('IDX_dossiers_deadline_marked_due_at', { synchronize: false })
@Index('IDX_dossiers_closed_with_alert', { synchronize: false })
@Index(['resolvingAgencyId', 'receivedAt'])
@Index(['citizenId', 'submittedAt'])
@Index(['receivingAgencyId', 'registerYear', 'registerNumber'], { unique: true })
// Accent-insensitive search by applicant name (trigram on f_unaccent(lower(applicant_name))).
@Index('IDX_dossiers_applicant_search', { synchronize: false })
// Open dossiers by due_at (partial: received, neither resolved nor ended), for the re-dating after
// a calendar change.
@Index('IDX_dossiers_open_due_at', { synchronize: false })
// Reports as of now read the events of the unfinished day from the dossiers (migration
// ReportRollups: received_at, and the close instant coalesce(resolved_at, ended_at)).
@Index('IDX_dossiers_received_at', { synchronize: false })
@Index('IDX_dossiers_closed_at', { synchronize: false })
// The reports' handling time: resolved_at with what the scope and filters read (covering, partial).
@Index('IDX_dossiers_resolved_handling', { synchronize: false })
// Lateness attribution: the few dossiers a route step made late, by agency and receipt (partial).
@Index('IDX_dossiers_late_step_agency', { synchronize: false })
export class Dossier {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Circular 01/2018 art. 19: <receiving agency identifier>-YYMMDD-XXXX; null until received.
  @Column({ type: 'varchar', length: 48, nullable: true })
  code!: string | null;

  // Optimistic concurrency: every action carries the version the caller saw.
  @VersionColumn()
  rowVersion!: number;

  @Column({ type: 'uuid' })
  procedureId!: string;

  // The procedure version in force at receipt (or submission, for online dossiers).
  @Column({ type: 'uuid' })
  procedureVersionId!: string;

  @ManyToOne(() => ProcedureVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_version_id' })
  procedureVersion?: ProcedureVersion;

  @Column({ type: 'uuid' })
  receivingAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiving_agency_id' })
  receivingAgency?: Agency;

  @Column({ type: 'uuid' })
  resolvingAgencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolving_agency_id' })
  resolvingAgency?: Agency;

  // Where the dossier is now (the agency whose inbox shows it).
  @Column({ type: 'uuid' })
  currentAgencyId!: string;

  @Column({ type: 'uuid', nullable: true })
  assignedToId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  levelCode!: string;

  @Column({ type: 'uuid' })
  sectorId!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: string;

  @Column({ type: 'smallint' })
  serviceLevel!: number;

  @Column({ type: 'varchar', length: 40 })
  status!: string;

  @Column({ type: 'varchar', length: 12 })
  applicantKind!: string; // PERSON | ORGANISATION

  @Column({ type: 'varchar', length: 200 })
  applicantName!: string;

  @Column({ type: 'text', nullable: true })
  applicantIdNumberEncrypted!: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  applicantIdNumberLast3!: string | null;

  @Column({ type: 'text', nullable: true })
  applicantPhoneEncrypted!: string | null;

  // The verifier printed on the receipt for public tracking (last 4 digits of the phone).
  @Column({ type: 'varchar', length: 4, nullable: true })
  applicantPhoneLast4!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  applicantEmail!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  applicantAddress!: string | null;

  // The signed-in citizen who owns an online dossier (or linked one).
  @Column({ type: 'uuid', nullable: true })
  citizenId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  appointmentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  // GRANTED (the result asked for) or REFUSED after appraisal (Mẫu 03); null until resolved.
  @Column({ type: 'varchar', length: 10, nullable: true })
  resolution!: string | null;

  // EARLY | ON_TIME | LATE, computed once at resolution against dueAt.
  @Column({ type: 'varchar', length: 10, nullable: true })
  classification!: string | null;

  // The published documents ticked at intake: { documentIndex, name, provided, digitised }, the
  // digitised flag set when a scan of that document is attached (the digitised-share indicator).
  @Column({ type: 'jsonb', default: () => "'[]'" })
  documents!: DossierDocument[];

  // Its line in the desk's register (Mẫu 06): numbers run continuously per desk per year.
  @Column({ type: 'smallint', nullable: true })
  registerYear!: number | null;

  @Column({ type: 'int', nullable: true })
  registerNumber!: number | null;

  // An inter-agency route (liên thông): the steps are in dossier_steps.
  @Column({ type: 'boolean', default: false })
  interAgency!: boolean;

  // The agency whose route step made the dossier late (domain/classification.ts findLateStep),
  // set once when the dossier closes (resolved, withdrawn, stopped): the lateness report and its
  // drill-down read it. Null: no step was late (or no route).
  @Column({ type: 'uuid', nullable: true })
  lateStepAgencyId!: string | null;

  // Working minutes from receipt to result less the time waiting for the citizen, set once at
  // resolution (domain/handling-time.ts): the reports' average and median handling time.
  @Column({ type: 'int', nullable: true })
  handlingWorkingMinutes!: number | null;

  @Column({ type: 'smallint', default: 0 })
  supplementCount!: number;

  @Column({ type: 'smallint', default: 0 })
  apologyCount!: number;

  // Marked by the deadline watch (jobs): DUE_SOON or OVERDUE while open; and whether the apology
  // (Mẫu 04) was still missing one working day before dueAt (Decree 61/2018 art. 19.9).
  @Column({ type: 'varchar', length: 10, nullable: true })
  deadlineAlert!: string | null;

  @Column({ type: 'boolean', default: false })
  missingApology!: boolean;

  // Clock details the columns above do not hold: pauses, remaining working minutes, limit.
  @Column({ type: 'jsonb', default: () => "'{}'" })
  clock!: Record<string, unknown>;

  // Set when the dossier came from a legacy system through the historical import (issue 8): it
  // counts in every report but has no history, steps or files of ours.
  @Column({ type: 'timestamptz', nullable: true })
  importedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
