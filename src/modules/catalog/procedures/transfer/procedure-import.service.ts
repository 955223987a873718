import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../../audit';
import { type Principal } from '../../../identity';
import { CatalogAdminScope } from '../catalog-admin-scope';
import { type ImportAction, isNoChange, planImportRow } from '../domain/import-plan';
import { type ProcedureContent } from '../domain/procedure-content';
import { findContentProblems } from '../domain/procedure-rules';
import { vietnamDateOf } from '../domain/version-in-force';
import { ProcedureReferencesRepository } from '../procedure-references.repository';
import { type Procedure } from '../procedure.entity';
import { digestContent, ProcedureRepository } from '../procedure.repository';
import { type ImportOptionsQuery, type ImportReportResponse } from './import-report.dto';
import {
  COLUMNS,
  type ColumnKey,
  decodeProcedureRow,
  findHeaderProblems,
  type RowProblem,
  type SheetProcedure,
} from './procedure-sheet';
import { readSpreadsheetRows } from './spreadsheet-reader';
import { type SpreadsheetUpload } from './spreadsheet-upload';

// More rows than any province publishes (≈2,000): the rest of a larger file is not read.
export const MAX_IMPORT_ROWS = 20_000;

interface CheckedRow {
  readonly row: number;
  readonly sheet: SheetProcedure;
  readonly content: ProcedureContent;
  readonly digest: string;
}

interface PlannedRow extends CheckedRow {
  readonly existing: Procedure | null;
  readonly action: ImportAction;
}

// Import of the catalog spreadsheet. Every row is read and checked (cells, references, content
// rules, what the change would do to the existing procedure) before anything is written; with
// problems nothing is written unless applyValid is set. A row equal to what the catalog holds
// changes nothing, so importing the same file twice is harmless.
@Injectable()
export class ProcedureImportService {
  constructor(
    private readonly procedures: ProcedureRepository,
    private readonly references: ProcedureReferencesRepository,
    private readonly scope: CatalogAdminScope,
    private readonly audit: AuditService,
  ) {}

  async import(
    principal: Principal,
    upload: SpreadsheetUpload,
    options: ImportOptionsQuery,
  ): Promise<ImportReportResponse> {
    await this.scope.assertMayManage(principal);
    const { sheets, problems, rows } = await this.readRows(upload);
    const checked = await this.checkRows(sheets, problems);
    const planned = await this.planRows(checked, problems);
    const report = summarise(upload.format, rows, planned, problems);
    if (options.dryRun || (problems.length > 0 && !options.applyValid) || rows === 0) {
      return { ...report, applied: false };
    }
    await this.apply(planned, upload.fileName);
    return { ...report, applied: true };
  }

  private async readRows(upload: SpreadsheetUpload) {
    const problems: RowProblem[] = [];
    const sheets: Array<{ row: number; sheet: SheetProcedure }> = [];
    let headers: string[] | null = null;
    let rows = 0;
    for await (const { row, cells } of readSpreadsheetRows(upload.format, upload.stream)) {
      if (headers === null) {
        headers = cells.map((cell) => cell.trim());
        problems.push(...findHeaderProblems(headers));
        if (problems.length > 0) {
          break;
        }
        continue;
      }
      if (cells.every((cell) => cell.trim() === '')) {
        continue;
      }
      rows += 1;
      if (rows > MAX_IMPORT_ROWS) {
        problems.push({ row, column: COLUMNS.code, problem: `tệp có quá ${MAX_IMPORT_ROWS} dòng thủ tục` });
        break;
      }
      const byHeader = new Map(headers.map((header, index) => [header, cells[index] ?? '']));
      const decoded = decodeProcedureRow(byHeader, row);
      problems.push(...decoded.problems);
      if (decoded.procedure) {
        sheets.push({ row, sheet: decoded.procedure });
      }
    }
    if (headers === null) {
      problems.push({ row: 1, column: COLUMNS.code, problem: 'tệp không có dòng tiêu đề' });
    }
    return { sheets, problems, rows };
  }

