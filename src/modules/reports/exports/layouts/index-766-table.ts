import { type Index766Score, INDEX_766_GROUP_FACTS, INDEX_766_GROUPS } from '../../domain/index-766';
import { type Index766Report } from '../../index-766.service';
import { type ReportTable, type TableCell, type TableColumn } from '../report-table';

const SCOPE_LABEL = 'Toàn phạm vi';

const SCORE_COLUMNS: readonly TableColumn[] = [
  ...INDEX_766_GROUPS.map((group): TableColumn => {
    const { label, maxPoints } = INDEX_766_GROUP_FACTS[group];
    return { heading: `${label} (${maxPoints} điểm)`, kind: 'points' };
  }),
  { heading: 'Tổng điểm các nhóm có dữ liệu', kind: 'points' },
  { heading: 'Điểm tối đa các nhóm có dữ liệu', kind: 'points' },
  { heading: 'Tỷ lệ trễ hạn (%)', kind: 'percent' },
  { heading: 'Số lượt đánh giá', kind: 'count' },
  { heading: 'Điểm đánh giá bình quân (0–18)', kind: 'points' },
];

// The service-quality index of Decision 766/QĐ-TTg (GET /reports/index-766): the points of each
// group per resolving agency (groupBy=agency) and for the whole scope, then the scope's groups in
// detail (indicator, numerator, denominator, and why a group has no points).
export function index766Table(report: Index766Report, unitName: string): ReportTable {
  const scores = (name: string, score: Index766Score): TableCell[] => [
    name,
    ...INDEX_766_GROUPS.map((group) => score.groups.find((row) => row.group === group)?.points ?? null),
    score.points,
    score.availableMaxPoints,
    score.lateRatePercent,
    score.evaluationCount,
    score.evaluationAverage,
  ];
  return {
    title: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ (Quyết định 766/QĐ-TTg)',
    periodLabel: report.period.label,
    unitName,
    sections: [
      {
        title: 'Điểm theo nhóm chỉ số',
        columns: [{ heading: 'Đơn vị', kind: 'text', width: 40 }, ...SCORE_COLUMNS],
        rows: report.rows.map((row) => scores(row.agencyName, row)),
        totals: scores(SCOPE_LABEL, report.total),
      },
      {
        title: `Chi tiết ${SCOPE_LABEL.toLowerCase()}`,
        columns: [
          { heading: 'Nhóm chỉ số', kind: 'text', width: 40 },
          { heading: 'Điểm tối đa', kind: 'points' },
          { heading: 'Điểm', kind: 'points' },
          { heading: 'Tỷ lệ (%)', kind: 'percent' },
          { heading: 'Tử số', kind: 'count' },
          { heading: 'Mẫu số', kind: 'count' },
          { heading: 'Ghi chú', kind: 'text', width: 30 },
        ],
        rows: report.total.groups.map((group) => [
          group.label,
          group.maxPoints,
          group.points,
          group.sharePercent,
          group.numerator,
          group.denominator,
          group.note,
        ]),
      },
    ],
  };
}
