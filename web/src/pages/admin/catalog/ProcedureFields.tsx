import { Checkbox, Divider, Flex, Form, Input, Select, Switch } from 'antd';
import type { ApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { CHANNEL_LABELS, ONLINE_MODE_LABELS } from '../../../lib/labels';
import { options } from './form-layout';

// The fields a procedure's version has in both the new-procedure dialog and the draft editor,
// under the same names in both forms' values.

interface Sector {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export function NameAndSectorFields({
  sectors,
  loading,
  problem,
}: {
  sectors: readonly Sector[];
  loading: boolean;
  problem: ApiProblem | null;
}) {
  return (
    <>
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
          loading={loading}
          options={sectors.map((sector) => ({ value: sector.id, label: `${sector.name} (${sector.code})` }))}
        />
      </Form.Item>
      <ProblemAlert problem={problem} />
    </>
  );
}

export function OnlineServiceFields({ channelsLabel }: { channelsLabel: string }) {
  return (
    <>
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
        label={channelsLabel}
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
    </>
  );
}

export function ResultAndBasisFields() {
  return (
    <>
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
    </>
  );
}