  // Duplicate codes, sector codes and agency keys, and the content rules.
  private async checkRows(
    sheets: ReadonlyArray<{ row: number; sheet: SheetProcedure }>,
    problems: RowProblem[],
  ): Promise<CheckedRow[]> {
    const firstRowOf = new Map<string, number>();
    const sectorIds = new Map(
      (await this.references.findAllSectors()).map((sector) => [sector.code, sector.id]),
    );
    const agencies = await this.references.findAgenciesByKeys(
      sheets.flatMap(({ sheet }) => agencyKeysOf(sheet.content)),
    );
    const agencyByKey = new Map(agencies.map((agency) => [agency.key, agency]));
    const checked: CheckedRow[] = [];
    for (const { row, sheet } of sheets) {
      const rowProblems: RowProblem[] = [];
      const fail = (key: ColumnKey, problem: string) =>
        rowProblems.push({ row, column: COLUMNS[key], problem });
      const first = firstRowOf.get(sheet.code);
      if (first !== undefined) {
        fail('code', `trùng mã với dòng ${first}`);
      } else {
        firstRowOf.set(sheet.code, row);
      }
      const sectorId = sectorIds.get(sheet.sectorCode);
      if (sectorId === undefined) {
        fail('sectorCode', `không có lĩnh vực mã "${sheet.sectorCode}"`);
      }
      const resolve = (key: string | null, column: ColumnKey, level: string): string | null => {
        if (key === null) {
          return null;
        }
        const agency = agencyByKey.get(key);
        if (agency === undefined) {
          fail(
            column,
            `không có cơ quan mã "${key}" (dùng loại cơ quan hoặc mã cơ quan trong danh mục cơ quan)`,
          );
          return null;
        }
        if (agency.levelCode !== level) {
          fail(column, `cơ quan "${key}" thuộc cấp ${agency.levelCode}, không phải ${level}`);
        }
        return agency.id;
      };
      const content: ProcedureContent = {
        ...sheet.content,
        sectorId: sectorId ?? '',
        implementations: sheet.content.implementations.map((implementation) => ({
          ...implementation,
          agencyId: resolve(implementation.agencyId, 'implementations', implementation.level),
          route: implementation.route.map((step) => ({
            ...step,
            agencyId: resolve(step.agencyId, 'route', step.level),
          })),
        })),
      };
      if (rowProblems.length === 0) {
        rowProblems.push(
          ...findContentProblems(content).map((problem) => ({
            row,
            column: columnOf(problem.field),
            problem: problem.message,
          })),
        );
      }
      problems.push(...rowProblems);
      if (rowProblems.length === 0) {
        checked.push({ row, sheet, content, digest: digestContent(content) });
      }
    }
    return checked;
  }

  private async planRows(checked: readonly CheckedRow[], problems: RowProblem[]): Promise<PlannedRow[]> {
    const existing = await this.procedures.findByCodes(checked.map(({ sheet }) => sheet.code));
    const byCode = new Map(existing.map((procedure) => [procedure.code, procedure]));
    const versions = await this.procedures.findVersionFacts(existing.map((procedure) => procedure.id));
    const today = vietnamDateOf(Date.now());
    const planned: PlannedRow[] = [];
    for (const row of checked) {
      const procedure = byCode.get(row.sheet.code) ?? null;
      const decision = planImportRow(
        procedure && {
          status: procedure.status as SheetProcedure['status'],
          versions: versions
            .filter((version) => version.procedureId === procedure.id)
            .map((version) => ({ ...version, digest: version.contentDigest })),
        },
        { status: row.sheet.status, effectiveFrom: row.sheet.effectiveFrom, digest: row.digest },
        today,
      );
      if ('problem' in decision) {
        problems.push({
          row: row.row,
          column: COLUMNS[decision.problem.column],
          problem: decision.problem.text,
        });
      } else {
        planned.push({ ...row, existing: procedure, action: decision.action });
      }
    }
    return planned;
  }

  @Transactional()
  private async apply(planned: readonly PlannedRow[], fileName: string): Promise<void> {
    const now = new Date();
    const created = planned.filter((row) => row.existing === null);
    const items = created.map((row) => ({ row, id: randomUUID() }));
    await this.procedures.insertProcedures(
      items.map(({ row, id }) => ({
        procedure: {
          id,
          code: row.sheet.code,
          nationalCode: row.sheet.nationalCode,
          onlineVariantCodes: row.sheet.onlineVariantCodes,
          status: row.sheet.status,
          isDemo: row.sheet.isDemo,
        },
        latestVersionNo: 1,
        latest: row.content,
      })),
    );
    await this.procedures.insertVersions(
      items.map(({ row, id }) => {
        const draft = row.sheet.status === 'DRAFT';
        return {
          procedureId: id,
          versionNo: 1,
          status: draft ? ('DRAFT' as const) : ('PUBLISHED' as const),
          effectiveFrom: draft ? null : row.sheet.effectiveFrom,
          publishedAt: draft ? null : now,
          content: row.content,
        };
      }),
    );
    const changed = planned.filter((row) => row.existing !== null && !isNoChange(row.action));
    for (const row of changed) {
      await this.applyChange(row, now);
    }
    await this.audit.record({
      action: 'procedure.import',
      targetType: 'procedure',
      summary: {
        fileName,
        created: created.map((row) => row.sheet.code),
        changed: changed.map((row) => ({ code: row.sheet.code, ...row.action })),
      },
    });
  }

