import { Button, Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { CardHeading } from '../CardHeading';
import { isMeasure, MEASURE_LABELS } from '../drill-down';
import { isTrend, TREND_LABELS } from '../trends';
import {
  isUnfinished,
  REPORT_LABELS,
  type ReportExport,
  reportExports,
  STATUS_LABELS,
} from './report-exports';

const POLL_MS = 1500;

// What the file holds beyond the report's name: its period, and the drill-down's number (and
// lateness row) or the trends' grouping.
function describeQuery(query: ReportExport['query']): string {
  const period = typeof query.period === 'string' ? `kỳ ${query.period}` : '';
  const measure =
    typeof query.measure === 'string' && isMeasure(query.measure) ? MEASURE_LABELS[query.measure] : '';
  const grouping = isTrend(query.groupBy) ? TREND_LABELS[query.groupBy].toLowerCase() : '';
  const lateStep = typeof query.lateStepAgencyId === 'string' ? 'theo cơ quan làm trễ hạn' : '';
  return [period, measure, lateStep, grouping].filter(Boolean).join(', ');
}

function DownloadCell({ item }: { item: ReportExport }) {
  const { busy, problem, run } = useSubmission();
  if (item.status === 'FAILED') {
    return (
      <Typography.Text type="danger">
        {item.error ? `${item.error.title}: ${item.error.detail}` : 'Không xuất được tệp.'}
      </Typography.Text>
    );
  }
  if (item.status !== 'DONE') {
    return <Typography.Text type="secondary">Chưa có tệp</Typography.Text>;
  }
  const download = async () => {
    await run(async () => {
      await reportExports.download(item);
    });
  };
  return (
    <Flex vertical gap={4}>
      <Button size="small" loading={busy} onClick={() => void download()} aria-label={`Tải ${item.fileName}`}>
        Tải tệp
      </Button>
      <ProblemAlert problem={problem} />
    </Flex>
  );
}

// "Tệp xuất": the reader's background exports, newest first, polled while one is still queued
// or running; a finished file is downloaded with the bearer token. On the drill-down and on the
// dashboard (the trends' and Biểu 06's exports).
export function ExportsPanel({ refreshKey }: { refreshKey: number }) {
  const list = useApi(() => reportExports.list(), [refreshKey]);
  const items = list.data?.items ?? [];
  const waiting = items.some((item) => isUnfinished(item.status));
  const { loading, reload } = list;

  useEffect(() => {
    if (!waiting || loading) {
      return undefined;
    }
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, loading, reload]);

  return (
    <Card size="small" title={<CardHeading>Tệp xuất</CardHeading>} className="report-exports">
      <Typography.Paragraph type="secondary">
        Tệp xuất nền được giữ 7 ngày. {waiting ? 'Danh sách tự cập nhật trong khi tệp đang được xuất.' : ''}
      </Typography.Paragraph>
      <ProblemAlert problem={list.problem} />
      <Table<ReportExport>
        size="small"
        rowKey="id"
        loading={loading && !list.data}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        // Ant Design's empty-table grey reads at 1.8:1; the secondary text colour at 4.5:1.
        locale={{ emptyText: <Typography.Text type="secondary">Chưa có tệp xuất nào.</Typography.Text> }}
        columns={[
          {
            title: 'Báo cáo',
            render: (_, item) => (
              <Flex vertical>
                <span>{REPORT_LABELS[item.report]}</span>
                <Typography.Text type="secondary">{describeQuery(item.query)}</Typography.Text>
              </Flex>
            ),
          },
          { title: 'Định dạng', dataIndex: 'format', render: (format: string) => format.toUpperCase() },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (status: ReportExport['status']) => (
              <Tag color={STATUS_LABELS[status].colour}>{STATUS_LABELS[status].label}</Tag>
            ),
          },
          {
            title: 'Tiến độ',
            render: (_, item) => (
              <Progress
                percent={item.progress}
                size="small"
                status={item.status === 'FAILED' ? 'exception' : undefined}
                style={{ width: 140, margin: 0 }}
                aria-label={`Tiến độ xuất: ${item.progress}%`}
              />
            ),
          },
          {
            title: 'Số dòng',
            dataIndex: 'rows',
            align: 'right',
            render: (rows: number | null) => (rows === null ? '—' : rows.toLocaleString('vi-VN')),
          },
          { title: 'Yêu cầu lúc', dataIndex: 'createdAt', render: (at: string) => <DateTime value={at} /> },
          {
            title: 'Hết hạn',
            dataIndex: 'expiresAt',
            render: (at: string | null) => <DateTime value={at} />,
          },
          { title: 'Tệp', key: 'file', render: (_, item) => <DownloadCell item={item} /> },
        ]}
      />
    </Card>
  );
}
