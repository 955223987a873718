import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { type Readable } from 'node:stream';
import { DomainError } from '../../../../common';
import { invalidImportFile } from '../domain/procedure.errors';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface SheetRow {
  // The spreadsheet row number (the header is row 1).
  readonly row: number;
  readonly cells: string[];
}

// Rows of the first sheet of an XLSX file, or of a CSV file (UTF-8, optional BOM, comma
// separated, RFC 4180 quoting so a cell may hold line breaks), read as the upload streams in.
// An error of the upload itself (too large, cut off) ends the reading with that error.
export async function* readSpreadsheetRows(
  format: SpreadsheetFormat,
  stream: Readable,
): AsyncGenerator<SheetRow> {
  const rows = format === 'csv' ? readCsv(stream) : readXlsx(stream);
  const failed = new Promise<never>((_resolve, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  for (;;) {
    const next = await Promise.race([rows.next(), failed]);
    if (next.done) {
      return;
    }
    yield next.value;
  }
}

async function* readCsv(stream: Readable): AsyncGenerator<SheetRow> {
  // A procedure row is a few KB; a quarter of a megabyte without a row end is not a catalog.
  const parser = stream.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 256 * 1024 }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    throw error instanceof DomainError
      ? error
      : invalidImportFile(`Tệp CSV không đọc được ở dòng ${row + 1}: ${(error as Error).message}`);
  }
}

async function* readXlsx(stream: Readable): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        yield { row: row.number, cells: values.map(cellText) };
      }
      // Only the first sheet holds procedures.
      break;
    }
  } catch (error) {
    throw error instanceof DomainError
      ? error
      : invalidImportFile(`Tệp XLSX không đọc được: ${(error as Error).message}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    // A date cell (Ngày hiệu lực typed as a date): Excel stores the civil date at UTC midnight.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value) {
      return value.richText.map((part) => part.text).join('');
    }
    if ('result' in value) {
      return cellText(value.result);
    }
    if ('text' in value) {
      return String(value.text);
    }
    return '';
  }
  return String(value);
}
