import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { DatabaseError } from 'pg';
import { AuditService } from '../../audit';
import { ReportRollupFolder } from '../rollups/report-rollup-folder';
import { invalidDossierImportFile } from './dossier-import.errors';
import { DossierImportRepository, type ImportIssueRow } from './dossier-import.repository';
import { DOSSIER_IMPORT_COLUMNS } from './dossier-import-layout';

export interface DossierImportOptions {
  // Insert the valid rows even when others are invalid (default: all or nothing).
  readonly applyValid: boolean;
  readonly fileName?: string;
}

export interface DossierImportReport {
  readonly applied: boolean;
  readonly applyValid: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly alreadyImported: number;
  readonly inserted: number;
  readonly issueCount: number;
  // At most MAX_REPORTED_ISSUES, by line; issueCount says how many there are.
  readonly issues: ImportIssueRow[];
  readonly timings: {
    copyMs: number;
    validateMs: number;
    insertMs: number;
    totalMs: number;
    rollupFoldMs?: number;
  };
}

export const MAX_REPORTED_ISSUES = 1000;

// Historical import of legacy dossiers (issue 8): COPY the CSV into a staging table, validate it
// in SQL, insert the valid rows into dossiers with one INSERT ... SELECT, audit the import once.
@Injectable()
export class DossierImportService {
  constructor(
    private readonly transactions: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly repository: DossierImportRepository,
    private readonly audit: AuditService,
    private readonly rollups: ReportRollupFolder,
  ) {}

  // The inserted dossiers' report events wait as rollup deltas; they are folded at once after
  // the import rather than left to the timer, so the first report over them is fast (reports are
  // right either way).
  async import(csv: Readable, options: DossierImportOptions): Promise<DossierImportReport> {
    const report = await this.importInTransaction(csv, options);
    if (report.inserted === 0) {
      return report;
    }
    const started = performance.now();
    await this.rollups.fold();
    return {
      ...report,
      timings: { ...report.timings, rollupFoldMs: Math.round(performance.now() - started) },
    };
  }

  private importInTransaction(csv: Readable, options: DossierImportOptions): Promise<DossierImportReport> {
    return this.transactions.withTransaction(async () => {
      const started = performance.now();
      await this.copy(csv);
      const copied = performance.now();
      const summary = await this.repository.validate();
      const issues = await this.repository.listIssues(MAX_REPORTED_ISSUES);
      const validated = performance.now();
      const valid = summary.rows - summary.invalid - summary.existing;
      const applied = summary.invalid === 0 || options.applyValid;
      const inserted = applied ? await this.repository.insertValidRows() : 0;
      const finished = performance.now();
      const report: DossierImportReport = {
        applied,
        applyValid: options.applyValid,
        rows: summary.rows,
        valid,
        invalid: summary.invalid,
        alreadyImported: summary.existing,
        inserted,
        issueCount: summary.issues,
        issues,
        timings: {
          copyMs: Math.round(copied - started),
          validateMs: Math.round(validated - copied),
          insertMs: Math.round(finished - validated),
          totalMs: Math.round(finished - started),
        },
      };
      const { issues: _issues, ...counts } = report;
      await this.audit.record({
        action: 'dossier.import',
        targetType: 'dossier-import',
        summary: { fileName: options.fileName ?? null, ...counts },
      });
      return report;
    });
  }

  // COPY's own errors (a wrong header, a line it cannot read) become a 400 naming the line.
  private async copy(csv: Readable): Promise<void> {
    try {
      await this.repository.copyIntoStaging(csv);
    } catch (error) {
      if (error instanceof DatabaseError && COPY_INPUT_ERRORS.has(error.code ?? '')) {
        throw invalidDossierImportFile(describeCopyError(error));
      }
      throw error;
    }
  }
}

// Bad CSV, invalid text representation, character not in UTF-8, field too long.
const COPY_INPUT_ERRORS = new Set(['22P04', '22P02', '22021', '54000']);

function describeCopyError(error: DatabaseError): string {
  if (/header/i.test(error.message)) {
    return `Dòng tiêu đề phải là: ${DOSSIER_IMPORT_COLUMNS.join(',')} (${error.message})`;
  }
  // PostgreSQL counts the header as line 1, as the row report does.
  const line = /line (\d+)/.exec(error.where ?? '')?.[1];
  return `Tệp CSV không đọc được${line ? ` (dòng ${line})` : ''}: ${error.message}`;
}
