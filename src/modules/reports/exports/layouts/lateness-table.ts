import { type ReportsService } from '../../reports.service';
import { type ReportTable, TOTAL_LABEL } from '../report-table';

export type LatenessReport = Awaited<ReturnType<ReportsService['lateness']>>;

export const WITHOUT_LATE_STEP_LABEL =
  'Không do bước liên thông (bộ phận một cửa, hoặc hồ sơ không có quy trình)';

// Lateness attribution (GET /reports/lateness): the late dossiers by the agency of their first
// late route step, the rest on a row of their own, and the total.
export function latenessTable(report: LatenessReport, unitName: string): ReportTable {
  const total = report.agencies.reduce((sum, row) => sum + row.late, report.withoutLateStep);
  return {
    title: 'Hồ sơ giải quyết quá hạn theo cơ quan làm quá hạn',
    periodLabel: report.period.label,
    unitName,
    sections: [
      {
        columns: [
          { heading: 'Cơ quan có bước liên thông quá hạn đầu tiên', kind: 'text', width: 50 },
          { heading: 'Số hồ sơ quá hạn', kind: 'count', width: 16 },
        ],
        rows: [
          ...report.agencies.map((row) => [row.agencyName, row.late]),
          [WITHOUT_LATE_STEP_LABEL, report.withoutLateStep],
        ],
        totals: [TOTAL_LABEL, total],
      },
    ],
  };
}
