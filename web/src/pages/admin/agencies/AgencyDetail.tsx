import { Breadcrumb, Button, Card, Descriptions, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { showFieldProblems } from '../../../components/problem-fields';
import { formatDate } from '../../../lib/datetime';
import { AGENCY_KIND_LABELS, LEVEL_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { OfficeHoursCard } from '../calendar/OfficeHoursCard';
import { CloseAgencyModal } from './CloseAgencyModal';
import { CreateAgencyModal } from './CreateAgencyModal';

type Succession = components['schemas']['AgencySuccessionResponse'];

interface Corrections {
  name: string;
  shortName: string;
  address?: string;
  qcvnCode?: string;
  decision20Code?: string;
  gsoCode?: string;
}

const FIELDS = ['name', 'shortName', 'address', 'qcvnCode', 'decision20Code', 'gsoCode'];
const SHARE_LABELS = { WHOLE: 'toàn bộ', PART: 'một phần' } as const;

const levelLabel = (level: string) =>
  level in LEVEL_LABELS ? LEVEL_LABELS[level as keyof typeof LEVEL_LABELS] : level;
const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function Successions({
  title,
  items,
  onOpen,
}: {
  title: string;
  items: Succession[];
  onOpen: (id: string) => void;
}) {
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {title}
      </Typography.Title>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: 'Không có' }}
        renderItem={(item) => (
          <List.Item>
            <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(item.agency.id)}>
              {item.agency.name}
            </Button>
            <span>
              {SHARE_LABELS[item.share]}, từ {formatDate(item.effectiveDate)}
              {item.note ? ` (${item.note})` : ''}
            </span>
          </List.Item>
        )}
      />
    </section>
  );
}

// An agency: where it sits, its dates, its identifiers, who it took over from and who took it
// over; name, address and codes can be corrected (parent, level, kind and dates cannot). An
// agency in force can get a new agency below it, or be closed with its successors; its office
// hours are edited here too.
export function AgencyDetail({
  agencyId,
  onOpen,
  onTreeChanged,
}: {
  agencyId: string;
  onOpen: (id: string) => void;
  onTreeChanged: () => void;
}) {
  const detail = useApi(
    () => unwrap(api.GET('/api/v1/agencies/{id}', { params: { path: { id: agencyId } } })),
    [agencyId],
  );
  const [form] = Form.useForm<Corrections>();
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState(false);
  const [dialog, setDialog] = useState<'create' | 'close' | null>(null);
  const agency = detail.data?.id === agencyId ? detail.data : null;

  const save = async (values: Corrections) => {
    setSaved(false);
    await run(
      async () => {
        await unwrap(
          api.PATCH('/api/v1/agencies/{id}', {
            params: { path: { id: agencyId } },
            body: {
              name: values.name.trim(),
              shortName: values.shortName.trim(),
              address: blankToNull(values.address),
              qcvnCode: blankToNull(values.qcvnCode),
              decision20Code: blankToNull(values.decision20Code),
              gsoCode: blankToNull(values.gsoCode),
            } as components['schemas']['UpdateAgencyDto'],
          }),
        );
        setSaved(true);
        detail.reload();
      },
      (failure) => showFieldProblems(form, failure, FIELDS),
    );
  };

  return (
    <Card
      size="small"
      loading={!agency && detail.loading}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{agency?.name ?? 'Cơ quan'}</h2>}
    >
      <ProblemAlert problem={detail.problem} />
      {agency ? (
        <>
          <Breadcrumb
            items={agency.ancestors.map((ancestor) => ({
              title: (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(ancestor.id)}>
                  {ancestor.shortName}
                </Button>
              ),
            }))}
          />
          <Descriptions
            size="small"
            column={1}
            bordered
            style={{ marginTop: 8 }}
            items={[
              { key: 'key', label: 'Khóa', children: agency.key },
              { key: 'kind', label: 'Loại', children: AGENCY_KIND_LABELS[agency.kind] },
              { key: 'level', label: 'Cấp', children: levelLabel(agency.level) },
              {
                key: 'dates',
                label: 'Thời gian hoạt động',
                children: (
                  <>
                    từ {formatDate(agency.validFrom)}
                    {agency.validTo ? ` đến hết ${formatDate(agency.validTo)}` : ''}{' '}
                    {agency.validTo ? (
                      <Tag>Đã giải thể hoặc sáp nhập</Tag>
                    ) : (
                      <Tag color="green">Đang hoạt động</Tag>
                    )}
                  </>
                ),
              },
            ]}
          />
          {agency.validTo ? null : (
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              <Button onClick={() => setDialog('create')}>Thêm cơ quan trực thuộc</Button>
              <Button danger onClick={() => setDialog('close')}>
                Ngừng hoạt động, sáp nhập, chia tách
              </Button>
            </Flex>
          )}
          {dialog === 'create' ? (
            <CreateAgencyModal
              parent={agency}
              onClose={(createdId) => {
                setDialog(null);
                if (createdId) {
                  onTreeChanged();
                  onOpen(createdId);
                }
              }}
            />
          ) : null}
          {dialog === 'close' ? (
            <CloseAgencyModal
              agency={agency}
              onClose={(closed) => {
                setDialog(null);
                if (closed) {
                  onTreeChanged();
                  detail.reload();
                }
              }}
            />
          ) : null}
          <Successions title="Kế thừa từ" items={agency.predecessors} onOpen={onOpen} />
          <Successions title="Cơ quan kế thừa" items={agency.successors} onOpen={onOpen} />
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            Sửa thông tin
          </Typography.Title>
          <Form<Corrections>
            name="sua-co-quan"
            key={agency.id}
            form={form}
            layout="vertical"
            onFinish={(values) => void save(values)}
            initialValues={{
              name: agency.name,
              shortName: agency.shortName,
              address: agency.address ?? '',
              qcvnCode: agency.qcvnCode ?? '',
              decision20Code: agency.decision20Code ?? '',
              gsoCode: agency.gsoCode ?? '',
            }}
          >
            <Form.Item
              name="name"
              label="Tên"
              rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="shortName"
              label="Tên ngắn"
              rules={[{ required: true, whitespace: true, message: 'Nhập tên ngắn' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="address" label="Địa chỉ">
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="qcvnCode" label="Mã định danh QCVN 102:2016">
              <Input maxLength={20} spellCheck={false} />
            </Form.Item>
            <Form.Item
              name="decision20Code"
              label="Mã theo Quyết định 20/2020/QĐ-TTg"
              extra="Bỏ trống để suy ra từ mã QCVN."
            >
              <Input maxLength={20} spellCheck={false} />
            </Form.Item>
            <Form.Item name="gsoCode" label="Mã đơn vị hành chính (GSO)">
              <Input maxLength={10} spellCheck={false} />
            </Form.Item>
            <ProblemAlert problem={problem} />
            {saved ? (
              <Typography.Paragraph type="success" role="status">
                Đã lưu.
              </Typography.Paragraph>
            ) : null}
            <Button type="primary" htmlType="submit" loading={busy}>
              Lưu thay đổi
            </Button>
          </Form>
          <OfficeHoursCard key={agency.id} agencyId={agency.id} />
        </>
      ) : null}
    </Card>
  );
}
