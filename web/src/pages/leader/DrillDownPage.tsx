import { Breadcrumb, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CHANNEL_LABELS, DOSSIER_STATUS_LABELS, LEVEL_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { isMeasure, MEASURE_LABELS } from './drill-down';
import { BackgroundExport } from './exports/BackgroundExport';
import { ExportsPanel } from './exports/ExportsPanel';
import { type DrillDownItem, type Measure, reportApi, WITHOUT_LATE_STEP } from './report-api';
import { ReportDownload } from './ReportDownload';

const PAGE_SIZE = 20;

const NO_MEASURE = new ApiProblem({
  status: 400,
  code: 'measure-missing',
  title: 'Thiếu số liệu cần xem',
  detail: 'Đường dẫn không nói rõ con số nào của báo cáo. Hãy mở lại từ bảng điều hành.',
});
const FILTER_NAMES = [
  'agencyId',
  'level',
  'sectorId',
  'procedureId',
  'channel',
  'resolvingAgencyId',
  'lateStepAgencyId',
] as const;

const CLASSIFICATION_LABELS: Record<string, { label: string; colour: string }> = {
  EARLY: { label: 'Trước hạn', colour: 'green' },
  ON_TIME: { label: 'Đúng hạn', colour: 'blue' },
  LATE: { label: 'Quá hạn', colour: 'red' },
};

function labelIn<Labels extends Record<string, string>>(labels: Labels, key: string): string {
  return key in labels ? labels[key as keyof Labels] : key;
}

// The dossiers behind a number of the reports (GET /reports/on-time/dossiers), by the same
// definitions and the row's filters; each code opens the dossier's page. The list downloads
// as CSV or XLSX at once (up to 10,000 dossiers) or in the background, into "Tệp xuất".
export function DrillDownPage() {
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? '';
  const measures = (params.get('measure') ?? '').split(',').filter(isMeasure);
  const shown: Measure | undefined = measures.find((measure) => measure === params.get('xem')) ?? measures[0];
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) {
      filters[name] = value;
    }
  }
  const list = useApi(
    () =>
      shown
        ? reportApi.drillDown({ period, measure: shown, page, pageSize: PAGE_SIZE, ...filters })
        : Promise.resolve(null),
    [params.toString()],
  );
  const [exportsShown, setExportsShown] = useState(0);
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    Object.entries(next).forEach(([key, value]) => (value ? merged.set(key, value) : merged.delete(key)));
    setParams(merged);
  };

  const heading = shown ? MEASURE_LABELS[shown] : 'Danh sách hồ sơ';
  return (
    <>
      <Breadcrumb
        items={[
          { title: <Link to={`/can-bo/bao-cao?period=${encodeURIComponent(period)}`}>Bảng điều hành</Link> },
          { title: 'Danh sách hồ sơ' },
        ]}
      />
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {heading}
      </Typography.Title>
      <Flex gap={8} wrap align="center">
        <Typography.Text>{list.data?.period.label ?? `Kỳ ${period}`}</Typography.Text>
        {filters.level ? <Tag>{labelIn(LEVEL_LABELS, filters.level)}</Tag> : null}
        {filters.channel ? <Tag>{labelIn(CHANNEL_LABELS, filters.channel)}</Tag> : null}
        {filters.sectorId ? <Tag>Lĩnh vực đã chọn</Tag> : null}
        {filters.procedureId ? <Tag>Thủ tục đã chọn</Tag> : null}
        {filters.resolvingAgencyId ? <Tag>Cơ quan giải quyết đã chọn</Tag> : null}
        {filters.lateStepAgencyId ? (
          <Tag>
            {filters.lateStepAgencyId === WITHOUT_LATE_STEP
              ? 'Không do bước liên thông nào'
              : 'Cơ quan làm trễ hạn đã chọn'}
          </Tag>
        ) : null}
      </Flex>
      {shown ? (
        <Flex justify="flex-end" gap={8} wrap align="flex-start">
          <ReportDownload
            file={{ report: 'on-time-dossiers', query: { period, measure: shown, ...filters } }}
            what="danh sách hồ sơ"
          />
          <BackgroundExport
            file={{ report: 'on-time-dossiers', query: { period, measure: shown, ...filters } }}
            what="danh sách hồ sơ"
            onRequested={() => setExportsShown((count) => count + 1)}
          />
        </Flex>
      ) : null}
      {measures.length > 1 ? (
        <Segmented<Measure>
          aria-label="Nhóm hồ sơ"
          value={shown}
          options={measures.map((measure) => ({ value: measure, label: MEASURE_LABELS[measure] }))}
          onChange={(measure) => update({ xem: measure, page: undefined })}
        />
      ) : null}
      {!shown ? <ProblemAlert problem={NO_MEASURE} /> : null}
      <ProblemAlert problem={list.problem} />
      <Table<DrillDownItem>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có hồ sơ nào.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} hồ sơ`,
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
          {
            title: 'Mã hồ sơ',
            dataIndex: 'code',
            render: (code: string | null, item) => (
              <Link to={`/can-bo/ho-so/${item.id}`}>{code ?? 'Chưa cấp mã'}</Link>
            ),
          },
          { title: 'Thủ tục', dataIndex: 'procedureName' },
          { title: 'Cấp', dataIndex: 'levelCode', render: (level: string) => labelIn(LEVEL_LABELS, level) },
          {
            title: 'Kênh',
            dataIndex: 'channel',
            render: (channel: string) => labelIn(CHANNEL_LABELS, channel),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (status: string) => <Tag>{labelIn(DOSSIER_STATUS_LABELS, status)}</Tag>,
          },
          { title: 'Tiếp nhận', dataIndex: 'receivedAt', render: (at: string) => <DateTime value={at} /> },
          {
            title: 'Hạn giải quyết',
            dataIndex: 'dueAt',
            render: (at: string | null) => <DateTime value={at} />,
          },
          {
            title: 'Giải quyết',
            key: 'resolved',
            render: (_, item) => (
              <Flex gap={6} wrap align="center">
                <DateTime value={item.resolvedAt} />
                {item.classification && CLASSIFICATION_LABELS[item.classification] ? (
                  <Tag color={CLASSIFICATION_LABELS[item.classification].colour}>
                    {CLASSIFICATION_LABELS[item.classification].label}
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          { title: 'Cơ quan giải quyết', dataIndex: 'resolvingAgencyName' },
        ]}
      />
      <ExportsPanel refreshKey={exportsShown} />
    </>
  );
}
