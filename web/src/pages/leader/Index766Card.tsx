import { Card, Col, Flex, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import { PointsChart } from '../../components/charts/PointsChart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';
import { CardHeading } from './CardHeading';
import { type Index766Group, type Index766Row, reportApi } from './report-api';
import { BackgroundExport } from './exports/BackgroundExport';
import { ReportDownload } from './ReportDownload';

const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

function GroupPoints({ group }: { group: Index766Group | undefined }) {
  if (!group) {
    return <span>—</span>;
  }
  if (group.points === null) {
    return (
      <Tooltip title={group.note ?? 'Không có dữ liệu'}>
        <span tabIndex={0} aria-label={`${group.label}: ${group.note ?? 'không có dữ liệu'}`}>
          —
        </span>
      </Tooltip>
    );
  }
  return (
    <span>
      {points(group.points)}/{group.maxPoints}
      {group.sharePercent !== null ? (
        <Typography.Text type="secondary"> ({points(group.sharePercent)} %)</Typography.Text>
      ) : null}
    </span>
  );
}

// The service-quality index of Decision 766/QĐ-TTg: the scope's groups and total, then each
// resolving agency with its groups' points.
export function Index766Card({
  period,
  onExportRequested,
}: {
  period: string;
  onExportRequested: () => void;
}) {
  const report = useApi(() => reportApi.index766(period), [period]);
  const file = { report: 'index-766', query: { period, groupBy: 'agency' } } as const;
  const what = 'chỉ số phục vụ theo Quyết định 766';
  const total = report.data?.total;
  const groups = total?.groups ?? [];
  return (
    <Card
      size="small"
      loading={report.loading && !report.data}
      title={<CardHeading>Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)</CardHeading>}
    >
      <Flex justify="flex-end" gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
        <ReportDownload file={file} what={what} disabled={!report.data} />
        <BackgroundExport file={file} what={what} onRequested={onExportRequested} disabled={!report.data} />
      </Flex>
      <ProblemAlert problem={report.problem} />
      {total ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Statistic
              title="Tổng điểm đo được"
              value={points(total.points)}
              suffix={`/ ${total.availableMaxPoints} (tối đa ${total.maxPoints})`}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {total.evaluationCount.toLocaleString('vi-VN')} lượt đánh giá của người dân
              {total.evaluationAverage !== null
                ? `, trung bình ${points(total.evaluationAverage)}/18 điểm`
                : ''}
              . Nhóm chỉ số không có dữ liệu (công khai, thanh toán trực tuyến) không được tính.
            </Typography.Paragraph>
          </Col>
          <Col xs={24} md={16}>
            <PointsChart
              caption={`Điểm từng nhóm chỉ số, ${report.data?.period.label ?? ''}`}
              data={groups.map((group) => ({
                label: group.label,
                points: group.points,
                maxPoints: group.maxPoints,
              }))}
            />
          </Col>
        </Row>
      ) : null}
      <Table<Index766Row>
        size="small"
        rowKey="agencyId"
        loading={report.loading}
        dataSource={report.data ? [...report.data.rows] : []}
        pagination={(report.data?.rows.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có cơ quan nào có hồ sơ trong kỳ này.' }}
        columns={[
          { title: 'Cơ quan giải quyết', dataIndex: 'agencyName' },
          ...groups.map((group) => ({
            key: group.group,
            title: `${group.label} (${group.maxPoints})`,
            render: (_: unknown, row: Index766Row) => (
              <GroupPoints group={row.groups.find((candidate) => candidate.group === group.group)} />
            ),
          })),
          {
            title: 'Tổng điểm',
            align: 'right' as const,
            render: (_: unknown, row: Index766Row) => `${points(row.points)}/${row.availableMaxPoints}`,
          },
        ]}
      />
    </Card>
  );
}
