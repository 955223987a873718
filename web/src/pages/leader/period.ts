// The report periods a leader can pick, as the API spells them (src/modules/reports/domain/
// report-period.ts): 2026, 2026-Q2, 2026-05, 2026-01-01..2026-03-31, and the official cut-off
// periods of Decree 09/2019 (2026-KY = 15/12/2025–14/12/2026, 2026-KY-Q1, 2026-KY-11).
export type PeriodKind =
  'year' | 'quarter' | 'month' | 'range' | 'cutoffYear' | 'cutoffQuarter' | 'cutoffMonth';

export const PERIOD_KIND_LABELS = {
  year: 'Năm',
  quarter: 'Quý',
  month: 'Tháng',
  range: 'Khoảng ngày',
  cutoffYear: 'Kỳ báo cáo năm (15/12 – 14/12)',
  cutoffQuarter: 'Kỳ báo cáo quý',
  cutoffMonth: 'Kỳ báo cáo tháng (15 – 14)',
} as const satisfies Record<PeriodKind, string>;

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  part?: number; // quarter 1–4 or month 1–12
  from?: string; // YYYY-MM-DD, for a range
  to?: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function periodKeyOf(choice: PeriodChoice): string | null {
  const { kind, year, part } = choice;
  switch (kind) {
    case 'year':
      return String(year);
    case 'cutoffYear':
      return `${year}-KY`;
    case 'quarter':
      return part ? `${year}-Q${part}` : null;
    case 'cutoffQuarter':
      return part ? `${year}-KY-Q${part}` : null;
    case 'month':
      return part ? `${year}-${pad(part)}` : null;
    case 'cutoffMonth':
      return part ? `${year}-KY-${pad(part)}` : null;
    case 'range':
      return choice.from && choice.to ? `${choice.from}..${choice.to}` : null;
  }
}

// The inverse, to put a period from the address back into the picker.
export function parsePeriodKey(key: string): PeriodChoice | null {
  const patterns: Array<[RegExp, (match: RegExpExecArray) => PeriodChoice]> = [
    [/^(\d{4})$/, (m) => ({ kind: 'year', year: Number(m[1]) })],
    [/^(\d{4})-KY$/, (m) => ({ kind: 'cutoffYear', year: Number(m[1]) })],
    [/^(\d{4})-Q([1-4])$/, (m) => ({ kind: 'quarter', year: Number(m[1]), part: Number(m[2]) })],
    [/^(\d{4})-KY-Q([1-4])$/, (m) => ({ kind: 'cutoffQuarter', year: Number(m[1]), part: Number(m[2]) })],
    [/^(\d{4})-(\d{2})$/, (m) => ({ kind: 'month', year: Number(m[1]), part: Number(m[2]) })],
    [/^(\d{4})-KY-(\d{2})$/, (m) => ({ kind: 'cutoffMonth', year: Number(m[1]), part: Number(m[2]) })],
    [
      /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4}-\d{2}-\d{2})$/,
      (m) => ({ kind: 'range', year: Number(m[1]), from: `${m[1]}-${m[2]}-${m[3]}`, to: m[4] }),
    ],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(key);
    if (match) {
      return build(match);
    }
  }
  return null;
}

// This month in Vietnam, the dashboard's default period.
export function currentMonthKey(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}
