import { type ReportGroup, MEASURES, type Measure } from '../../report-measures.repository';
import { type OnTimeReport, type OnTimeRow } from '../../reports.service';
import { type ReportTable, type TableCell, type TableColumn, TOTAL_LABEL } from '../report-table';
import { labelOfChannel, labelOfLevel } from './report-labels';

// Column headings in Vietnamese, as the leaders read them.
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  received: 'Tổng số hồ sơ nhận',
  newOnline: 'Mới tiếp nhận trực tuyến',
  newDirect: 'Mới tiếp nhận trực tiếp',
  newPost: 'Mới tiếp nhận qua bưu chính',
  carriedOver: 'Từ kỳ trước chuyển sang',
  resolved: 'Đã giải quyết',
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  inProgress: 'Đang giải quyết',
  withinTime: 'Đang giải quyết trong hạn',
  overdue: 'Đang giải quyết quá hạn',
  withdrawn: 'Rút hoặc dừng xử lý',
  interAgency: 'Liên thông',
  supplementRequests: 'Có yêu cầu bổ sung',
  apologies: 'Có thư xin lỗi',
  onlineLevel3: 'Trực tuyến mức độ 3',
  onlineLevel4: 'Trực tuyến mức độ 4',
};

const COLUMNS: readonly TableColumn[] = [
  { heading: 'Mã nhóm', kind: 'text', width: 14 },
  { heading: 'Nhóm', kind: 'text', width: 36 },
  ...MEASURES.map((measure): TableColumn => ({ heading: MEASURE_LABELS[measure], kind: 'count' })),
  { heading: 'Tỷ lệ đúng hạn (%)', kind: 'percent' },
  { heading: 'Thời gian giải quyết bình quân (ngày làm việc)', kind: 'points', width: 16 },
  { heading: 'Số lượt đánh giá', kind: 'count' },
  { heading: 'Điểm đánh giá bình quân (0–18)', kind: 'points' },
];

// The on-time report (GET /reports/on-time): a row per group, the total, and the handling time
// under the table.
export function onTimeTable(report: OnTimeReport, group: ReportGroup, unitName: string): ReportTable {
  const cells = (row: OnTimeRow, label: string | null): TableCell[] => [
    row.key,
    label ?? '',
    ...MEASURES.map((measure) => row[measure]),
    row.onTimeRate,
    row.averageHandlingWorkingDays,
    row.ratings,
    row.averageRating,
  ];
  const { averageWorkingDays, medianWorkingDays, dossiers } = report.handling;
  return {
    title: 'Tình hình, kết quả giải quyết hồ sơ thủ tục hành chính',
    periodLabel: report.period.label,
    unitName,
    sections: [
      {
        columns: COLUMNS,
        rows: report.rows.map((row) => cells(row, groupLabel(group, row))),
        totals: cells(report.total, TOTAL_LABEL),
      },
    ],
    notes: [
      `Thời gian giải quyết bình quân: ${averageWorkingDays ?? '–'} ngày làm việc; trung vị: ${medianWorkingDays ?? '–'} ngày làm việc (${dossiers} hồ sơ).`,
    ],
  };
}

function groupLabel(group: ReportGroup, row: OnTimeRow): string | null {
  if (row.label === null) {
    return null;
  }
  if (group === 'level') {
    return labelOfLevel(row.label);
  }
  return group === 'channel' ? labelOfChannel(row.label) : row.label;
}
