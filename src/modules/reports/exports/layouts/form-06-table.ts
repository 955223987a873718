import { type Form06, FORM_06_COLUMN_GROUPS, FORM_06_COLUMNS } from '../../domain/form-06';
import { type ReportTable, type TableCell, type TableColumn } from '../report-table';

// Biểu 06/VPCP/KSTT flat, for CSV (its XLSX is laid out like the paper form, see
// xlsx/form-06-workbook.ts): the two heading levels joined ("Kết quả giải quyết - Quá hạn (10)"),
// then the form's rows, the level subtotals among them and the grand total last.
const COLUMNS: readonly TableColumn[] = FORM_06_COLUMNS.map((column) => ({
  heading:
    column.group === null
      ? column.heading
      : `${FORM_06_COLUMN_GROUPS[column.group]} - ${column.heading} (${column.number})`,
  kind: column.count === null ? 'text' : 'count',
}));

export function form06Table(form: Form06): ReportTable {
  const cells = (row: Form06['rows'][number]): TableCell[] =>
    FORM_06_COLUMNS.map((column) =>
      column.count !== null ? row.counts[column.count] : column.number === 1 ? row.number : row.label,
    );
  const total = form.rows.at(-1);
  return {
    title: `${form.code} ${form.name}`,
    periodLabel: form.periodLabel,
    unitName: form.reportingUnit,
    sections: [
      {
        columns: COLUMNS,
        rows: form.rows.filter((row) => row.kind !== 'TOTAL').map(cells),
        totals: total ? cells(total) : undefined,
      },
    ],
  };
}
