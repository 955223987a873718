import { type ImplementingLevel } from '../../catalog/procedures/domain/procedure-vocabulary';
import {
  type Form06CountKey,
  type Form06Counts,
  type Form06IdentityName,
  FORM_06_COUNT_COLUMNS,
  brokenForm06Identities,
  onTimeRatePercent,
  sumForm06Counts,
} from './form-06-counts';

// Biểu 06/VPCP/KSTT (Circular 01/2020/TT-VPCP): "Tình hình, kết quả giải quyết TTHC tại cơ quan,
// đơn vị trực tiếp giải quyết TTHC", as data: the JSON answer and the source of the XLSX.
export const FORM_06_CODE = 'Biểu số 06/VPCP/KSTT';
export const FORM_06_NAME =
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
export const FORM_06_LEGAL_BASIS = 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP';
export const FORM_06_UNIT_OF_MEASURE = 'Đơn vị tính: Số hồ sơ TTHC';

export const FORM_06_LEVELS = [
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
] as const satisfies readonly ImplementingLevel[];
export const FORM_06_LEVEL_LABELS = {
  PROVINCE: 'Cấp tỉnh (các sở, ban, ngành)',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
} as const satisfies Record<ImplementingLevel, string>;

export const FORM_06_COLUMN_GROUPS = {
  RECEIVED: 'Số hồ sơ nhận giải quyết',
  RESOLVED: 'Kết quả giải quyết',
  IN_PROGRESS: 'Số hồ sơ đang giải quyết',
} as const;
export type Form06ColumnGroup = keyof typeof FORM_06_COLUMN_GROUPS;

export interface Form06Column {
  readonly number: number; // (1) … (13)
  readonly heading: string;
  readonly group: Form06ColumnGroup | null; // the merged heading above it, if any
  readonly count: Form06CountKey | null; // null for the label columns 1 and 2
}

const COUNT_HEADINGS = {
  receivedTotal: ['RECEIVED', 'Tổng số'],
  receivedOnline: ['RECEIVED', 'Trực tuyến'],
  receivedDirectOrPost: ['RECEIVED', 'Trực tiếp, dịch vụ bưu chính'],
  carriedOver: ['RECEIVED', 'Từ kỳ trước'],
  resolvedTotal: ['RESOLVED', 'Tổng số'],
  resolvedEarly: ['RESOLVED', 'Trước hạn'],
  resolvedOnTime: ['RESOLVED', 'Đúng hạn'],
  resolvedLate: ['RESOLVED', 'Quá hạn'],
  inProgressTotal: ['IN_PROGRESS', 'Tổng số'],
  inProgressWithinTime: ['IN_PROGRESS', 'Trong hạn'],
  inProgressOverdue: ['IN_PROGRESS', 'Quá hạn'],
} as const satisfies Record<Form06CountKey, readonly [Form06ColumnGroup, string]>;

export const FORM_06_COLUMNS: readonly Form06Column[] = [
  { number: 1, heading: 'STT', group: null, count: null },
  { number: 2, heading: 'Lĩnh vực, nhiệm vụ theo cấp', group: null, count: null },
  ...(Object.keys(COUNT_HEADINGS) as Form06CountKey[]).map((count) => ({
    number: FORM_06_COUNT_COLUMNS[count],
    heading: COUNT_HEADINGS[count][1],
    group: COUNT_HEADINGS[count][0],
    count,
  })),
];

// One row of counts the reports' query gives: a sector (by name) at a level.
export interface Form06SectorCounts {
  readonly level: ImplementingLevel;
  readonly sector: string;
  readonly sectorId?: string | null; // for a drill-down from the row
  readonly counts: Form06Counts;
}

export interface Form06Input {
  readonly periodLabel: string; // ReportPeriod.label
  readonly reportingUnit: string; // đơn vị báo cáo
  readonly rows: readonly Form06SectorCounts[];
}

export type Form06RowKind = 'LEVEL' | 'SECTOR' | 'TOTAL';

