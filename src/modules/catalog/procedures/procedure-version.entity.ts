import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Sector } from '../sectors/sector.entity';
import { type Fee, type Implementation, type RequiredDocument } from './domain/procedure-content';
import { Procedure } from './procedure.entity';

// One version of a procedure's content, effective from a date. A published version is never
// changed or deleted: a database trigger refuses it (see the catalog migration). Its parts
// (implementations with time limits and routes, documents, fees) are value objects that are
// only ever read with the version, so they are JSONB columns of its single row.
@Entity('procedure_versions')
@Unique(['procedureId', 'versionNo'])
@Check(`"status" IN ('DRAFT', 'PUBLISHED')`)
@Check(`"status" = 'DRAFT' OR ("effective_from" IS NOT NULL AND "published_at" IS NOT NULL)`)
@Check(`"service_level" BETWEEN 1 AND 4`)
@Index(['procedureId', 'status', 'effectiveFrom'])
export class ProcedureVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  procedureId!: string;

  @ManyToOne(() => Procedure)
  @JoinColumn({ name: 'procedure_id' })
  procedure?: Procedure;

  @Column({ type: 'int' })
  versionNo!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  // First day (Asia/Ho_Chi_Minh) the version applies to dossiers received; null while a draft.
  @Column({ type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'uuid' })
  sectorId!: string;

  @ManyToOne(() => Sector)
  @JoinColumn({ name: 'sector_id' })
  sector?: Sector;

  @Column({ type: 'jsonb' })
  implementations!: Implementation[];

  @Column({ type: 'smallint' })
  serviceLevel!: number;

  @Column({ type: 'varchar', length: 10 })
  onlineMode!: string;

  @Column({ type: 'boolean' })
  fullyOnlineEligible!: boolean;

  @Column({ type: 'varchar', length: 10, array: true })
  channels!: string[];

  @Column({ type: 'jsonb' })
  documents!: RequiredDocument[];

  @Column({ type: 'jsonb' })
  fees!: Fee[];

  @Column({ type: 'text' })
  resultType!: string;

  @Column({ type: 'boolean' })
  resultElectronic!: boolean;

  @Column({ type: 'text' })
  legalBasis!: string;

  @Column({ type: 'text', nullable: true })
  applicants!: string | null;

  @Column({ type: 'text', nullable: true })
  publicationDecision!: string | null;

  // SHA-256 of canonicalContent(): equal digests, equal content (import idempotence).
  @Column({ type: 'varchar', length: 64 })
  contentDigest!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
