import { Button, Card, DatePicker, Flex, Form, Input, message, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { ApiProblem } from '../../../api/problem';
import { toApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate, formatDateTime } from '../../../lib/datetime';
import { useApi } from '../../../lib/use-api';
import {
  calendarApi,
  type RecomputePreview,
  type ScheduleDayInput,
  type ScheduleKind,
  type YearSchedule,
} from './calendar-api';
import { DAY_KIND_COLOURS, DAY_KIND_LABELS, SCHEDULE_KIND_OPTIONS } from './day-kinds';
import { RecomputePreviewResult } from './RecomputePreviewResult';

interface SourceForm {
  documentNumber: string;
  documentDate: Dayjs | null;
  title?: string;
  note?: string;
}

interface NewDayForm {
  date: Dayjs | null;
  kind: ScheduleKind;
  name: string;
}

interface DraftDay extends ScheduleDayInput {
  isNew: boolean;
}

const SOURCE_FIELDS: Record<string, keyof SourceForm> = {
  'source.documentNumber': 'documentNumber',
  'source.documentDate': 'documentDate',
  'source.title': 'title',
  note: 'note',
};

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

// The server names a day's problem days[3].date (or change.yearSchedule.days[3].date in a
// preview); each goes next to its row.
function dayErrors(problem: ApiProblem | null, draft: readonly DraftDay[]): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const error of problem?.fieldErrors ?? []) {
    const index = /days\[(\d+)\]/.exec(error.field)?.[1];
    const day = index === undefined ? undefined : draft[Number(index)];
    if (day) {
      byDate.set(day.date, [...(byDate.get(day.date) ?? []), error.message]);
    }
  }
  return byDate;
}

const toInput = (days: readonly DraftDay[]): ScheduleDayInput[] =>
  days.map(({ date, kind, name, source }) => ({ date, kind, name, ...(source ? { source } : {}) }));

// A year's official schedule: the stored days (or the system's provisional proposal), days added
// or removed here, the recompute preview of that draft, and saving it with its source document.
export function YearScheduleEditor({
  year,
  pickedDate,
  onSaved,
}: {
  year: number;
  pickedDate: string | null;
  onSaved: () => void;
}) {
  const schedule = useApi(() => calendarApi.year(year), [year]);
  const data = schedule.data?.year === year ? schedule.data : null;
  return (
    <Card
      size="small"
      loading={schedule.loading && !data}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>Lịch nghỉ năm {year}</h2>}
      extra={
        data ? (
          <Tag color={data.status === 'OFFICIAL' ? '#1d6b2f' : '#a35200'}>
            {data.status === 'OFFICIAL' ? 'Chính thức' : 'Tạm tính'}
          </Tag>
        ) : null
      }
    >
      <ProblemAlert problem={schedule.problem} />
      {data ? (
        <ScheduleDraft
          // A new year or a saved change starts a fresh draft from what the server holds.
          key={`${data.year}:${data.updatedAt ?? ''}`}
          schedule={data}
          pickedDate={pickedDate}
          onSaved={() => {
            schedule.reload();
            onSaved();
          }}
        />
      ) : null}
    </Card>
  );
}

