import { DOSSIER_STATUS_FACTS } from '../../../dossiers/domain/dossier-status';
import { type ReportPeriod } from '../../domain/report-period';
import { type DrillDownRow, type Measure } from '../../report-measures.repository';
import { type ReportTable, type TableCell, type TableColumn } from '../report-table';
import { MEASURE_LABELS } from './on-time-table';
import { labelOfChannel, labelOfClassification, labelOfLevel } from './report-labels';

const COLUMNS: readonly TableColumn[] = [
  { heading: 'STT', kind: 'count', width: 7 },
  { heading: 'Mã hồ sơ', kind: 'text', width: 26 },
  { heading: 'Thủ tục hành chính', kind: 'text', width: 50 },
  { heading: 'Cấp', kind: 'text', width: 11 },
  { heading: 'Hình thức tiếp nhận', kind: 'text', width: 14 },
  { heading: 'Trạng thái', kind: 'text', width: 26 },
  { heading: 'Ngày tiếp nhận', kind: 'instant' },
  { heading: 'Hạn giải quyết', kind: 'instant' },
  { heading: 'Ngày giải quyết hoặc kết thúc', kind: 'instant' },
  { heading: 'Kết quả giải quyết', kind: 'text', width: 12 },
  { heading: 'Cơ quan giải quyết', kind: 'text', width: 36 },
];

// The dossiers behind one number of the on-time report (GET /reports/on-time/dossiers), every one
// of them: the rows arrive in batches while the file is written. A lateness row names the agency
// whose route step was late first (lateStep), or null for the late dossiers without such a step.
export function drillDownTable(
  header: { period: ReportPeriod; measure: Measure; unitName: string; lateStep?: string | null },
  rows: AsyncIterable<readonly TableCell[]>,
): ReportTable {
  const lateStep =
    header.lateStep === undefined
      ? ''
      : header.lateStep === null
        ? ', không do bước liên thông nào'
        : `, bước liên thông trễ hạn đầu tiên của ${header.lateStep}`;
  return {
    title: `Danh sách hồ sơ: ${MEASURE_LABELS[header.measure]}${lateStep}`,
    periodLabel: header.period.label,
    unitName: header.unitName,
    sections: [{ columns: COLUMNS, rows }],
  };
}

export function drillDownCells(number: number, item: DrillDownRow): TableCell[] {
  return [
    number,
    item.code,
    item.procedureName,
    labelOfLevel(item.levelCode),
    labelOfChannel(item.channel),
    statusLabel(item.status),
    item.receivedAt,
    item.dueAt,
    item.resolvedAt ?? item.endedAt,
    labelOfClassification(item.classification),
    item.resolvingAgencyName,
  ];
}

function statusLabel(status: string): string {
  const facts = (DOSSIER_STATUS_FACTS as Readonly<Record<string, { label: string } | undefined>>)[status];
  return facts?.label ?? status;
}
