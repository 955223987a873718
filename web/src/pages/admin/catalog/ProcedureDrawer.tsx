import { Button, DatePicker, Descriptions, Drawer, Flex, Form, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { showFieldProblems } from '../../../components/problem-fields';
import { formatDate } from '../../../lib/datetime';
import { CHANNEL_LABELS, LEVEL_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { DraftEditor } from './DraftEditor';
import { PROCEDURE_STATUS } from './procedure-status';
import { ProcedureLifecycleActions } from './ProcedureLifecycleActions';

type VersionFacts = components['schemas']['VersionFactsResponse'];

// One procedure: its status, its version in force, the upcoming one, its draft and the list of
// versions; editing the draft (or starting one from the version shown), publishing it from a
// chosen date (not before today, the API checks), and suspending, reinstating or deleting the
// procedure. Every change is told at once (`onChanged`), so the list behind shows it.
export function ProcedureDrawer({
  procedureId,
  onChanged,
  onClose,
}: {
  procedureId: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const detail = useApi(
    () => unwrap(api.GET('/api/v1/admin/procedures/{id}', { params: { path: { id: procedureId } } })),
    [procedureId],
  );
  const [form] = Form.useForm<{ effectiveFrom: Dayjs | null }>();
  const { busy, problem, run } = useSubmission();
  const [editing, setEditing] = useState(false);
  const [draftSaved, setDraftSaved] = useState(false);
  const procedure = detail.data;
  const shown = procedure?.draftVersion ?? procedure?.upcomingVersion ?? procedure?.currentVersion ?? null;

  const publish = async ({ effectiveFrom }: { effectiveFrom: Dayjs | null }) => {
    await run(
      async () => {
        await unwrap(
          api.POST('/api/v1/admin/procedures/{id}/publish', {
            params: { path: { id: procedureId } },
            body: { effectiveFrom: effectiveFrom?.format('YYYY-MM-DD') ?? '' },
          }),
        );
        onChanged();
        detail.reload();
      },
      (failure) => showFieldProblems(form, failure, ['effectiveFrom']),
    );
  };

  return (
    <Drawer
      open
      size="large"
      title={procedure ? procedure.code : 'Thủ tục'}
      onClose={onClose}
      loading={detail.loading && !procedure}
    >
      <ProblemAlert problem={detail.problem} />
      {procedure && shown ? (
        <Flex vertical gap={16}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {shown.name}
          </Typography.Title>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'status',
                label: 'Trạng thái',
                children: (
                  <Tag color={PROCEDURE_STATUS[procedure.status].colour}>
                    {PROCEDURE_STATUS[procedure.status].label}
                  </Tag>
                ),
              },
              { key: 'sector', label: 'Lĩnh vực', children: shown.sector.name },
              {
                key: 'levels',
                label: 'Cấp thực hiện, thời hạn',
                children: shown.implementations
                  .map((item) => `${LEVEL_LABELS[item.level]}: ${item.timeLimit.text}`)
                  .join('; '),
              },
              { key: 'service', label: 'Mức độ dịch vụ công', children: shown.serviceLevel },
              {
                key: 'channels',
                label: 'Cách thức nộp',
                children: shown.channels.map((channel) => CHANNEL_LABELS[channel]).join(', '),
              },
              { key: 'documents', label: 'Thành phần hồ sơ', children: `${shown.documents.length} giấy tờ` },
              { key: 'legal', label: 'Căn cứ pháp lý', children: shown.legalBasis },
            ]}
          />
          <ProcedureLifecycleActions
            key={procedure.status}
            procedureId={procedureId}
            procedureCode={procedure.code}
            status={procedure.status}
            onStatusChanged={() => {
              onChanged();
              detail.reload();
            }}
            onDeleted={() => {
              onChanged();
              onClose();
            }}
          />
          <section aria-labelledby="phien-ban">
            <Typography.Title id="phien-ban" level={3} style={{ fontSize: 15 }}>
              Các phiên bản
            </Typography.Title>
            <Table<VersionFacts>
              size="small"
              rowKey="versionNo"
              pagination={false}
              dataSource={procedure.versions}
              columns={[
                { title: 'Phiên bản', dataIndex: 'versionNo' },
                {
                  title: 'Trạng thái',
                  dataIndex: 'status',
                  render: (status: VersionFacts['status']) =>
                    status === 'DRAFT' ? <Tag>Bản nháp</Tag> : <Tag color="green">Đã công bố</Tag>,
                },
                {
                  title: 'Áp dụng từ',
                  dataIndex: 'effectiveFrom',
                  render: (date: string | null) => formatDate(date),
                },
                {
                  title: 'Công bố lúc',
                  dataIndex: 'publishedAt',
                  render: (at: string | null) => <DateTime value={at} />,
                },
              ]}
            />
          </section>
          <Flex gap={8} wrap align="center">
            <Button onClick={() => setEditing(true)}>
              {procedure.draftVersion ? 'Sửa bản nháp' : 'Soạn bản nháp mới'}
            </Button>
            {draftSaved ? (
              <Typography.Text role="status" type="success">
                Đã lưu bản nháp.
              </Typography.Text>
            ) : null}
          </Flex>
          {editing ? (
            <DraftEditor
              procedureId={procedureId}
              source={shown}
              isDraft={Boolean(procedure.draftVersion)}
              onClose={(saved) => {
                setEditing(false);
                if (saved) {
                  setDraftSaved(true);
                  onChanged();
                  detail.reload();
                }
              }}
            />
          ) : null}
          {procedure.draftVersion ? (
            <Form
              form={form}
              layout="inline"
              onFinish={(values) => void publish(values)}
              initialValues={{ effectiveFrom: dayjs() }}
            >
              <Form.Item
                name="effectiveFrom"
                label="Công bố bản nháp, áp dụng từ ngày"
                rules={[{ required: true, message: 'Chọn ngày áp dụng' }]}
              >
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                Công bố phiên bản {procedure.draftVersion.versionNo}
              </Button>
            </Form>
          ) : (
            <Typography.Text type="secondary">Không có bản nháp chờ công bố.</Typography.Text>
          )}
          <ProblemAlert problem={problem} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
