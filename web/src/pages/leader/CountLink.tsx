import { Link } from 'react-router';
import type { Measure, RowFilters } from './report-api';
import { drillDownHref, MEASURE_LABELS } from './drill-down';

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

// A count that opens its list of dossiers. The accessible name says what the list is; a zero
// has no list worth opening and stays plain text.
export function CountLink({
  value,
  period,
  measures,
  filters,
  context,
}: {
  value: number;
  period: string;
  measures: readonly Measure[];
  filters?: RowFilters;
  context?: string;
}) {
  if (value === 0) {
    return <span>0</span>;
  }
  const what = measures.map((measure) => MEASURE_LABELS[measure]).join(', ');
  return (
    <Link
      to={drillDownHref(period, measures, filters)}
      aria-label={`${formatCount(value)} – ${what}${context ? `, ${context}` : ''}: xem danh sách`}
    >
      {formatCount(value)}
    </Link>
  );
}
