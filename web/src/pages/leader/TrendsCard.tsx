import { Card, Flex, Table, Tabs } from 'antd';
import { useState } from 'react';
import { OnTimeChart } from '../../components/charts/OnTimeChart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CHANNEL_LABELS, LEVEL_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { CardHeading } from './CardHeading';
import { CountLink } from './CountLink';
import { BackgroundExport } from './exports/BackgroundExport';
import { type Measure, type MeasureRow, reportApi, type RowFilters } from './report-api';
import { ReportDownload } from './ReportDownload';
import { type Trend, TREND_LABELS as TRENDS } from './trends';

const GROUP_HEADINGS = {
  agency: 'Cơ quan giải quyết',
  level: 'Cấp',
  sector: 'Lĩnh vực',
  channel: 'Kênh tiếp nhận',
  month: 'Tháng',
} as const satisfies Record<Trend, string>;

const COUNT_COLUMNS: ReadonlyArray<{ measure: Measure & keyof MeasureRow; title: string }> = [
  { measure: 'received', title: 'Nhận giải quyết' },
  { measure: 'resolved', title: 'Đã giải quyết' },
  { measure: 'early', title: 'Trước hạn' },
  { measure: 'onTime', title: 'Đúng hạn' },
  { measure: 'late', title: 'Quá hạn' },
  { measure: 'overdue', title: 'Đang quá hạn' },
];

function labelOf(trend: Trend, row: MeasureRow): string {
  if (trend === 'level' && row.key && row.key in LEVEL_LABELS) {
    return LEVEL_LABELS[row.key as keyof typeof LEVEL_LABELS];
  }
  if (trend === 'channel' && row.key && row.key in CHANNEL_LABELS) {
    return CHANNEL_LABELS[row.key as keyof typeof CHANNEL_LABELS];
  }
  return row.label ?? row.key ?? 'Không xác định';
}

// The row's own filter, so its numbers open exactly its dossiers; a month is a period of its own.
function drillOf(trend: Trend, row: MeasureRow, period: string): { period: string; filters: RowFilters } {
  const key = row.key ?? undefined;
  switch (trend) {
    case 'agency':
      return { period, filters: { resolvingAgencyId: key } };
    case 'level':
      return { period, filters: { level: key as RowFilters['level'] } };
    case 'sector':
      return { period, filters: { sectorId: key } };
    case 'channel':
      return { period, filters: { channel: key as RowFilters['channel'] } };
    case 'month':
      return { period: key ?? period, filters: {} };
  }
}

const percent = (value: number | null) =>
  value === null ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })} %`;

function TrendPanel({
  trend,
  period,
  onExportRequested,
}: {
  trend: Trend;
  period: string;
  onExportRequested: () => void;
}) {
  const report = useApi(() => reportApi.onTime({ period, groupBy: trend }), [period, trend]);
  const rows = report.data?.rows ?? [];
  const caption = `Kết quả giải quyết ${TRENDS[trend].toLowerCase()}, ${report.data?.period.label ?? ''}`;
  const file = { report: 'on-time', query: { period, groupBy: trend } } as const;
  const what = `bảng kết quả giải quyết ${TRENDS[trend].toLowerCase()}`;
  return (
    <>
      <Flex justify="flex-end" gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
        <ReportDownload file={file} what={what} disabled={!report.data} />
        <BackgroundExport file={file} what={what} onRequested={onExportRequested} disabled={!report.data} />
      </Flex>
      <ProblemAlert problem={report.problem} />
      {rows.length > 0 ? (
        <OnTimeChart
          caption={caption}
          data={rows.map((row) => ({
            label: labelOf(trend, row),
            early: row.early,
            onTime: row.onTime,
            late: row.late,
            overdue: row.overdue,
            onTimeRate: row.onTimeRate,
          }))}
        />
      ) : null}
      <Table<MeasureRow>
        size="small"
        rowKey={(row) => row.key ?? 'none'}
        loading={report.loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có hồ sơ nào trong kỳ này.' }}
        columns={[
          { title: GROUP_HEADINGS[trend], render: (_, row) => labelOf(trend, row) },
          ...COUNT_COLUMNS.map(({ measure, title }) => ({
            title,
            align: 'right' as const,
            render: (_: unknown, row: MeasureRow) => {
              const drill = drillOf(trend, row, period);
              return (
                <CountLink
                  value={row[measure]}
                  period={drill.period}
                  measures={[measure]}
                  filters={drill.filters}
                  context={labelOf(trend, row)}
                />
              );
            },
          })),
          {
            title: 'Tỷ lệ đúng hạn',
            align: 'right' as const,
            render: (_: unknown, row: MeasureRow) => percent(row.onTimeRate),
          },
        ]}
      />
    </>
  );
}

// Trends of the chosen period by agency, level, sector and channel, and month by month; the open
// tab's table as a file at once or in the background ("Tệp xuất").
export function TrendsCard({ period, onExportRequested }: { period: string; onExportRequested: () => void }) {
  const [trend, setTrend] = useState<Trend>('agency');
  return (
    <Card title={<CardHeading>Xu hướng giải quyết hồ sơ</CardHeading>} size="small">
      <Tabs
        activeKey={trend}
        onChange={(key) => setTrend(key as Trend)}
        items={Object.entries(TRENDS).map(([key, label]) => ({
          key,
          label,
          children:
            key === trend ? (
              <TrendPanel trend={trend} period={period} onExportRequested={onExportRequested} />
            ) : null,
        }))}
      />
    </Card>
  );
}
