import { type Dashboard, type Kpis } from '../../dashboard.service';
import { formatVietnamDateTime, type ReportTable, type TableColumn } from '../report-table';

const KPI_LABELS: ReadonlyArray<[keyof Kpis, string, TableColumn['kind']]> = [
  ['received', 'Tổng số hồ sơ nhận', 'count'],
  ['resolved', 'Đã giải quyết', 'count'],
  ['late', 'Giải quyết quá hạn', 'count'],
  ['inProgress', 'Đang giải quyết', 'count'],
  ['overdue', 'Đang giải quyết quá hạn', 'count'],
  ['onTimeRate', 'Tỷ lệ đúng hạn (%)', 'percent'],
  ['onlineShare', 'Tỷ lệ hồ sơ mới trực tuyến (%)', 'percent'],
];

// The leader's dashboard (GET /reports/dashboard) in four sections: the indicators of this month
// and the year to date against the periods before them, each agency's month, and the procedures
// and agencies with the most overdue dossiers.
export function dashboardTable(dashboard: Dashboard, unitName: string): ReportTable {
  const { month, yearToDate } = dashboard;
  const periods: Array<[string, Kpis]> = [
    [`Tháng này (${month.period.label})`, month.kpis],
    ['Tháng trước', month.previous],
    [`Từ đầu năm (${yearToDate.period.label})`, yearToDate.kpis],
    ['Cùng kỳ năm trước', yearToDate.previous],
  ];
  return {
    title: 'Bảng điều hành giải quyết thủ tục hành chính',
    periodLabel: `${month.period.label}; ${yearToDate.period.label} (số liệu đến ${formatVietnamDateTime(new Date(dashboard.asOf))})`,
    unitName,
    sections: [
      {
        title: 'Chỉ tiêu chung',
        columns: [
          { heading: 'Kỳ', kind: 'text', width: 40 },
          ...KPI_LABELS.map(([, label, kind]): TableColumn => ({ heading: label, kind })),
        ],
        rows: periods.map(([label, kpis]) => [label, ...KPI_LABELS.map(([kpi]) => kpis[kpi])]),
      },
      {
        title: 'Theo cơ quan (tháng này)',
        columns: [
          { heading: 'Cơ quan', kind: 'text', width: 40 },
          ...KPI_LABELS.map(([, label, kind]): TableColumn => ({ heading: label, kind })),
          { heading: 'Tỷ lệ đúng hạn tháng trước (%)', kind: 'percent' },
          { heading: 'Thay đổi (điểm %)', kind: 'percent' },
        ],
        rows: dashboard.agencies.map((row) => [
          row.agencyName,
          ...KPI_LABELS.map(([kpi]) => row[kpi]),
          row.previousOnTimeRate,
          row.onTimeRateChange,
        ]),
      },
      {
        title: 'Thủ tục có nhiều hồ sơ quá hạn nhất',
        columns: [
          { heading: 'Thủ tục', kind: 'text', width: 60 },
          { heading: 'Đang giải quyết quá hạn', kind: 'count' },
        ],
        rows: dashboard.worstProcedures.map((row) => [row.name, row.overdue]),
      },
      {
        title: 'Cơ quan có nhiều hồ sơ quá hạn nhất',
        columns: [
          { heading: 'Cơ quan', kind: 'text', width: 40 },
          { heading: 'Đang giải quyết quá hạn', kind: 'count' },
        ],
        rows: dashboard.worstAgencies.map((row) => [row.name, row.overdue]),
      },
    ],
  };
}
