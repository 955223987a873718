import type { GroupBy } from './report-api';

// The trends card's tabs: GET /reports/on-time by each of these (and the same words name a
// background export of one of them in "Tệp xuất").
export type Trend = Extract<GroupBy, 'agency' | 'level' | 'sector' | 'channel' | 'month'>;

export const TREND_LABELS = {
  agency: 'Theo cơ quan giải quyết',
  level: 'Theo cấp',
  sector: 'Theo lĩnh vực',
  channel: 'Theo kênh tiếp nhận',
  month: 'Theo tháng',
} as const satisfies Record<Trend, string>;

export const isTrend = (value: unknown): value is Trend => typeof value === 'string' && value in TREND_LABELS;
