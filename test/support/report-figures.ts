import { parseReportPeriod } from '../../src/modules/reports/domain/report-period';
import { MEASURES, type Measure } from '../../src/modules/reports/report-measures.repository';
import { type OnTimeRow } from '../../src/modules/reports/reports.service';

// Hand-made report figures for the report files' unit tests.
export const MARCH_2027 = parseReportPeriod('2027-03');

export function measureRow(
  key: string | null,
  label: string | null,
  counts: Partial<Record<Measure, number>>,
): OnTimeRow {
  const zero = Object.fromEntries(MEASURES.map((measure) => [measure, 0])) as Record<Measure, number>;
  return {
    key,
    label,
    levelCode: null,
    ...zero,
    ...counts,
    averageHandlingWorkingDays: null,
    onTimeRate: null,
    ratings: 0,
    averageRating: null,
  };
}