export interface Form06Row {
  readonly kind: Form06RowKind;
  readonly number: string; // STT: I, II, III for levels; 1..n for sectors within a level
  readonly label: string;
  readonly level: ImplementingLevel | null;
  // A sector row's sector, for the drill-down (null on other rows, and when two sectors of one
  // name were added together).
  readonly sectorId: string | null;
  readonly counts: Form06Counts;
  readonly onTimeRatePercent: number | null; // (8 + 9) ÷ 7, two decimals; null when 7 is 0
}

export interface Form06 {
  readonly code: string;
  readonly name: string;
  readonly legalBasis: string;
  readonly periodLabel: string;
  readonly reportingUnit: string;
  readonly unitOfMeasure: string;
  readonly columns: readonly Form06Column[];
  readonly rows: readonly Form06Row[];
}

const ROMAN = ['I', 'II', 'III'] as const;
export const FORM_06_TOTAL_LABEL = 'Tổng cộng';

// The form: for each level present (province, district, commune, in that order) a level row with
// its subtotal followed by its sectors in Vietnamese alphabetical order, then the grand total.
// Two input rows for the same level and sector are added together.
export function buildForm06(input: Form06Input): Form06 {
  const rows: Form06Row[] = [];
  const levelTotals: Form06Counts[] = [];
  let levelIndex = 0;
  for (const level of FORM_06_LEVELS) {
    const sectors = sectorsOf(input.rows, level);
    if (sectors.length === 0) {
      continue;
    }
    const subtotal = sumForm06Counts(sectors.map((sector) => sector.counts));
    levelTotals.push(subtotal);
    rows.push(row('LEVEL', ROMAN[levelIndex] ?? '', FORM_06_LEVEL_LABELS[level], level, subtotal));
    levelIndex += 1;
    sectors.forEach((sector, index) =>
      rows.push(row('SECTOR', String(index + 1), sector.name, level, sector.counts, sector.sectorId)),
    );
  }
  rows.push(row('TOTAL', '', FORM_06_TOTAL_LABEL, null, sumForm06Counts(levelTotals)));
  return {
    code: FORM_06_CODE,
    name: FORM_06_NAME,
    legalBasis: FORM_06_LEGAL_BASIS,
    periodLabel: input.periodLabel,
    reportingUnit: input.reportingUnit,
    unitOfMeasure: FORM_06_UNIT_OF_MEASURE,
    columns: FORM_06_COLUMNS,
    rows,
  };
}

export interface Form06IdentityBreak {
  readonly row: Form06Row;
  readonly identities: readonly Form06IdentityName[];
}

// The rows that break (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13) or (3) = (7)+(11).
// The last holds only when every received dossier is resolved or in progress at the period's end,
// i.e. counts made with a withdrawn policy (RESOLVED_BY_APPOINTMENT or EXCLUDED, see
// dossier-period-facts.ts); an empty list means the form is consistent.
export function checkForm06Identities(form: Pick<Form06, 'rows'>): Form06IdentityBreak[] {
  return form.rows
    .map((formRow) => ({ row: formRow, identities: brokenForm06Identities(formRow.counts) }))
    .filter((result) => result.identities.length > 0);
}

function sectorsOf(
  rows: readonly Form06SectorCounts[],
  level: ImplementingLevel,
): Array<{ name: string; sectorId: string | null; counts: Form06Counts }> {
  const bySector = new Map<string, { counts: Form06Counts; ids: Set<string | null> }>();
  for (const item of rows.filter((candidate) => candidate.level === level)) {
    const known = bySector.get(item.sector);
    bySector.set(item.sector, {
      counts: sumForm06Counts([known?.counts, item.counts].filter(isDefined)),
      ids: new Set([...(known?.ids ?? []), item.sectorId ?? null]),
    });
  }
  return [...bySector.entries()]
    .map(([name, { counts, ids }]) => ({ name, counts, sectorId: ids.size === 1 ? [...ids][0] : null }))
    .sort((left, right) => left.name.localeCompare(right.name, 'vi'));
}

function row(
  kind: Form06RowKind,
  number: string,
  label: string,
  level: ImplementingLevel | null,
  counts: Form06Counts,
  sectorId: string | null = null,
): Form06Row {
  return { kind, number, label, level, sectorId, counts, onTimeRatePercent: onTimeRatePercent(counts) };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
