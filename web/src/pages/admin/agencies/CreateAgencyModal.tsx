import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AGENCY_KIND_LABELS, LEVEL_LABELS } from '../../../lib/labels';
import { useSubmission } from '../../../lib/use-submission';
import { showNestedFieldProblems, underFields } from '../nested-field-problems';

type Parent = components['schemas']['AgencyDetailResponse'];
type Kind = components['schemas']['CreateAgencyDto']['kind'];

interface NewAgency {
  key: string;
  name: string;
  shortName: string;
  levelCode: string;
  kind: Kind;
  validFrom: Dayjs | null;
  qcvnCode?: string;
  decision20Code?: string;
  gsoCode?: string;
  address?: string;
}

const FIELDS = [
  'key',
  'name',
  'shortName',
  'levelCode',
  'kind',
  'validFrom',
  'qcvnCode',
  'decision20Code',
  'gsoCode',
  'address',
  'parentId',
];
const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

// A new agency under the chosen one (the parent never changes later): the API checks that the
// level is in force on the first day, the kind fits the parent and the identifier sits below
// the parent's; its problems appear under the fields they name.
export function CreateAgencyModal({
  parent,
  onClose,
}: {
  parent: Parent;
  onClose: (createdId: string | null) => void;
}) {
  const [form] = Form.useForm<NewAgency>();
  const { busy, problem, run } = useSubmission();

  const create = async (values: NewAgency) => {
    await run(
      async () => {
        const created = await unwrap(
          api.POST('/api/v1/agencies', {
            body: {
              key: values.key.trim(),
              name: values.name.trim(),
              shortName: values.shortName.trim(),
              levelCode: values.levelCode,
              kind: values.kind,
              parentId: parent.id,
              validFrom: values.validFrom?.format('YYYY-MM-DD') ?? '',
              qcvnCode: blankToUndefined(values.qcvnCode),
              decision20Code: blankToUndefined(values.decision20Code),
              gsoCode: blankToUndefined(values.gsoCode),
              address: blankToUndefined(values.address),
              // The generated type misreads the optional nullable strings (as in UpdateAgencyDto).
            } as components['schemas']['CreateAgencyDto'],
          }),
        );
        onClose(created.id);
      },
      (failure) =>
        showNestedFieldProblems(form, failure, underFields(FIELDS.filter((name) => name !== 'parentId'))),
    );
  };

  return (
    <Modal
      open
      title={`Thêm cơ quan trực thuộc ${parent.shortName}`}
      okText="Thêm cơ quan"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form<NewAgency>
        name="them-co-quan"
        form={form}
        layout="vertical"
        onFinish={(values) => void create(values)}
        initialValues={{
          levelCode: parent.level,
          kind: parent.kind === 'PEOPLES_COMMITTEE' ? 'UNIT' : undefined,
          validFrom: dayjs(),
        }}
      >
        <Form.Item
          name="name"
          label="Tên"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}
        >
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item
          name="shortName"
          label="Tên ngắn"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên ngắn' }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="key"
          label="Khóa"
          extra="Chữ in hoa, số và dấu gạch ngang, không đổi về sau (ví dụ PY-COMMUNE-22015-UNIT-TUPHAP)."
          rules={[
            { required: true, message: 'Nhập khóa' },
            { pattern: /^[A-Z0-9][A-Z0-9-]{1,59}$/, message: 'Chỉ gồm chữ in hoa, số và dấu gạch ngang' },
          ]}
        >
          <Input maxLength={60} spellCheck={false} />
        </Form.Item>
        <Form.Item name="levelCode" label="Cấp" rules={[{ required: true, message: 'Chọn cấp' }]}>
          <Select options={Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="kind"
          label="Loại cơ quan"
          rules={[{ required: true, message: 'Chọn loại cơ quan' }]}
        >
          <Select options={Object.entries(AGENCY_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="validFrom"
          label="Hoạt động từ ngày"
          rules={[{ required: true, message: 'Chọn ngày bắt đầu hoạt động' }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item
          name="qcvnCode"
          label="Mã định danh QCVN 102:2016"
          extra={parent.qcvnCode ? `Mã cấp trên: ${parent.qcvnCode}` : undefined}
        >
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
          <Input maxLength={5} spellCheck={false} />
        </Form.Item>
        <Form.Item name="address" label="Địa chỉ">
          <Input maxLength={255} />
        </Form.Item>
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}
