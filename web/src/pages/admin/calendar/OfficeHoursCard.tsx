import { Button, DatePicker, Flex, Form, Input, Popconfirm, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../lib/datetime';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
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

// The API's field errors this form shows in place: the dates, the periods as a whole (their
// order, one ending before it starts) under the list, and a single period's clock.
const isShown = (path: Array<string | number>) =>
  path[0] === 'validFrom' ||
  path[0] === 'validTo' ||
  (path[0] === 'periods' && (path.length === 1 || path.length === 3));

// The province default (agencyId null) and an agency's own rules are the same API with another
// scope; only the words differ.
const SCOPE_TEXTS = {
  agency: {
    title: 'Giờ làm việc',
    headingId: 'gio-lam-viec',
    formName: 'gio-lam-viec-rieng',
    intro: null,
    empty: 'Cơ quan chưa có quy định riêng: làm việc theo giờ của cơ quan cấp trên hoặc của tỉnh.',
    add: 'Thêm giờ làm việc riêng',
  },
  province: {
    title: 'Giờ làm việc mặc định của tỉnh',
    headingId: 'gio-lam-viec-tinh',
    formName: 'gio-lam-viec-tinh',
    intro:
      'Áp dụng cho mọi cơ quan không có quy định riêng (của mình hoặc của cơ quan cấp trên). Một quy định mới bắt đầu trong thời gian của quy định không thời hạn sẽ thay thế quy định đó từ ngày bắt đầu; hạn giải quyết của các hồ sơ đang giải quyết được tính lại theo giờ mới.',
    empty: 'Chưa có quy định giờ làm việc chung của tỉnh.',
    add: 'Thêm quy định giờ làm việc của tỉnh',
  },
} as const;

// Without agencyId the API lists every rule: the province's are those of no agency.
async function listRules(agencyId: string | null): Promise<Rule[]> {
  if (agencyId) {
    return unwrap(api.GET('/api/v1/calendar/office-hours', { params: { query: { agencyId } } }));
  }
  const rules = await unwrap(api.GET('/api/v1/calendar/office-hours'));
  return rules.filter((rule) => rule.agencyId === null);
}

// The office hours the agency works by now: its own rules, else its nearest ancestor's, else the
// province's (the calendar answers with the periods of each day for the agency, or for the
// province without one).
function CurrentHours({ agencyId, revision }: { agencyId: string | null; revision: number }) {
  const today = dayjs();
  const days = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/calendar/days', {
          params: {
            query: {
              from: today.format('YYYY-MM-DD'),
              to: today.add(13, 'day').format('YYYY-MM-DD'),
              agencyId: agencyId ?? undefined,
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

// Dated office-hours rules (GET/POST/PUT/DELETE /calendar/office-hours), an agency's own or, with
// agencyId null, the province's default: a new rule starting inside the open-ended one supersedes
// it from that day; a rule that overlaps another or leaves a working day without hours is refused
// (409), shown by the button or the row.
export function OfficeHoursCard({
  agencyId,
  headingLevel = 3,
}: {
  agencyId: string | null;
  headingLevel?: 2 | 3;
}) {
  const texts = SCOPE_TEXTS[agencyId ? 'agency' : 'province'];
  const rules = useApi(() => listRules(agencyId), [agencyId]);
  const [form] = Form.useForm<RuleForm>();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const { busy, problem, setProblem, run } = useSubmission();
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
    const body = {
      validFrom: values.validFrom?.format('YYYY-MM-DD') ?? '',
      validTo: values.validTo?.format('YYYY-MM-DD'),
      periods: values.periods.map((period) => ({ start: period.start.trim(), end: period.end.trim() })),
    };
    await run(
      async () => {
        if (editing === 'new') {
          await unwrap(
            api.POST('/api/v1/calendar/office-hours', {
              body: agencyId ? { ...body, agencyId } : body,
            }),
          );
        } else if (editing) {
          await unwrap(
            api.PUT('/api/v1/calendar/office-hours/{id}', { params: { path: { id: editing.id } }, body }),
          );
        }
        changed();
      },
      (failure) => showNestedFieldProblems(form, failure, isShown),
    );
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
    <section aria-labelledby={texts.headingId}>
      <Typography.Title
        id={texts.headingId}
        level={headingLevel}
        style={{ fontSize: headingLevel === 2 ? 16 : 15 }}
      >
        {texts.title}
      </Typography.Title>
      {texts.intro ? <Typography.Paragraph type="secondary">{texts.intro}</Typography.Paragraph> : null}
      <CurrentHours agencyId={agencyId} revision={revision} />
      <ProblemAlert problem={rules.problem} />
      <Table<Rule>
        size="small"
        rowKey="id"
        loading={rules.loading && !rules.data}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        // Ant Design's empty-table grey reads at 1.8:1; the secondary text colour at 4.5:1.
        locale={{ emptyText: <Typography.Text type="secondary">{texts.empty}</Typography.Text> }}
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
              <Flex vertical gap={4} style={{ maxWidth: 360 }}>
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
          name={texts.formName}
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
            {(rows, { add, remove: removePeriod }, { errors }) => (
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
                <Form.Item>
                  {rows.length < 6 ? (
                    <Button onClick={() => add({ start: '', end: '' })}>Thêm buổi</Button>
                  ) : null}
                  {/* The periods as a whole (their order, one ending before it starts). */}
                  <Form.ErrorList errors={errors} />
                </Form.Item>
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
          {texts.add}
        </Button>
      )}
    </section>
  );
}
