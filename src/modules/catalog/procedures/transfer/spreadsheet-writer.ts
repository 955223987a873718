import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { HEADERS, SHEET_NAME } from './procedure-sheet';
import { type SpreadsheetFormat } from './spreadsheet-reader';

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// Writes rows (objects keyed by header) as they come, into a stream the response pipes out.
// CSV starts with a UTF-8 BOM so that Excel shows Vietnamese correctly.
export function writeSpreadsheet(
  format: SpreadsheetFormat,
  rows: AsyncIterable<Record<string, string>>,
): Readable {
  const output = new PassThrough();
  const fail = (error: unknown) => output.destroy(error as Error);
  if (format === 'csv') {
    const csv = stringify({ header: true, columns: [...HEADERS], bom: true });
    csv.on('error', fail);
    csv.pipe(output);
    void (async () => {
      for await (const row of rows) {
        if (!csv.write(row)) {
          await new Promise((resolve) => csv.once('drain', resolve));
        }
      }
      csv.end();
    })().catch(fail);
    return output;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = HEADERS.map((header) => ({ header, key: header, width: 30 }));
  void (async () => {
    for await (const row of rows) {
      sheet.addRow(row).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch(fail);
  return output;
}
