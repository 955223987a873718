import { formatVietnamInstant } from '../../calendar';

// A report as the files show it: a title, the period and the unit, then one or more sections of
// Vietnamese-headed columns with their rows and, where the report has them, totals. Each report
// has its layout (layouts/*.ts) producing this; table-csv.ts and table-workbook.ts write it.
export type ColumnKind = 'text' | 'count' | 'percent' | 'points' | 'instant';

export interface TableColumn {
  readonly heading: string;
  readonly kind: ColumnKind;
  readonly width?: number; // characters, for the workbook
}

// An instant is a Date (written as Vietnamese time); null is an empty cell.
export type TableCell = string | number | Date | null;

export interface TableSection {
  readonly title?: string;
  readonly columns: readonly TableColumn[];
  // Iterated once; the drill-down's rows come from the database in batches while the file is
  // written.
  readonly rows: Iterable<readonly TableCell[]> | AsyncIterable<readonly TableCell[]>;
  readonly totals?: readonly TableCell[];
}

export interface ReportTable {
  readonly title: string;
  readonly periodLabel: string;
  readonly unitName: string;
  readonly sections: readonly TableSection[];
  // Lines under the sections in the workbook (the CSV holds the table only).
  readonly notes?: readonly string[];
}

export const TOTAL_LABEL = 'Tổng cộng';

// '05/02/2025 16:00': an instant as Vietnamese legal time (Asia/Ho_Chi_Minh), as people write it.
export function formatVietnamDateTime(instant: Date): string {
  const iso = formatVietnamInstant(instant.getTime()); // 2025-02-05T16:00:00+07:00
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

// The same instant as a spreadsheet date: spreadsheets have no zones, so the cell holds the
// Vietnamese wall-clock time.
export function vietnamWallClock(instant: Date): Date {
  return new Date(`${formatVietnamInstant(instant.getTime()).slice(0, 19)}Z`);
}
