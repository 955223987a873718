import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

// A report file made in the background (POST /reports/exports), with what is needed to make it
// again: the requester's scope as it was asked (re-checked when the job runs), the report, its
// format and its validated query. The file lives in the FileStorage until expiresAt.
@Entity('report_exports')
@Check(`"status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check(`"progress" BETWEEN 0 AND 100`)
@Index(['requestedBy', 'createdAt'])
@Index(['expiresAt'])
export class ReportExport {
  @PrimaryColumn('uuid')
  id!: string;

  // The staff user who asked; only they (or an administrator) see the export.
  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 100 })
  requesterUsername!: string;

  @Column({ type: 'uuid' })
  requesterAgencyId!: string;

  @Column({ type: 'text', array: true })
  requesterRoles!: string[];

  @Column({ type: 'varchar', length: 30 })
  report!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: string;

  @Column({ type: 'jsonb' })
  query!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  // Runs started; a run only finishes the export if no later run has started (a redelivered job).
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'integer', nullable: true })
  rows!: number | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contentType!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  fileKey!: string | null;

  @Column({ type: 'bigint', nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  errorTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  errorDetail!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  // Set when the file is written; past it the sweep deletes the file and the row.
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;
}
