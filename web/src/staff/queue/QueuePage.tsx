import { Badge, Button, Card, Col, Flex, Form, Input, Row, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CHANNEL_LABELS, DOSSIER_STATUS_LABELS, type DossierStatus } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { DUE_STATE_COLOURS, DUE_STATE_LABELS, dueStateOf } from './due-state';
import { type Dossier, queueApi, type QueueQuery } from './queue-api';
import { OpenConsultations } from './OpenConsultations';
import { StatusChart } from './StatusChart';

const PAGE_SIZE = 20;

// The queue's views, each a filter of the same list with its own count.
const VIEWS = {
  all: { label: 'Tất cả', query: {} },
  mine: { label: 'Giao cho tôi', query: { assignedToMe: true } },
  overdue: { label: 'Quá hạn', query: { due: 'overdue' } },
  today: { label: 'Đến hạn hôm nay', query: { due: 'today' } },
  // The desk's two other in-trays: online submissions waiting for their completeness check, and
  // results back from the resolving agency waiting to be handed over.
  submitted: { label: 'Trực tuyến chờ kiểm tra', query: { status: 'SUBMITTED', channel: 'ONLINE' } },
  toReturn: { label: 'Chờ trả kết quả', query: { status: 'RESOLVED' } },
} as const satisfies Record<string, { label: string; query: QueueQuery }>;
type View = keyof typeof VIEWS;

const CHART_STATUSES = [
  'RECEIVED',
  'IN_PROGRESS',
  'AWAITING_APPROVAL',
  'APPROVED',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_FINANCIAL_OBLIGATION',
] as const satisfies readonly DossierStatus[];

interface Filters {
  status?: DossierStatus;
  code?: string;
  applicant?: string;
}

const statusOptions = Object.entries(DOSSIER_STATUS_LABELS).map(([value, label]) => ({ value, label }));

function isView(value: string | null): value is View {
  return value !== null && value in VIEWS;
}

// The work queue: the dossiers in the caller's scope, most urgent first (the API sorts by due
// time), with counts per view, due-state colours and filters kept in the address.
export function QueuePage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const viewParam = params.get('view');
  const view: View = isView(viewParam) ? viewParam : 'all';
  const filters: Filters = {
    status: (params.get('status') as DossierStatus | null) ?? undefined,
    code: params.get('code') ?? undefined,
    applicant: params.get('applicant') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filterKey = params.toString();

  useEffect(() => {
    form.setFieldsValue(filters);
    // filters is rebuilt from the address on each render; the address is the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, filterKey]);

  const listQuery: QueueQuery = {
    ...VIEWS[view].query,
    ...withoutBlanks(filters),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(() => queueApi.list(listQuery), [filterKey]);
  const counts = useApi(
    () =>
      Promise.all(
        Object.entries(VIEWS).map(async ([key, { query }]) => [key, await queueApi.count(query)] as const),
      ).then((entries) => Object.fromEntries(entries) as Record<View, { total: number; capped: boolean }>),
    [],
  );
  const byStatus = useApi(
    () =>
      Promise.all(
        CHART_STATUSES.map(async (status) => ({
          label: DOSSIER_STATUS_LABELS[status],
          total: (await queueApi.count({ status })).total,
        })),
      ),
    [],
  );

  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    Object.entries(next).forEach(([key, value]) => (value ? merged.set(key, value) : merged.delete(key)));
    if (!('page' in next)) {
      merged.delete('page');
    }
    setParams(merged);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Hàng đợi hồ sơ
        </Typography.Title>
        <Button
          onClick={() => {
            list.reload();
            counts.reload();
            byStatus.reload();
          }}
        >
          Làm mới
        </Button>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title="Hồ sơ đang giải quyết theo trạng thái" size="small" loading={byStatus.loading}>
            <ProblemAlert problem={byStatus.problem} />
            {byStatus.data ? <StatusChart counts={byStatus.data} /> : null}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="Lọc hồ sơ" size="small">
            <Form<Filters>
              form={form}
              layout="vertical"
              onFinish={(values) =>
                update({
                  status: values.status,
                  code: values.code?.trim(),
                  applicant: values.applicant?.trim(),
                })
              }
            >
              <Form.Item name="code" label="Mã hồ sơ (hoặc phần đầu)" style={{ marginBottom: 8 }}>
                <Input allowClear maxLength={48} spellCheck={false} />
              </Form.Item>
              <Form.Item name="applicant" label="Tên người nộp" style={{ marginBottom: 8 }}>
                <Input allowClear maxLength={100} />
              </Form.Item>
              <Form.Item name="status" label="Trạng thái" style={{ marginBottom: 12 }}>
                <Select allowClear placeholder="Mọi trạng thái" options={statusOptions} />
              </Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit">
                  Lọc
                </Button>
                <Button onClick={() => update({ status: undefined, code: undefined, applicant: undefined })}>
                  Bỏ lọc
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
      </Row>
      <OpenConsultations />
      <Tabs
        activeKey={view}
        onChange={(key) => update({ view: key === 'all' ? undefined : key })}
        items={Object.entries(VIEWS).map(([key, { label }]) => ({
          key,
          label: (
            <span>
              {label}{' '}
              <Badge
                count={counts.data ? counts.data[key as View].total : '…'}
                showZero
                overflowCount={9999}
                color={key === 'overdue' ? '#b3261e' : key === 'today' ? '#a35200' : '#1554c0'}
              />
            </span>
          ),
        }))}
      />
      <ProblemAlert problem={list.problem ?? counts.problem} />
      <Table<Dossier>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có hồ sơ nào trong hàng đợi này.' }}
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
            render: (code: string | null, dossier) => (
              <Link to={`/can-bo/ho-so/${dossier.id}`}>{code ?? 'Chưa cấp mã (xem hồ sơ)'}</Link>
            ),
          },
          {
            title: 'Thủ tục',
            dataIndex: 'procedureName',
            // Long names wrap rather than widen the table past the screen.
            render: (name: string) => <div style={{ minWidth: 200, maxWidth: 320 }}>{name}</div>,
          },
          { title: 'Người nộp', render: (_, dossier) => dossier.applicant.name },
          { title: 'Trạng thái', dataIndex: 'statusLabel', render: (label: string) => <Tag>{label}</Tag> },
          {
            title: 'Kênh',
            dataIndex: 'channel',
            render: (channel: Dossier['channel']) => CHANNEL_LABELS[channel],
          },
          {
            title: 'Ngày tiếp nhận',
            dataIndex: 'receivedAt',
            render: (at: string | null) => <DateTime value={at} />,
          },
          {
            title: 'Hạn giải quyết',
            key: 'due',
            render: (_, dossier) => {
              const state = dueStateOf(dossier, list.settledAt ?? new Date(0));
              return (
                <Flex gap={6} align="center" wrap>
                  <DateTime value={dossier.dueAt} />
                  {state ? <Tag color={DUE_STATE_COLOURS[state]}>{DUE_STATE_LABELS[state]}</Tag> : null}
                </Flex>
              );
            },
          },
        ]}
      />
    </>
  );
}

function withoutBlanks(filters: Filters): Partial<QueueQuery> {
  const kept: Partial<QueueQuery> = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  return kept;
}
