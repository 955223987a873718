import { Card, Flex, Table, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';
import { CardHeading } from './CardHeading';
import { CountLink } from './CountLink';
import { BackgroundExport } from './exports/BackgroundExport';
import { type LateAgencyRow, reportApi, WITHOUT_LATE_STEP } from './report-api';
import { ReportDownload } from './ReportDownload';

interface LatenessRow {
  readonly key: string;
  readonly label: string;
  readonly late: number;
  readonly lateStepAgencyId: string;
}

const WITHOUT_LATE_STEP_LABEL =
  'Không do bước liên thông nào (tại bộ phận một cửa, hoặc hồ sơ không liên thông)';

// Lateness attribution for the chosen period: the late dossiers by the agency whose route step
// was late first, then those no route step made late; each count opens its dossiers.
export function LatenessCard({
  period,
  onExportRequested,
}: {
  period: string;
  onExportRequested: () => void;
}) {
  const report = useApi(() => reportApi.lateness(period), [period]);
  const data = report.data;
  const file = { report: 'lateness', query: { period } } as const;
  const what = 'hồ sơ quá hạn theo cơ quan làm trễ hạn';
  const rows: LatenessRow[] = data
    ? [
        ...data.agencies.map((agency: LateAgencyRow) => ({
          key: agency.agencyId,
          label: agency.agencyName,
          late: agency.late,
          lateStepAgencyId: agency.agencyId,
        })),
        ...(data.withoutLateStep > 0 || data.agencies.length > 0
          ? [
              {
                key: WITHOUT_LATE_STEP,
                label: WITHOUT_LATE_STEP_LABEL,
                late: data.withoutLateStep,
                lateStepAgencyId: WITHOUT_LATE_STEP,
              },
            ]
          : []),
      ]
    : [];
  return (
    <Card size="small" title={<CardHeading>Hồ sơ giải quyết quá hạn: cơ quan làm trễ hạn</CardHeading>}>
      <Flex justify="space-between" gap={8} wrap align="flex-start" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" style={{ maxWidth: 640 }}>
          Với hồ sơ liên thông, cơ quan có bước xử lý quá hạn đầu tiên là cơ quan làm hồ sơ trễ hạn.
        </Typography.Text>
        <Flex gap={8} wrap align="flex-start">
          <ReportDownload file={file} what={what} disabled={!data} />
          <BackgroundExport file={file} what={what} onRequested={onExportRequested} disabled={!data} />
        </Flex>
      </Flex>
      <ProblemAlert problem={report.problem} />
      <Table<LatenessRow>
        className="lateness"
        size="small"
        rowKey="key"
        loading={report.loading}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: 'Không có hồ sơ giải quyết quá hạn trong kỳ này.' }}
        columns={[
          { title: 'Cơ quan làm trễ hạn', dataIndex: 'label' },
          {
            title: 'Hồ sơ quá hạn',
            align: 'right',
            render: (_, row) => (
              <CountLink
                value={row.late}
                period={period}
                measures={['late']}
                filters={{ lateStepAgencyId: row.lateStepAgencyId }}
                context={row.label}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
