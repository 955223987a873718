import { Injectable } from '@nestjs/common';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AgencyDirectory } from '../../catalog';
import { formatVietnamInstant } from '../../calendar';
import { type Principal } from '../../identity';
import { DashboardService } from '../dashboard.service';
import { type DrillDownQuery } from '../dto/report-query.dto';
import { Index766Service } from '../index-766.service';
import { WITHOUT_LATE_STEP } from '../report-measures.repository';
import { checkDrillDown, ReportsService } from '../reports.service';
import { renderForm06Workbook } from '../xlsx/form-06-workbook';
import { dashboardTable } from './layouts/dashboard-table';
import { drillDownCells, drillDownTable } from './layouts/drill-down-table';
import { form06Table } from './layouts/form-06-table';
import { index766Table } from './layouts/index-766-table';
import { latenessTable } from './layouts/lateness-table';
import { MEASURE_LABELS, onTimeTable } from './layouts/on-time-table';
import { tooManyRowsForDownload } from './report-exports.errors';
import { type FileFormat, type ReportRequest } from './report-request';
import { type ReportTable, type TableCell } from './report-table';
import { CSV_CONTENT_TYPE, writeTableCsv } from './table-csv';
import { writeTableWorkbook, XLSX_CONTENT_TYPE } from './table-workbook';

// A synchronous download holds at most this many dossiers; more go through a background export.
export const MAX_DOWNLOAD_ROWS = 10_000;
// The drill-down is read in pages of this many dossiers while its file is written.
export const DRILL_DOWN_BATCH = 5_000;

export interface FileOptions {
  readonly maxRows?: number;
  // After each batch of the drill-down (and once for the other reports): rows written, of total.
  readonly onProgress?: (done: number, total: number) => Promise<void>;
}

// A report made ready to be written: its figures are read, the drill-down's dossiers are read
// while write() runs. write() ends the output.
export interface PreparedFile {
  readonly fileName: string;
  readonly contentType: string;
  write(output: Writable): Promise<void>;
  rowsWritten(): number;
}

export interface RenderedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

// Every report as CSV or XLSX, for the reader and scope the report itself would answer.
@Injectable()
export class ReportFilesService {
  constructor(
    private readonly reports: ReportsService,
    private readonly dashboards: DashboardService,
    private readonly index766: Index766Service,
    private readonly agencies: AgencyDirectory,
  ) {}

