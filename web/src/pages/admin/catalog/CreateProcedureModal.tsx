import { Checkbox, Divider, Flex, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import {
  CATALOG_CODE_PATTERN,
  NATIONAL_CODE_PATTERN,
} from '../../../../../src/modules/catalog/procedures/domain/procedure-codes';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { CHANNEL_LABELS, ONLINE_MODE_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { showMappedFieldProblems } from '../nested-field-problems';
import { options } from './form-layout';
import {
  NEW_PROCEDURE_DEFAULTS,
  type NewProcedureValues,
  placeOfNewProcedureProblem,
  toCreateProcedureBody,
} from './new-procedure-form';
import { NewImplementationRows } from './NewImplementationRows';

// A new procedure (POST /admin/procedures): its codes and version 1 as a draft, with what a
// version cannot lack; documents, fees and routes are written next in the draft editor, and
// the draft is published from the procedure's drawer. The API's problems (a code already used,
// a service level without online submission…) appear under the fields they name.
export function CreateProcedureModal({ onClose }: { onClose: (createdId: string | null) => void }) {
  const [form] = Form.useForm<NewProcedureValues>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const sectors = useApi(() => unwrap(api.GET('/api/v1/sectors')), []);

  const create = async (values: NewProcedureValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await unwrap(
        api.POST('/api/v1/admin/procedures', { body: toCreateProcedureBody(values) }),
      );
      onClose(created.id);
    } catch (error) {
      const failure = toApiProblem(error);
      if (!showMappedFieldProblems(form, failure, placeOfNewProcedureProblem)) {
        setProblem(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title="Thêm thủ tục"
      okText="Tạo thủ tục"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Thủ tục mới có phiên bản 1 là bản nháp. Thành phần hồ sơ, phí, lệ phí và quy trình liên thông được
        soạn tiếp trong bản nháp trước khi công bố.
      </Typography.Paragraph>
      <Form<NewProcedureValues>
        name="them-thu-tuc"
        form={form}
        layout="vertical"
        initialValues={NEW_PROCEDURE_DEFAULTS}
        onFinish={(values) => void create(values)}
      >
        <Flex gap={12} wrap align="flex-start">
          <Form.Item
            name="code"
            label="Mã thủ tục"
            extra="Ví dụ 1.001193.000.00.00.H55; không đổi về sau."
            rules={[
              { required: true, message: 'Nhập mã thủ tục' },
              { pattern: CATALOG_CODE_PATTERN, message: 'Từ 3 đến 60 ký tự: chữ, số, dấu chấm, gạch' },
            ]}
            style={{ flex: 1, minWidth: 260 }}
          >
            <Input maxLength={60} spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="nationalCode"
            label="Mã thủ tục quốc gia"
            extra="Dạng 1.001193; bỏ trống nếu chưa có."
            rules={[{ pattern: NATIONAL_CODE_PATTERN, message: 'Dạng D.NNNNNN, ví dụ 1.001193' }]}
          >
            <Input maxLength={8} spellCheck={false} style={{ width: 160 }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label="Tên thủ tục"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}
        >
          <Input.TextArea autoSize maxLength={500} />
        </Form.Item>
        <Form.Item name="sectorId" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={sectors.loading}
            options={(sectors.data?.items ?? []).map((sector) => ({
              value: sector.id,
              label: `${sector.name} (${sector.code})`,
            }))}
          />
        </Form.Item>
        <ProblemAlert problem={sectors.problem} />
        <Divider titlePlacement="start" plain>
          Cấp thực hiện và thời hạn giải quyết
        </Divider>
        <NewImplementationRows />
        <Divider titlePlacement="start" plain>
          Cách thức thực hiện
        </Divider>
        <Flex gap={12} wrap>
          <Form.Item name="serviceLevel" label="Mức độ dịch vụ công trực tuyến">
            <Select
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((level) => ({ value: level, label: `Mức ${level}` }))}
            />
          </Form.Item>
          <Form.Item name="onlineMode" label="Hình thức trực tuyến">
            <Select style={{ width: 240 }} options={options(ONLINE_MODE_LABELS)} />
          </Form.Item>
          <Form.Item name="fullyOnlineEligible" label="Đủ điều kiện toàn trình" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item
          name="channels"
          label="Cách thức nộp"
          // A validator, not `required`: antd would put aria-required on the group's <div>, which
          // ARIA does not allow there (axe: aria-allowed-attr).
          rules={[
            {
              validator: (_rule, value: unknown[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error('Chọn ít nhất một cách thức')),
            },
          ]}
        >
          <Checkbox.Group options={options(CHANNEL_LABELS)} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          Kết quả và căn cứ
        </Divider>
        <Flex gap={12} wrap align="flex-start">
          <Form.Item
            name="resultType"
            label="Kết quả thực hiện"
            rules={[{ required: true, whitespace: true, message: 'Nhập kết quả' }]}
            style={{ flex: 1, minWidth: 280 }}
          >
            <Input maxLength={1000} />
          </Form.Item>
          <Form.Item name="resultElectronic" label="Kết quả điện tử" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Form.Item
          name="legalBasis"
          label="Căn cứ pháp lý"
          rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ pháp lý' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="applicants" label="Đối tượng thực hiện">
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="publicationDecision" label="Quyết định công bố">
          <Input maxLength={500} />
        </Form.Item>
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}
