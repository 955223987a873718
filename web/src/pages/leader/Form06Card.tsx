import { Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';
import { CardHeading } from './CardHeading';
import { CountLink } from './CountLink';
import { FORM_06_MEASURES } from './drill-down';
import { type Form06, type Form06Column, type Form06Row, reportApi, type RowFilters } from './report-api';
import { BackgroundExport } from './exports/BackgroundExport';
import { ReportDownload } from './ReportDownload';

const GROUP_HEADINGS = {
  RECEIVED: 'Số hồ sơ nhận giải quyết',
  RESOLVED: 'Kết quả giải quyết',
  IN_PROGRESS: 'Số hồ sơ đang giải quyết',
} as const;

// A row's filters: its level, and for a sector row its sector (null when the form added two
// sectors of one name together: that row cannot be opened alone).
function filtersOf(row: Form06Row): RowFilters | null {
  if (row.kind === 'TOTAL') {
    return {};
  }
  const level = row.level ?? undefined;
  if (row.kind === 'LEVEL') {
    return { level };
  }
  return row.sectorId ? { level, sectorId: row.sectorId } : null;
}

function buildColumns(form: Form06, period: string): ColumnsType<Form06Row> {
  const countColumn = (column: Form06Column) => ({
    key: column.count ?? String(column.number),
    title: (
      <span>
        {column.heading}
        <br />({column.number})
      </span>
    ),
    align: 'right' as const,
    render: (_: unknown, row: Form06Row) => {
      const count = column.count;
      if (!count) {
        return null;
      }
      const value = row.counts[count];
      const filters = filtersOf(row);
      return filters ? (
        <CountLink
          value={value}
          period={period}
          measures={FORM_06_MEASURES[count]}
          filters={filters}
          context={`${row.label}, cột (${column.number})`}
        />
      ) : (
        value.toLocaleString('vi-VN')
      );
    },
  });
  const counted = form.columns.filter((column) => column.count);
  const groups = (['RECEIVED', 'RESOLVED', 'IN_PROGRESS'] as const).map((group) => ({
    key: group,
    title: GROUP_HEADINGS[group],
    children: counted.filter((column) => column.group === group).map(countColumn),
  }));
  return [
    { key: 'stt', title: 'STT (1)', dataIndex: 'number', width: 60 },
    { key: 'label', title: 'Lĩnh vực, nhiệm vụ theo cấp (2)', dataIndex: 'label', width: 260 },
    ...groups,
    {
      key: 'rate',
      title: 'Tỷ lệ đúng hạn',
      align: 'right' as const,
      render: (_: unknown, row: Form06Row) =>
        row.onTimeRatePercent === null ? '—' : `${row.onTimeRatePercent.toLocaleString('vi-VN')} %`,
    },
  ];
}

// Biểu 06/VPCP/KSTT for the chosen period, every count opening its dossiers, and its file: the
// XLSX laid out like the paper form, or the same rows as CSV, at once or in the background.
export function Form06Card({ period, onExportRequested }: { period: string; onExportRequested: () => void }) {
  const form = useApi(() => reportApi.form06(period), [period]);
  const data = form.data;
  const file = { report: 'form-06', query: { period } } as const;
  return (
    <Card
      size="small"
      title={<CardHeading>Biểu 06/VPCP/KSTT – Tình hình, kết quả giải quyết TTHC</CardHeading>}
    >
      <Flex justify="flex-end" gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
        <ReportDownload file={file} what="Biểu 06" disabled={!data} />
        <BackgroundExport file={file} what="Biểu 06" onRequested={onExportRequested} disabled={!data} />
      </Flex>
      <ProblemAlert problem={form.problem} />
      {data ? (
        <Flex vertical gap={4} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{data.name}</Typography.Text>
          <Typography.Text type="secondary">
            {data.code} · {data.legalBasis} · {data.periodLabel} · Đơn vị báo cáo: {data.reportingUnit} ·{' '}
            {data.unitOfMeasure}
          </Typography.Text>
        </Flex>
      ) : null}
      <Table<Form06Row>
        className="form-06"
        size="small"
        bordered
        loading={form.loading}
        rowKey={(row) => `${row.kind}-${row.level ?? ''}-${row.number}-${row.label}`}
        dataSource={data ? [...data.rows] : []}
        columns={data ? buildColumns(data, period) : []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({
          style: row.kind === 'SECTOR' ? undefined : { fontWeight: 600, background: '#fafafa' },
        })}
        locale={{ emptyText: 'Không có hồ sơ nào trong kỳ này.' }}
      />
    </Card>
  );
}