  // A download answered at once (GET /reports/...?format=csv|xlsx).
  async render(reader: Principal, request: ReportRequest, format: FileFormat): Promise<RenderedFile> {
    const file = await this.prepare(reader, request, format, { maxRows: MAX_DOWNLOAD_ROWS });
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve, reject) => output.on('end', resolve).on('error', reject));
    await Promise.all([file.write(output), ended]);
    return { fileName: file.fileName, contentType: file.contentType, content: Buffer.concat(chunks) };
  }

  // Resolves the reader's scope (a DomainError when it is not theirs, or the period is unreadable)
  // before anything is stored or queued.
  async checkScope(reader: Principal, request: ReportRequest): Promise<void> {
    if (request.report === 'on-time-dossiers') {
      checkDrillDown(request.query);
    }
    await this.reports.scopeOf(reader, scopeQueryOf(request));
  }

  async prepare(
    reader: Principal,
    request: ReportRequest,
    format: FileFormat,
    options: FileOptions = {},
  ): Promise<PreparedFile> {
    if (request.report === 'on-time-dossiers') {
      return this.prepareDrillDown(reader, request.query, format, options);
    }
    if (request.report === 'form-06' && format === 'xlsx') {
      const form = await this.reports.form06(reader, request.query);
      await options.onProgress?.(form.rows.length, form.rows.length);
      return {
        fileName: `Biểu 06 ${request.query.period}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        write: async (output) => pipeline(Readable.from([await renderForm06Workbook(form)]), output),
        rowsWritten: () => form.rows.length,
      };
    }
    const { table, stem } = await this.tableOf(reader, request);
    const rows = countRows(table);
    await options.onProgress?.(rows, rows);
    return { ...tableFile(table, stem, format), rowsWritten: () => rows };
  }

  private async tableOf(
    reader: Principal,
    request: Exclude<ReportRequest, { report: 'on-time-dossiers' }>,
  ): Promise<{ table: ReportTable; stem: string }> {
    switch (request.report) {
      case 'on-time': {
        const report = await this.reports.onTime(reader, request.query);
        return {
          table: onTimeTable(report, request.query.groupBy, await this.unitName(report.agencyId)),
          stem: `Tình hình giải quyết hồ sơ ${request.query.period}`,
        };
      }
      case 'form-06':
        return {
          table: form06Table(await this.reports.form06(reader, request.query)),
          stem: `Biểu 06 ${request.query.period}`,
        };
      case 'lateness': {
        const [report, { agencyId }] = await Promise.all([
          this.reports.lateness(reader, request.query),
          this.reports.scopeOf(reader, request.query),
        ]);
        return {
          table: latenessTable(report, await this.unitName(agencyId)),
          stem: `Hồ sơ quá hạn theo cơ quan ${request.query.period}`,
        };
      }
      case 'index-766': {
        const report = await this.index766.index766(reader, request.query);
        return {
          table: index766Table(report, await this.unitName(report.agencyId)),
          stem: `Chỉ số 766 ${request.query.period}`,
        };
      }
      case 'dashboard': {
        const dashboard = await this.dashboards.dashboard(reader, request.query.agencyId);
        const { agencyId } = await this.reports.scopeOf(reader, scopeQueryOf(request));
        return {
          table: dashboardTable(dashboard, await this.unitName(agencyId)),
          stem: `Bảng điều hành ${formatVietnamInstant(Date.parse(dashboard.asOf)).slice(0, 10)}`,
        };
      }
    }
  }

  // Every dossier behind the number, read a batch at a time as the file is written; the first
  // batch is read now, so that a scope error or too many rows is known before any byte is.
  private async prepareDrillDown(
    reader: Principal,
    query: DrillDownQuery,
    format: FileFormat,
    options: FileOptions,
  ): Promise<PreparedFile> {
    const page = (number: number) =>
      this.reports.drillDown(reader, { ...query, page: number, pageSize: DRILL_DOWN_BATCH });
    const first = await page(1);
    if (options.maxRows !== undefined && first.total > options.maxRows) {
      throw tooManyRowsForDownload(first.total, options.maxRows);
    }
    const [{ agencyId }, lateStep] = await Promise.all([
      this.reports.scopeOf(reader, query),
      this.lateStepName(query.lateStepAgencyId),
    ]);
    let written = 0;
    async function* rows(): AsyncGenerator<TableCell[]> {
      let batch = first;
      for (let number = 1; ; number += 1) {
        for (const item of batch.items) {
          written += 1;
          yield drillDownCells(written, item);
        }
        await options.onProgress?.(written, Math.max(batch.total, written));
        if (batch.items.length < DRILL_DOWN_BATCH) {
          return;
        }
        batch = await page(number + 1);
      }
    }
    const table = drillDownTable(
      { period: first.period, measure: query.measure, unitName: await this.unitName(agencyId), lateStep },
      rows(),
    );
    const stem = `Danh sách hồ sơ ${MEASURE_LABELS[query.measure].toLowerCase()} ${query.period}`;
    return { ...tableFile(table, stem, format), rowsWritten: () => written };
  }

  private async lateStepName(lateStepAgencyId: string | undefined): Promise<string | null | undefined> {
    if (lateStepAgencyId === undefined) {
      return undefined;
    }
    return lateStepAgencyId === WITHOUT_LATE_STEP ? null : this.unitName(lateStepAgencyId);
  }

  private async unitName(agencyId: string): Promise<string> {
    return (await this.agencies.describe(agencyId))?.name ?? '';
  }
}

function tableFile(table: ReportTable, stem: string, format: FileFormat): Omit<PreparedFile, 'rowsWritten'> {
  return format === 'csv'
    ? {
        fileName: `${stem}.csv`,
        contentType: CSV_CONTENT_TYPE,
        write: (output) => pipeline(Readable.from(writeTableCsv(table)), output),
      }
    : {
        fileName: `${stem}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        write: (output) => writeTableWorkbook(table, output),
      };
}

// The reports but the drill-down hold their rows in arrays.
function countRows(table: ReportTable): number {
  return table.sections.reduce(
    (sum, section) => sum + (Array.isArray(section.rows) ? section.rows.length : 0),
    0,
  );
}

// The query that names the report's scope. The dashboard has no period of its own (this month
// and the year to date as of now): any readable one resolves the agency.
function scopeQueryOf(request: ReportRequest) {
  return request.report === 'dashboard'
    ? {
        period: '2020',
        agencyId: request.query.agencyId,
        withdrawnPolicy: 'RESOLVED_BY_APPOINTMENT' as const,
      }
    : request.query;
}
