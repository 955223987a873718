import { DomainError } from '../../../common';
import {
  type CivilDate,
  type IsoDate,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  vietnamInstantOf,
} from '../../calendar/domain/local-date';

// A report period: calendar units, a custom inclusive range, or the official cut-off periods of
// Decree 09/2019/NĐ-CP art. 12 (a month runs from the 15th of the month before to the 14th of its
// own month; a quarter from 15/12, 15/3, 15/6, 15/9 to 14/3, 14/6, 14/9, 14/12; the year from
// 15/12 of the year before to 14/12). Instants are Vietnamese midnights (fixed UTC+7).
export const REPORT_PERIOD_KINDS = [
  'YEAR',
  'QUARTER',
  'MONTH',
  'DAY',
  'RANGE',
  'CUTOFF_YEAR',
  'CUTOFF_QUARTER',
  'CUTOFF_MONTH',
] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export interface ReportPeriod {
  readonly kind: ReportPeriodKind;
  readonly key: string; // canonical text: parseReportPeriod(key) gives the same period back
  readonly label: string; // Vietnamese, as printed on a report
  readonly fromDate: IsoDate; // inclusive
  readonly toDate: IsoDate; // inclusive
  readonly fromMs: number; // 00:00 of fromDate in Vietnam
  readonly toExclusiveMs: number; // 00:00 of the day after toDate in Vietnam
}

export class ReportPeriodError extends DomainError {
  constructor(detail: string) {
    super('invalid', 'report-period-invalid', 'Kỳ báo cáo không hợp lệ', detail, [
      { field: 'period', message: detail },
    ]);
  }
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4}-\d{2}-\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const CUTOFF_YEAR = /^(\d{4})-KY$/;
const CUTOFF_QUARTER = /^(\d{4})-KY-Q([1-4])$/;
const CUTOFF_MONTH = /^(\d{4})-KY-(\d{2})$/;

const EXPECTED_FORMS =
  'Dùng một trong các dạng: 2020, 2020-Q4, 2020-11, 2020-11-05, 2020-01-01..2020-03-31, 2020-KY, 2020-KY-Q1, 2020-KY-11.';

export function parseReportPeriod(text: string): ReportPeriod {
  const value = text.trim().toUpperCase();
  let match: RegExpExecArray | null;
  if ((match = YEAR.exec(value))) {
    return calendarYear(year(match[1]));
  }
  if ((match = QUARTER.exec(value))) {
    return calendarQuarter(year(match[1]), Number(match[2]));
  }
  if ((match = MONTH.exec(value))) {
    return calendarMonth(year(match[1]), month(match[2]));
  }
  if ((match = DAY.exec(value))) {
    const day = dayNumber(match[1]);
    return dayRange(day, day);
  }
  if ((match = RANGE.exec(value))) {
    const from = dayNumber(match[1]);
    const to = dayNumber(match[2]);
    if (from > to) {
      throw new ReportPeriodError(`Ngày bắt đầu ${match[1]} sau ngày kết thúc ${match[2]}.`);
    }
    return dayRange(from, to);
  }
  if ((match = CUTOFF_YEAR.exec(value))) {
    return cutoffYear(year(match[1]));
  }
  if ((match = CUTOFF_QUARTER.exec(value))) {
    return cutoffQuarter(year(match[1]), Number(match[2]));
  }
  if ((match = CUTOFF_MONTH.exec(value))) {
    return cutoffMonth(year(match[1]), month(match[2]));
  }
  throw new ReportPeriodError(`Không hiểu kỳ báo cáo "${text}". ${EXPECTED_FORMS}`);
}

// The period of the same kind just before (for trends): the previous year, quarter, month or day
// (calendar units keep their own lengths, so February follows January); a custom range is moved
// back by its own number of days.
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = fromDayNumber(dayOf(period.fromDate));
  const to = fromDayNumber(dayOf(period.toDate));
  switch (period.kind) {
    case 'YEAR':
      return calendarYear(from.year - 1);
    case 'QUARTER': {
      const quarter = (from.month + 2) / 3;
      return quarter === 1 ? calendarQuarter(from.year - 1, 4) : calendarQuarter(from.year, quarter - 1);
    }
    case 'MONTH':
      return from.month === 1 ? calendarMonth(from.year - 1, 12) : calendarMonth(from.year, from.month - 1);
    case 'DAY':
    case 'RANGE': {
      const length = dayOf(period.toDate) - dayOf(period.fromDate) + 1;
      return dayRange(dayOf(period.fromDate) - length, dayOf(period.fromDate) - 1);
    }
    case 'CUTOFF_YEAR':
      return cutoffYear(to.year - 1);
    case 'CUTOFF_QUARTER': {
      const quarter = to.month / 3;
      return quarter === 1 ? cutoffQuarter(to.year - 1, 4) : cutoffQuarter(to.year, quarter - 1);
    }
    case 'CUTOFF_MONTH':
      return to.month === 1 ? cutoffMonth(to.year - 1, 12) : cutoffMonth(to.year, to.month - 1);
  }
}

