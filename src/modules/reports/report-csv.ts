import { stringify } from 'csv-stringify/sync';
import { MEASURES, type Measure, type MeasureRow } from './report-measures.repository';

// Column headings of the CSV export, in Vietnamese as the leaders read them.
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

// The on-time report as CSV (UTF-8 with a BOM, so spreadsheet programs read the diacritics).
export function onTimeReportCsv(rows: ReadonlyArray<MeasureRow & { onTimeRate: number | null }>): string {
  const header = [
    'Mã nhóm',
    'Nhóm',
    ...MEASURES.map((measure) => MEASURE_LABELS[measure]),
    'Tỷ lệ đúng hạn (%)',
  ];
  const body = rows.map((row) => [
    row.key ?? '',
    row.label ?? 'Tổng cộng',
    ...MEASURES.map((measure) => row[measure]),
    row.onTimeRate ?? '',
  ]);
  return `\uFEFF${stringify([header, ...body])}`;
}
