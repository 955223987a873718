import { Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/datetime';
import { useApi } from '../../lib/use-api';
import { CardHeading } from './CardHeading';
import { CountLink, formatCount } from './CountLink';
import { BackgroundExport } from './exports/BackgroundExport';
import { type DashboardAgencyRow, type DashboardWindow, reportApi } from './report-api';
import { ReportDownload } from './ReportDownload';

const percent = (value: number | null) =>
  value === null ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })} %`;

function change(now: number | null, before: number | null): string {
  if (now === null || before === null) {
    return 'chưa có số liệu kỳ trước';
  }
  const delta = Math.round((now - before) * 100) / 100;
  return `${delta >= 0 ? '+' : ''}${delta.toLocaleString('vi-VN')} điểm % so với kỳ trước`;
}

function WindowKpis({ title, window }: { title: string; window: DashboardWindow }) {
  const { kpis, previous, period } = window;
  const key = period.key;
  return (
    <section aria-label={`${title}: ${period.label}`}>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        {title} <Typography.Text type="secondary">({period.label})</Typography.Text>
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="Tỷ lệ giải quyết đúng hạn" value={percent(kpis.onTimeRate)} />
            <Typography.Text type="secondary">{change(kpis.onTimeRate, previous.onTimeRate)}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="Đang quá hạn"
              valueRender={() => <CountLink value={kpis.overdue} period={key} measures={['overdue']} />}
            />
            <Typography.Text type="secondary">
              trong {formatCount(kpis.inProgress)} hồ sơ đang giải quyết
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="Hồ sơ nhận giải quyết"
              valueRender={() => <CountLink value={kpis.received} period={key} measures={['received']} />}
            />
            <Typography.Text type="secondary">
              trực tuyến {percent(kpis.onlineShare)} hồ sơ mới; kỳ trước {formatCount(previous.received)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="Đã giải quyết"
              valueRender={() => <CountLink value={kpis.resolved} period={key} measures={['resolved']} />}
            />
            <Typography.Text type="secondary">
              quá hạn <CountLink value={kpis.late} period={key} measures={['late']} />
            </Typography.Text>
          </Card>
        </Col>
      </Row>
    </section>
  );
}

// This month and the year to date as of now (GET /reports/dashboard), each agency's month with
// its trend, and where the overdue dossiers are; the same figures as a file.
export function KpiCards({ onExportRequested }: { onExportRequested: () => void }) {
  const dashboard = useApi(() => reportApi.dashboard(), []);
  const data = dashboard.data;
  const file = { report: 'dashboard', query: {} } as const;
  const what = 'bảng điều hành';
  return (
    <Card
      size="small"
      loading={dashboard.loading && !data}
      title={<CardHeading>Tình hình hiện nay</CardHeading>}
      extra={
        data ? (
          <Typography.Text type="secondary">Số liệu lúc {formatDateTime(data.asOf)}</Typography.Text>
        ) : null
      }
    >
      <Flex justify="flex-end" gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
        <ReportDownload file={file} what={what} disabled={!data} />
        <BackgroundExport file={file} what={what} onRequested={onExportRequested} disabled={!data} />
      </Flex>
      <ProblemAlert problem={dashboard.problem} />
      {data ? (
        <>
          <WindowKpis title="Tháng này" window={data.month} />
          <div style={{ height: 16 }} />
          <WindowKpis title="Từ đầu năm" window={data.yearToDate} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={14}>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                Tỷ lệ đúng hạn tháng này theo cơ quan
              </Typography.Title>
              <Table<DashboardAgencyRow>
                size="small"
                rowKey="agencyId"
                dataSource={[...data.agencies]}
                pagination={data.agencies.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
                locale={{
                  emptyText: (
                    <Typography.Text type="secondary">Chưa có hồ sơ nào trong tháng.</Typography.Text>
                  ),
                }}
                columns={[
                  { title: 'Cơ quan', dataIndex: 'agencyName' },
                  {
                    title: 'Tỷ lệ đúng hạn',
                    align: 'right',
                    render: (_, row) => percent(row.onTimeRate),
                  },
                  {
                    title: 'So với tháng trước',
                    align: 'right',
                    render: (_, row) =>
                      row.onTimeRateChange === null
                        ? '—'
                        : `${row.onTimeRateChange >= 0 ? '▲ +' : '▼ '}${row.onTimeRateChange.toLocaleString('vi-VN')}`,
                  },
                  {
                    title: 'Đang quá hạn',
                    align: 'right',
                    render: (_, row) => (
                      <CountLink
                        value={row.overdue}
                        period={data.month.period.key}
                        measures={['overdue']}
                        filters={{ resolvingAgencyId: row.agencyId }}
                        context={row.agencyName}
                      />
                    ),
                  },
                ]}
              />
            </Col>
            <Col xs={24} lg={10}>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                Thủ tục có nhiều hồ sơ quá hạn nhất
              </Typography.Title>
              <Table
                size="small"
                rowKey="procedureId"
                dataSource={[...data.worstProcedures]}
                pagination={false}
                locale={{
                  emptyText: <Typography.Text type="secondary">Không có hồ sơ quá hạn.</Typography.Text>,
                }}
                columns={[
                  { title: 'Thủ tục', dataIndex: 'name' },
                  {
                    title: 'Quá hạn',
                    align: 'right',
                    render: (_, row) => (
                      <CountLink
                        value={row.overdue}
                        period={data.month.period.key}
                        measures={['overdue']}
                        filters={{ procedureId: row.procedureId }}
                        context={row.name}
                      />
                    ),
                  },
                ]}
              />
            </Col>
          </Row>
        </>
      ) : null}
    </Card>
  );
}
