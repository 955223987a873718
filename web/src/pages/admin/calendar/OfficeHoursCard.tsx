import { Button, DatePicker, Flex, Form, Input, Popconfirm, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../lib/datetime';
import { useApi } from '../../../lib/use-api';
import { showNestedFieldProblems } from '../nested-field-problems';

type Rule = components['schemas']['OfficeHoursResponseDto'];
type Period = components['schemas']['OfficePeriodDto'];

interface RuleForm {
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  periods: Period[];
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DEFAULT_PERIODS: Period[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

const describePeriods = (periods: readonly Period[]) =>
  periods.map((period) => `${period.start}–${period.end}`).join(', ');

const isShown = (path: Array<string | number>) =>
  path[0] === 'validFrom' || path[0] === 'validTo' || (path[0] === 'periods' && path.length === 3);

// The office hours the agency works by now: its own rules, else its nearest ancestor's, else the
// province's (the calendar answers with the periods of each day for the agency).
function CurrentHours({ agencyId, revision }: { agencyId: string; revision: number }) {
  const today = dayjs();
  const days = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/calendar/days', {
          params: {
            query: {
              from: today.format('YYYY-MM-DD'),
              to: today.add(13, 'day').format('YYYY-MM-DD'),
              agencyId,
            },
          },
        }),
      ),
    [agencyId, revision],
  );
  const working = days.data?.days.find((day) => day.working && day.periods.length > 0);
  if (days.problem) {
    return <ProblemAlert problem={days.problem} />;
  }
  return (
    <Typography.Paragraph role="status">
      {!days.data
        ? 'Đang tải giờ làm việc…'
        : working
          ? `Giờ làm việc ngày làm việc ${formatDate(working.date)}: ${describePeriods(working.periods)}.`
          : 'Không có ngày làm việc trong hai tuần tới.'}
    </Typography.Paragraph>
  );
}