function ScheduleDraft({
  schedule: data,
  pickedDate,
  onSaved,
}: {
  schedule: YearSchedule;
  pickedDate: string | null;
  onSaved: () => void;
}) {
  const { year } = data;
  const [sourceForm] = Form.useForm<SourceForm>();
  const [dayForm] = Form.useForm<NewDayForm>();
  const [draft, setDraft] = useState<DraftDay[]>(() =>
    data.days.map((day) => ({
      date: day.date,
      kind: day.kind,
      name: day.name,
      isNew: false,
      ...(day.source ? { source: day.source } : {}),
    })),
  );
  const [preview, setPreview] = useState<{ signature: string; result: RecomputePreview } | null>(null);
  const [problem, setProblem] = useState<{ action: 'preview' | 'save'; problem: ApiProblem } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [notice, contextHolder] = message.useMessage();

  useEffect(() => {
    if (pickedDate && Number(pickedDate.slice(0, 4)) === year) {
      dayForm.setFieldValue('date', dayjs(pickedDate));
    }
  }, [pickedDate, year, dayForm]);

  const signature = useMemo(() => JSON.stringify(toInput(draft)), [draft]);
  const isPreviewCurrent = preview?.signature === signature;
  const errorsByDate = dayErrors(problem?.problem ?? null, draft);

  const addDay = (values: NewDayForm) => {
    const date = values.date?.format('YYYY-MM-DD');
    if (!date) {
      return;
    }
    if (values.date?.year() !== year) {
      dayForm.setFields([{ name: 'date', errors: [`Chọn một ngày của năm ${year}`] }]);
      return;
    }
    if (draft.some((day) => day.date === date)) {
      dayForm.setFields([
        { name: 'date', errors: ['Ngày này đã có trong lịch; bỏ ngày cũ trước khi khai báo lại'] },
      ]);
      return;
    }
    setDraft((current) =>
      [...current, { date, kind: values.kind, name: values.name.trim(), isNew: true }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
    dayForm.resetFields(['date', 'name']);
  };

  const runPreview = async () => {
    setBusy('preview');
    setProblem(null);
    try {
      const result = await calendarApi.preview(year, toInput(draft));
      setPreview({ signature, result });
    } catch (error) {
      setProblem({ action: 'preview', problem: toApiProblem(error) });
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    let source: SourceForm;
    try {
      source = await sourceForm.validateFields();
    } catch {
      return;
    }
    setBusy('save');
    setProblem(null);
    try {
      await calendarApi.save(year, {
        source: {
          documentNumber: source.documentNumber.trim(),
          documentDate: source.documentDate!.format('YYYY-MM-DD'),
          ...(source.title?.trim() ? { title: source.title.trim() } : {}),
        },
        ...(source.note?.trim() ? { note: source.note.trim() } : {}),
        days: toInput(draft),
      });
      void notice.success(`Đã lưu lịch chính thức năm ${year}; các hồ sơ bị ảnh hưởng được tính lại hạn.`);
      onSaved();
    } catch (error) {
      const failure = toApiProblem(error);
      sourceForm.setFields(
        Object.entries(SOURCE_FIELDS).map(([field, name]) => ({ name, errors: failure.messagesFor(field) })),
      );
      setProblem({ action: 'save', problem: failure });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {contextHolder}
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {data.stored
            ? `Cập nhật lần cuối ${formatDateTime(data.updatedAt)}.`
            : 'Năm chưa được nhập: đây là lịch hệ thống đề xuất theo Bộ luật Lao động và âm lịch.'}
        </Typography.Text>
        <Table<DraftDay>
          size="small"
          rowKey="date"
          dataSource={draft}
          pagination={false}
          locale={{ emptyText: 'Chưa có ngày đặc biệt nào.' }}
          columns={[
            {
              title: 'Ngày',
              dataIndex: 'date',
              render: (date: string, day) => (
                <Flex vertical>
                  <span>
                    {WEEKDAYS[dayjs(date).day()]}, {formatDate(date)}
                    {day.isNew ? (
                      <Tag color="blue" style={{ marginInlineStart: 6 }}>
                        mới
                      </Tag>
                    ) : null}
                  </span>
                  {(errorsByDate.get(date) ?? []).map((text) => (
                    <Typography.Text key={text} type="danger" role="alert">
                      {text}
                    </Typography.Text>
                  ))}
                </Flex>
              ),
            },
            {
              title: 'Loại',
              dataIndex: 'kind',
              render: (kind: ScheduleKind) => (
                <Tag color={DAY_KIND_COLOURS[kind]}>{DAY_KIND_LABELS[kind]}</Tag>
              ),
            },
            { title: 'Tên', dataIndex: 'name' },
            {
              title: <span className="visually-hidden">Thao tác</span>,
              key: 'remove',
              render: (_, day) => (
                <Button
                  size="small"
                  type="link"
                  danger
                  aria-label={`Bỏ ngày ${formatDate(day.date)}`}
                  onClick={() => setDraft((current) => current.filter((other) => other.date !== day.date))}
                >
                  Bỏ
                </Button>
              ),
            },
          ]}
        />
        <Form<NewDayForm>
          form={dayForm}
          layout="vertical"
          initialValues={{ kind: 'DAY_OFF', name: '' }}
          onFinish={addDay}
          aria-label="Thêm ngày đặc biệt"
        >
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            Thêm ngày nghỉ hoặc làm bù
          </Typography.Title>
          <Flex gap={8} wrap>
            <Form.Item
              name="date"
              label="Ngày"
              rules={[{ required: true, message: 'Chọn ngày' }]}
              style={{ marginBottom: 8 }}
            >
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
            </Form.Item>
            <Form.Item name="kind" label="Loại ngày" style={{ marginBottom: 8, minWidth: 220 }}>
              <Select options={SCHEDULE_KIND_OPTIONS} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="name"
            label="Tên, lý do"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên hoặc lý do của ngày này' }]}
            style={{ marginBottom: 8 }}
          >
            <Input maxLength={200} placeholder="Ví dụ: Nghỉ hoán đổi dịp Quốc khánh" />
          </Form.Item>
          <Button htmlType="submit">Thêm vào lịch</Button>
        </Form>
        <Form<SourceForm>
          form={sourceForm}
          layout="vertical"
          aria-label="Văn bản công bố lịch nghỉ"
          initialValues={{
            documentNumber: data.source?.documentNumber ?? '',
            documentDate: data.source?.documentDate ? dayjs(data.source.documentDate) : null,
            title: data.source?.title ?? '',
            note: data.note ?? '',
          }}
        >
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            Văn bản công bố
          </Typography.Title>
          <Flex gap={8} wrap>
            <Form.Item
              name="documentNumber"
              label="Số văn bản"
              rules={[{ required: true, whitespace: true, message: 'Nhập số văn bản' }]}
              style={{ marginBottom: 8 }}
            >
              <Input maxLength={100} placeholder="5015/TB-LĐTBXH" />
            </Form.Item>
            <Form.Item
              name="documentDate"
              label="Ngày văn bản"
              rules={[{ required: true, message: 'Chọn ngày văn bản' }]}
              style={{ marginBottom: 8 }}
            >
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Flex>
          <Form.Item name="title" label="Trích yếu" style={{ marginBottom: 8 }}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="note" label="Ghi chú" style={{ marginBottom: 0 }}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Form>
        <Flex vertical gap={8}>
          {problem?.action === 'preview' ? <ProblemAlert problem={problem.problem} /> : null}
          <Button onClick={() => void runPreview()} loading={busy === 'preview'}>
            Xem trước ảnh hưởng đến hồ sơ
          </Button>
          {preview && isPreviewCurrent ? <RecomputePreviewResult preview={preview.result} /> : null}
          {preview && !isPreviewCurrent ? (
            <Typography.Text type="warning" role="status">
              Lịch đã thay đổi sau lần xem trước: xem trước lại trước khi lưu.
            </Typography.Text>
          ) : null}
          {problem?.action === 'save' ? <ProblemAlert problem={problem.problem} /> : null}
          <Button
            type="primary"
            onClick={() => void save()}
            loading={busy === 'save'}
            disabled={!isPreviewCurrent}
            aria-describedby="luu-lich-ghi-chu"
          >
            Lưu lịch chính thức năm {year}
          </Button>
          <Typography.Text id="luu-lich-ghi-chu" type="secondary">
            Lưu sẽ thay toàn bộ lịch của năm và tính lại hạn các hồ sơ trong danh sách xem trước.
          </Typography.Text>
        </Flex>
      </Flex>
    </>
  );
}
