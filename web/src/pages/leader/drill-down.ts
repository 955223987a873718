import type { Form06CountKey, Measure, RowFilters } from './report-api';

// What each number of the reports counts, as the drill-down's heading says it.
export const MEASURE_LABELS = {
  received: 'Hồ sơ nhận giải quyết',
  newOnline: 'Hồ sơ mới tiếp nhận trực tuyến',
  newDirect: 'Hồ sơ mới tiếp nhận trực tiếp',
  newPost: 'Hồ sơ mới tiếp nhận qua bưu chính',
  carriedOver: 'Hồ sơ từ kỳ trước chuyển qua',
  resolved: 'Hồ sơ đã giải quyết',
  early: 'Hồ sơ giải quyết trước hạn',
  onTime: 'Hồ sơ giải quyết đúng hạn',
  late: 'Hồ sơ giải quyết quá hạn',
  inProgress: 'Hồ sơ đang giải quyết',
  withinTime: 'Hồ sơ đang giải quyết trong hạn',
  overdue: 'Hồ sơ đang giải quyết quá hạn',
  withdrawn: 'Hồ sơ rút hoặc dừng xử lý',
  interAgency: 'Hồ sơ liên thông',
  supplementRequests: 'Hồ sơ phải bổ sung',
  apologies: 'Hồ sơ có phiếu xin lỗi',
  onlineLevel3: 'Hồ sơ trực tuyến mức độ 3',
  onlineLevel4: 'Hồ sơ trực tuyến mức độ 4',
} as const satisfies Record<Measure, string>;

export function isMeasure(value: string | null): value is Measure {
  return value !== null && value in MEASURE_LABELS;
}

// Biểu 06's columns as drill-down measures. Column 5 (at the desk or by post) is two measures.
export const FORM_06_MEASURES = {
  receivedTotal: ['received'],
  receivedOnline: ['newOnline'],
  receivedDirectOrPost: ['newDirect', 'newPost'],
  carriedOver: ['carriedOver'],
  resolvedTotal: ['resolved'],
  resolvedEarly: ['early'],
  resolvedOnTime: ['onTime'],
  resolvedLate: ['late'],
  inProgressTotal: ['inProgress'],
  inProgressWithinTime: ['withinTime'],
  inProgressOverdue: ['overdue'],
} as const satisfies Record<Form06CountKey, readonly Measure[]>;

export const DRILL_DOWN_PATH = '/can-bo/bao-cao/ho-so';

// The address of the list behind a number: the period, the measure(s) and the row's filters.
export function drillDownHref(
  period: string,
  measures: readonly Measure[],
  filters: RowFilters = {},
): string {
  const params = new URLSearchParams({ period, measure: measures.join(',') });
  for (const [name, value] of Object.entries(filters)) {
    if (value) {
      params.set(name, String(value));
    }
  }
  return `${DRILL_DOWN_PATH}?${params.toString()}`;
}