// The months of a period, in order, for time series. Cut-off periods split into cut-off months
// (15th to 14th); other periods into calendar months, clipped to the period at either end.
export function monthsOf(period: ReportPeriod): ReportPeriod[] {
  const to = fromDayNumber(dayOf(period.toDate));
  const months: ReportPeriod[] = [];
  switch (period.kind) {
    case 'CUTOFF_YEAR':
    case 'CUTOFF_QUARTER':
    case 'CUTOFF_MONTH': {
      const count = period.kind === 'CUTOFF_YEAR' ? 12 : period.kind === 'CUTOFF_QUARTER' ? 3 : 1;
      for (let month = to.month - count + 1; month <= to.month; month += 1) {
        months.push(cutoffMonth(to.year, month));
      }
      return months;
    }
    case 'YEAR':
    case 'QUARTER':
    case 'MONTH':
    case 'DAY':
    case 'RANGE': {
      const first = dayOf(period.fromDate);
      const last = dayOf(period.toDate);
      let cursor = fromDayNumber(first);
      while (toDayNumber({ ...cursor, day: 1 }) <= last) {
        const monthFirst = toDayNumber({ ...cursor, day: 1 });
        const monthLast = lastDayOfMonth(cursor.year, cursor.month);
        const clipped = dayRange(Math.max(first, monthFirst), Math.min(last, monthLast));
        const isWholeMonth = clipped.fromMs === dayStart(monthFirst) && dayOf(clipped.toDate) === monthLast;
        months.push(isWholeMonth ? calendarMonth(cursor.year, cursor.month) : clipped);
        cursor = fromDayNumber(monthLast + 1);
      }
      return months;
    }
  }
}

function calendarYear(y: number): ReportPeriod {
  return build(
    'YEAR',
    String(y),
    `Năm ${y}`,
    toDayNumber({ year: y, month: 1, day: 1 }),
    lastDayOfMonth(y, 12),
  );
}

function calendarQuarter(y: number, quarter: number): ReportPeriod {
  const firstMonth = quarter * 3 - 2;
  return build(
    'QUARTER',
    `${y}-Q${quarter}`,
    `Quý ${ROMAN_QUARTERS[quarter - 1]} năm ${y}`,
    toDayNumber({ year: y, month: firstMonth, day: 1 }),
    lastDayOfMonth(y, firstMonth + 2),
  );
}

function calendarMonth(y: number, m: number): ReportPeriod {
  return build(
    'MONTH',
    `${y}-${pad(m)}`,
    `Tháng ${m} năm ${y}`,
    toDayNumber({ year: y, month: m, day: 1 }),
    lastDayOfMonth(y, m),
  );
}

function dayRange(from: number, to: number): ReportPeriod {
  const fromDate = formatIsoDate(fromDayNumber(from));
  if (from === to) {
    return build('DAY', fromDate, `Ngày ${display(from)}`, from, to);
  }
  const toDate = formatIsoDate(fromDayNumber(to));
  return build(
    'RANGE',
    `${fromDate}..${toDate}`,
    `Từ ngày ${display(from)} đến ngày ${display(to)}`,
    from,
    to,
  );
}

// Decree 09/2019 art. 12: each cut-off month starts on the 15th of the month before.
function cutoffStart(y: number, m: number): number {
  return m === 1
    ? toDayNumber({ year: y - 1, month: 12, day: 15 })
    : toDayNumber({ year: y, month: m - 1, day: 15 });
}

function cutoffEnd(y: number, m: number): number {
  return toDayNumber({ year: y, month: m, day: 14 });
}

function cutoffYear(y: number): ReportPeriod {
  const from = cutoffStart(y, 1);
  const to = cutoffEnd(y, 12);
  return build('CUTOFF_YEAR', `${y}-KY`, `Kỳ báo cáo năm ${y} ${bounds(from, to)}`, from, to);
}

function cutoffQuarter(y: number, quarter: number): ReportPeriod {
  const from = cutoffStart(y, quarter * 3 - 2);
  const to = cutoffEnd(y, quarter * 3);
  const label = `Kỳ báo cáo quý ${ROMAN_QUARTERS[quarter - 1]} năm ${y} ${bounds(from, to)}`;
  return build('CUTOFF_QUARTER', `${y}-KY-Q${quarter}`, label, from, to);
}

function cutoffMonth(y: number, m: number): ReportPeriod {
  const from = cutoffStart(y, m);
  const to = cutoffEnd(y, m);
  return build(
    'CUTOFF_MONTH',
    `${y}-KY-${pad(m)}`,
    `Kỳ báo cáo tháng ${m} năm ${y} ${bounds(from, to)}`,
    from,
    to,
  );
}

function build(kind: ReportPeriodKind, key: string, label: string, from: number, to: number): ReportPeriod {
  return {
    kind,
    key,
    label,
    fromDate: formatIsoDate(fromDayNumber(from)),
    toDate: formatIsoDate(fromDayNumber(to)),
    fromMs: dayStart(from),
    toExclusiveMs: dayStart(to + 1),
  };
}

function year(text: string | undefined): number {
  const value = Number(text);
  if (value < MIN_YEAR || value > MAX_YEAR) {
    throw new ReportPeriodError(`Năm ${text} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`);
  }
  return value;
}

function month(text: string | undefined): number {
  const value = Number(text);
  if (value < 1 || value > 12) {
    throw new ReportPeriodError(`Tháng ${text} không hợp lệ (từ 01 đến 12).`);
  }
  return value;
}

function dayNumber(text: string | undefined): number {
  const date = parseIsoDate(text ?? '');
  if (!date) {
    throw new ReportPeriodError(`Ngày ${text} không tồn tại.`);
  }
  year(String(date.year));
  return toDayNumber(date);
}

function dayOf(date: IsoDate): number {
  return toDayNumber(parseIsoDate(date) as CivilDate);
}

function dayStart(day: number): number {
  return vietnamInstantOf(day, 0);
}

function lastDayOfMonth(y: number, m: number): number {
  return m === 12
    ? toDayNumber({ year: y + 1, month: 1, day: 1 }) - 1
    : toDayNumber({ year: y, month: m + 1, day: 1 }) - 1;
}

function display(day: number): string {
  const date = fromDayNumber(day);
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

function bounds(from: number, to: number): string {
  return `(${display(from)} – ${display(to)})`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