// An agency's own dated office-hours rules (GET/POST/PUT/DELETE /calendar/office-hours): a new
// rule starting inside the open-ended one supersedes it from that day; a rule that overlaps
// another or leaves a working day without hours is refused (409), shown by the button.
export function OfficeHoursCard({ agencyId }: { agencyId: string }) {
  const rules = useApi(
    () => unwrap(api.GET('/api/v1/calendar/office-hours', { params: { query: { agencyId } } })),
    [agencyId],
  );
  const [form] = Form.useForm<RuleForm>();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [rowProblem, setRowProblem] = useState<{ id: string; problem: ApiProblem } | null>(null);
  const [revision, setRevision] = useState(0);

  const changed = () => {
    setEditing(null);
    setRevision((count) => count + 1);
    rules.reload();
  };

  const open = (rule: Rule | 'new') => {
    setProblem(null);
    setEditing(rule);
  };

  const save = async (values: RuleForm) => {
    setBusy(true);
    setProblem(null);
    const body = {
      validFrom: values.validFrom?.format('YYYY-MM-DD') ?? '',
      validTo: values.validTo?.format('YYYY-MM-DD'),
      periods: values.periods.map((period) => ({ start: period.start.trim(), end: period.end.trim() })),
    };
    try {
      if (editing === 'new') {
        await unwrap(api.POST('/api/v1/calendar/office-hours', { body: { ...body, agencyId } }));
      } else if (editing) {
        await unwrap(
          api.PUT('/api/v1/calendar/office-hours/{id}', { params: { path: { id: editing.id } }, body }),
        );
      }
      changed();
    } catch (error) {
      const failure = toApiProblem(error);
      if (!showNestedFieldProblems(form, failure, isShown)) {
        setProblem(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  const remove = async (rule: Rule) => {
    setRowProblem(null);
    try {
      await unwrap(api.DELETE('/api/v1/calendar/office-hours/{id}', { params: { path: { id: rule.id } } }));
      changed();
    } catch (error) {
      setRowProblem({ id: rule.id, problem: toApiProblem(error) });
    }
  };

  return (
    <section aria-labelledby="gio-lam-viec">
      <Typography.Title id="gio-lam-viec" level={3} style={{ fontSize: 15 }}>
        Giờ làm việc
      </Typography.Title>
      <CurrentHours agencyId={agencyId} revision={revision} />
      <ProblemAlert problem={rules.problem} />
      <Table<Rule>
        size="small"
        rowKey="id"
        loading={rules.loading && !rules.data}
        dataSource={rules.data ?? []}
        pagination={false}
        locale={{
          emptyText: 'Cơ quan chưa có quy định riêng: làm việc theo giờ của cơ quan cấp trên hoặc của tỉnh.',
        }}
        columns={[
          { title: 'Áp dụng từ', dataIndex: 'validFrom', render: (date: string) => formatDate(date) },
          {
            title: 'Đến hết',
            dataIndex: 'validTo',
            render: (date: string | null) => (date ? formatDate(date) : 'Không thời hạn'),
          },
          {
            title: 'Các buổi',
            dataIndex: 'periods',
            render: (periods: Period[]) => describePeriods(periods),
          },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, rule) => (
              <Flex vertical gap={4}>
                <Flex gap={4}>
                  <Button
                    size="small"
                    onClick={() => open(rule)}
                    aria-label={`Sửa quy định từ ${formatDate(rule.validFrom)}`}
                  >
                    Sửa
                  </Button>
                  <Popconfirm
                    title="Xóa quy định giờ làm việc này?"
                    okText="Xóa"
                    cancelText="Không"
                    onConfirm={() => void remove(rule)}
                  >
                    <Button size="small" danger aria-label={`Xóa quy định từ ${formatDate(rule.validFrom)}`}>
                      Xóa
                    </Button>
                  </Popconfirm>
                </Flex>
                {rowProblem?.id === rule.id ? <ProblemAlert problem={rowProblem.problem} /> : null}
              </Flex>
            ),
          },
        ]}
      />
      {editing ? (
        <Form<RuleForm>
          name="gio-lam-viec-rieng"
          key={editing === 'new' ? 'new' : editing.id}
          form={form}
          initialValues={
            editing === 'new'
              ? { validFrom: dayjs(), validTo: null, periods: DEFAULT_PERIODS }
              : {
                  validFrom: dayjs(editing.validFrom),
                  validTo: editing.validTo ? dayjs(editing.validTo) : null,
                  periods: editing.periods,
                }
          }
          layout="vertical"
          onFinish={(values) => void save(values)}
          style={{ marginTop: 12 }}
          aria-label={editing === 'new' ? 'Thêm quy định giờ làm việc' : 'Sửa quy định giờ làm việc'}
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="validFrom"
              label="Áp dụng từ ngày"
              rules={[{ required: true, message: 'Chọn ngày bắt đầu áp dụng' }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="validTo" label="Đến hết ngày" extra="Bỏ trống: không thời hạn.">
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Flex>
          <Form.List name="periods">
            {(rows, { add, remove: removePeriod }) => (
              <>
                {rows.map((row, index) => (
                  <Flex key={row.key} gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[row.name, 'start']}
                      label={`Buổi ${index + 1} từ`}
                      rules={[{ required: true, pattern: CLOCK, message: 'Giờ dạng HH:mm' }]}
                    >
                      <Input placeholder="07:30" style={{ width: 100 }} inputMode="numeric" />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'end']}
                      label={`Buổi ${index + 1} đến`}
                      rules={[{ required: true, pattern: CLOCK, message: 'Giờ dạng HH:mm' }]}
                    >
                      <Input placeholder="11:30" style={{ width: 100 }} inputMode="numeric" />
                    </Form.Item>
                    {rows.length > 1 ? (
                      <Button
                        style={{ marginTop: 30 }}
                        onClick={() => removePeriod(row.name)}
                        aria-label={`Bỏ buổi ${index + 1}`}
                      >
                        Bỏ
                      </Button>
                    ) : null}
                  </Flex>
                ))}
                {rows.length < 6 ? (
                  <Button onClick={() => add({ start: '', end: '' })} style={{ marginBottom: 12 }}>
                    Thêm buổi
                  </Button>
                ) : null}
              </>
            )}
          </Form.List>
          <ProblemAlert problem={problem} />
          <Flex gap={8} style={{ marginTop: 8 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {editing === 'new' ? 'Thêm quy định' : 'Lưu quy định'}
            </Button>
            <Button onClick={() => setEditing(null)}>Hủy</Button>
          </Flex>
        </Form>
      ) : (
        <Button onClick={() => open('new')} style={{ marginTop: 8 }}>
          Thêm giờ làm việc riêng
        </Button>
      )}
    </section>
  );
}
