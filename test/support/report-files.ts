import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type Response } from 'supertest';

// Report files read back as their readers would: CSV lines as cells (after the BOM), workbooks
// as exceljs reads them.
export function parseReportCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = parse(text.slice(1), { relaxColumnCount: true, skipEmptyLines: false });
  return rows;
}

export async function readReportWorkbook(content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

// A sheet's rows as values, 1-based like the sheet, each up to its last written (or styled)
// cell; an empty cell is null.
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    rows[number] = Array.from({ length: row.cellCount }, (_, index) => row.getCell(index + 1).value ?? null);
  }
  return rows;
}

// Supertest keeps binary bodies as text unless told: collect the bytes.
export const binaryBody = (response: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};
