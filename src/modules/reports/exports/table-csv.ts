import { stringify } from 'csv-stringify/sync';
import { formatVietnamDateTime, type ReportTable, type TableCell, type TableSection } from './report-table';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BYTE_ORDER_MARK = '\uFEFF';
const ROWS_PER_CHUNK = 500;

// A report as CSV, UTF-8 with a BOM so that spreadsheet programs read the diacritics: the
// headings, the rows and the totals. A report of several sections (the dashboard) writes each
// after a line with its title and an empty line between them.
export async function* writeTableCsv(table: ReportTable): AsyncGenerator<string> {
  yield BYTE_ORDER_MARK;
  const titled = table.sections.length > 1;
  for (const [index, section] of table.sections.entries()) {
    if (titled) {
      yield `${index > 0 ? '\n' : ''}${stringify([[section.title ?? '']])}`;
    }
    yield* writeSection(section);
  }
}

export async function renderTableCsv(table: ReportTable): Promise<string> {
  let text = '';
  for await (const chunk of writeTableCsv(table)) {
    text += chunk;
  }
  return text;
}

async function* writeSection(section: TableSection): AsyncGenerator<string> {
  yield stringify([section.columns.map((column) => column.heading)]);
  let pending: string[][] = [];
  for await (const row of section.rows) {
    pending.push(row.map(csvCell));
    if (pending.length === ROWS_PER_CHUNK) {
      yield stringify(pending);
      pending = [];
    }
  }
  if (section.totals) {
    pending.push(section.totals.map(csvCell));
  }
  if (pending.length > 0) {
    yield stringify(pending);
  }
}

function csvCell(cell: TableCell): string {
  if (cell === null) {
    return '';
  }
  return cell instanceof Date ? formatVietnamDateTime(cell) : String(cell);
}