  private async applyChange(row: PlannedRow, now: Date): Promise<void> {
    const procedure = row.existing!;
    const versions = await this.procedures.findVersions(procedure.id);
    const draft = versions.find((version) => version.status === 'DRAFT');
    const latestNo = versions.reduce((max, version) => Math.max(max, version.versionNo), 0);
    let latest: { versionNo: number; content: ProcedureContent } | undefined;
    switch (row.action.content) {
      case 'none':
      case 'first-version':
        break;
      case 'new-version':
        await this.procedures.insertVersions([
          {
            procedureId: procedure.id,
            versionNo: latestNo + 1,
            status: 'PUBLISHED',
            effectiveFrom: row.sheet.effectiveFrom,
            publishedAt: now,
            content: row.content,
          },
        ]);
        latest = { versionNo: latestNo + 1, content: row.content };
        break;
      case 'replace-and-publish-draft':
      case 'publish-draft':
        if (row.action.content === 'replace-and-publish-draft') {
          await this.procedures.replaceDraft(draft!.id, row.content);
        }
        await this.procedures.publishDraft(draft!.id, row.sheet.effectiveFrom!, now);
        latest = { versionNo: draft!.versionNo, content: row.content };
        break;
      case 'replace-draft':
        if (draft) {
          await this.procedures.replaceDraft(draft.id, row.content);
        } else {
          await this.procedures.insertVersions([
            {
              procedureId: procedure.id,
              versionNo: latestNo + 1,
              status: 'DRAFT',
              effectiveFrom: null,
              publishedAt: null,
              content: row.content,
            },
          ]);
        }
        latest = { versionNo: draft?.versionNo ?? latestNo + 1, content: row.content };
        break;
    }
    await this.procedures.updateProcedure(procedure.id, {
      ...(latest ? { latest } : {}),
      ...(row.action.statusTo ? { status: row.action.statusTo } : {}),
    });
    if (row.action.content !== 'none' && row.action.content !== 'replace-draft') {
      await this.audit.record({
        action: 'procedure.publish',
        targetType: 'procedure',
        targetId: procedure.id,
        summary: {
          code: procedure.code,
          versionNo: latest?.versionNo,
          effectiveFrom: row.sheet.effectiveFrom,
          via: 'import',
        },
      });
    }
    if (
      row.action.statusTo === 'SUSPENDED' ||
      (row.action.statusTo === 'PUBLISHED' && procedure.status === 'SUSPENDED')
    ) {
      await this.audit.record({
        action: row.action.statusTo === 'SUSPENDED' ? 'procedure.suspend' : 'procedure.reinstate',
        targetType: 'procedure',
        targetId: procedure.id,
        summary: { code: procedure.code, from: procedure.status, to: row.action.statusTo, via: 'import' },
      });
    }
  }
}

function agencyKeysOf(content: ProcedureContent): string[] {
  return content.implementations.flatMap((implementation) => [
    ...(implementation.agencyId !== null ? [implementation.agencyId] : []),
    ...implementation.route.flatMap((step) => (step.agencyId !== null ? [step.agencyId] : [])),
  ]);
}

// The spreadsheet column a content rule's field path belongs to.
function columnOf(field: string): string {
  const head = field.split(/[.[]/)[0];
  if (field.includes('.route')) {
    return COLUMNS.route;
  }
  const map: Record<string, ColumnKey> = {
    name: 'name',
    sectorId: 'sectorCode',
    implementations: 'implementations',
    serviceLevel: 'serviceLevel',
    onlineMode: 'onlineMode',
    fullyOnlineEligible: 'fullyOnlineEligible',
    channels: 'channels',
    documents: 'documents',
    fees: 'fees',
    resultType: 'resultType',
    legalBasis: 'legalBasis',
  };
  return COLUMNS[map[head] ?? 'name'];
}

function summarise(
  format: string,
  rows: number,
  planned: readonly PlannedRow[],
  problems: readonly RowProblem[],
): Omit<ImportReportResponse, 'applied'> {
  const problemRows = new Set(problems.map((problem) => problem.row));
  return {
    format,
    rows,
    created: planned.filter((row) => row.existing === null).length,
    versioned: planned.filter((row) => row.existing !== null && row.action.content !== 'none').length,
    statusChanged: planned.filter((row) => row.existing !== null && row.action.statusTo !== null).length,
    unchanged: planned.filter((row) => row.existing !== null && isNoChange(row.action)).length,
    skipped: problemRows.size,
    problems: [...problems].sort((a, b) => a.row - b.row),
  };
}
