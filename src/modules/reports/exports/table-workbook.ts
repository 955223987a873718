import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  type ColumnKind,
  type ReportTable,
  type TableCell,
  type TableSection,
  vietnamWallClock,
} from './report-table';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TABLE_SHEET_NAME = 'Báo cáo';

// The fixed rows above the first section, so tests and readers find them without searching.
export const TABLE_SHEET_ROWS = { title: 1, period: 2, unit: 3, firstSection: 5 } as const;

const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  count: '#,##0',
  percent: '0.00',
  points: '0.00',
  instant: 'dd/mm/yyyy hh:mm',
};
const DEFAULT_WIDTHS: Readonly<Record<ColumnKind, number>> = {
  text: 28,
  count: 12,
  percent: 12,
  points: 10,
  instant: 17,
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

// A report as an XLSX workbook, written as a stream (exceljs' streaming writer: each row is
// flushed once written, so a drill-down of any length never sits whole in memory): the title,
// the period and the unit, then each section with its bold headings, rows and bold totals.
export async function writeTableWorkbook(table: ReportTable, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Một cửa';
  const sheet = workbook.addWorksheet(TABLE_SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widest = Math.max(...table.sections.map((section) => section.columns.length));
  sheet.columns = Array.from({ length: widest }, (_, index) => ({ width: widthOfColumn(table, index) }));

  writeHeader(sheet, table, widest);
  let rowNumber: number = TABLE_SHEET_ROWS.firstSection;
  for (const section of table.sections) {
    rowNumber = await writeSection(sheet, section, rowNumber);
    rowNumber += 1; // an empty row between sections
  }
  for (const note of table.notes ?? []) {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = note;
    row.getCell(1).font = { italic: true };
    row.commit();
    rowNumber += 1;
  }
  sheet.commit();
  await workbook.commit();
}

export async function renderTableWorkbook(table: ReportTable): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  await writeTableWorkbook(table, output);
  await ended;
  return Buffer.concat(chunks);
}

function widthOfColumn(table: ReportTable, index: number): number {
  const widths = table.sections
    .map((section) => section.columns[index])
    .filter((column) => column !== undefined)
    .map((column) => column.width ?? DEFAULT_WIDTHS[column.kind]);
  return Math.max(...widths);
}

function writeHeader(sheet: ExcelJS.Worksheet, table: ReportTable, width: number): void {
  const lines: Array<[number, string, Partial<ExcelJS.Font>]> = [
    [TABLE_SHEET_ROWS.title, table.title, { bold: true, size: 13 }],
    [TABLE_SHEET_ROWS.period, `Kỳ báo cáo: ${table.periodLabel}`, { bold: true }],
    [TABLE_SHEET_ROWS.unit, `Đơn vị báo cáo: ${table.unitName}`, {}],
  ];
  for (const [rowNumber, text, font] of lines) {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = text;
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (width > 1) {
      sheet.mergeCells(rowNumber, 1, rowNumber, width);
    }
    row.commit();
  }
}

// Returns the number of the row after the section.
async function writeSection(sheet: ExcelJS.Worksheet, section: TableSection, first: number): Promise<number> {
  let rowNumber = first;
  if (section.title) {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = section.title;
    row.getCell(1).font = { bold: true };
    row.commit();
    rowNumber += 1;
  }
  const headings = sheet.getRow(rowNumber);
  section.columns.forEach((column, index) => {
    const cell = headings.getCell(index + 1);
    cell.value = column.heading;
    cell.font = { bold: true };
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  headings.commit();
  rowNumber += 1;
  for await (const cells of section.rows) {
    writeCells(sheet.getRow(rowNumber), section, cells, false);
    rowNumber += 1;
  }
  if (section.totals) {
    writeCells(sheet.getRow(rowNumber), section, section.totals, true);
    rowNumber += 1;
  }
  return rowNumber;
}

function writeCells(
  row: ExcelJS.Row,
  section: TableSection,
  cells: readonly TableCell[],
  isBold: boolean,
): void {
  section.columns.forEach((column, index) => {
    const value = cells[index] ?? null;
    const cell = row.getCell(index + 1);
    cell.value = value instanceof Date ? vietnamWallClock(value) : value;
    cell.border = THIN;
    const numberFormat = NUMBER_FORMATS[column.kind];
    if (numberFormat) {
      cell.numFmt = numberFormat;
    }
    if (isBold) {
      cell.font = { bold: true };
    }
    if (column.kind === 'text') {
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
  });
  row.commit();
}
