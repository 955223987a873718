import {
  Button,
  Checkbox,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  CHANNEL_LABELS,
  DOCUMENT_FORM_LABELS,
  FEE_KIND_LABELS,
  LEVEL_LABELS,
  ONLINE_MODE_LABELS,
} from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { showNestedFieldProblems } from '../nested-field-problems';

type Version = components['schemas']['ProcedureVersionResponse'];
type Content = components['schemas']['ProcedureContentDto'];
type Implementation = components['schemas']['ImplementationDto'];

const TIME_UNIT_LABELS = {
  WORKING_DAYS: 'ngày làm việc',
  WORKING_HOURS: 'giờ làm việc',
  CALENDAR_DAYS: 'ngày',
  MONTHS: 'tháng',
} as const satisfies Record<Implementation['timeLimit']['unit'], string>;

const ROW_STYLE = {
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  padding: '4px 12px 12px',
  marginBottom: 12,
};
const LEGEND_STYLE = { fontSize: 14, fontWeight: 600, width: 'auto', padding: '0 4px', margin: 0, border: 0 };

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

// The fields this form shows, as the API names them (implementations.0.timeLimit.amount…);
// anything else (a route that no longer fits the limit) is shown by the save button.
const SHOWN =
  /^(name|sectorId|serviceLevel|onlineMode|channels|resultType|legalBasis|applicants|publicationDecision|implementations\.\d+\.(timeLimit\.(amount|unit)|timeLimitNote)|documents\.\d+\.(name|form|quantity|condition|templateRef)|fees\.\d+\.(kind|description|amountVnd|rule|collector))$/;

// A version as the draft endpoint takes it; routes are kept as they are (not edited here).
function toContent(version: Version): Content {
  return {
    name: version.name,
    sectorId: version.sector.id,
    implementations: version.implementations.map((item) => ({
      level: item.level,
      agencyKind: item.agencyKind,
      agencyId: item.agencyId,
      timeLimit: { amount: item.timeLimit.amount, unit: item.timeLimit.unit },
      timeLimitNote: item.timeLimitNote,
      route: item.route.map((step) => ({
        sequence: step.sequence,
        level: step.level,
        agencyKind: step.agencyKind,
        agencyId: step.agencyId,
        agencyLabel: step.agencyLabel,
        task: step.task,
        allotted: { amount: step.allotted.amount, unit: step.allotted.unit },
        isLead: step.isLead,
      })),
    })),
    serviceLevel: version.serviceLevel,
    onlineMode: version.onlineMode,
    fullyOnlineEligible: version.fullyOnlineEligible,
    channels: version.channels,
    documents: version.documents.map((document) => ({ ...document })),
    fees: version.fees.map((fee) => ({ ...fee })),
    resultType: version.resultType,
    resultElectronic: version.resultElectronic,
    legalBasis: version.legalBasis,
    applicants: version.applicants,
    publicationDecision: version.publicationDecision,
  };
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

// Writes the procedure's draft (PUT /admin/procedures/{id}/draft): the draft is replaced, or,
// when there is none, version n+1 starts from the version shown. Publishing stays a separate
// step with its date.
export function DraftEditor({
  procedureId,
  source,
  isDraft,
  onClose,
}: {
  procedureId: string;
  source: Version;
  isDraft: boolean;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<Content>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const sectors = useApi(() => unwrap(api.GET('/api/v1/sectors')), []);
  const initial = toContent(source);

  const save = async (values: Content) => {
    setBusy(true);
    setProblem(null);
    const body = {
      ...initial,
      ...values,
      implementations: initial.implementations.map((item, index) => ({
        ...item,
        timeLimit: values.implementations[index]?.timeLimit ?? item.timeLimit,
        timeLimitNote: blankToNull(values.implementations[index]?.timeLimitNote),
      })),
      documents: (values.documents ?? []).map((document) => ({
        ...document,
        condition: blankToNull(document.condition),
        templateRef: blankToNull(document.templateRef),
      })),
      fees: (values.fees ?? []).map((fee) => ({
        ...fee,
        amountVnd: fee.amountVnd ?? null,
        rule: blankToNull(fee.rule),
        collector: blankToNull(fee.collector),
      })),
      applicants: blankToNull(values.applicants),
      publicationDecision: blankToNull(values.publicationDecision),
    } as Content;
    try {
      await unwrap(
        api.PUT('/api/v1/admin/procedures/{id}/draft', { params: { path: { id: procedureId } }, body }),
      );
      onClose(true);
    } catch (error) {
      const failure = toApiProblem(error);
      if (!showNestedFieldProblems(form, failure, (path) => SHOWN.test(path.join('.')))) {
        setProblem(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={900}
      title={
        isDraft
          ? `Sửa bản nháp (phiên bản ${source.versionNo})`
          : `Soạn bản nháp mới từ phiên bản ${source.versionNo}`
      }
      okText="Lưu bản nháp"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<Content>
        name="ban-nhap"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void save(values)}
      >
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
            options={(
              sectors.data?.items ?? [{ ...source.sector, publishedProcedures: 0, ministry: null }]
            ).map((sector) => ({ value: sector.id, label: `${sector.name} (${sector.code})` }))}
          />
        </Form.Item>
        <ProblemAlert problem={sectors.problem} />
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
          label="Cách thức thực hiện"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một cách thức' }]}
        >
          <Checkbox.Group options={options(CHANNEL_LABELS)} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          Thời hạn giải quyết theo cấp
        </Divider>
        {initial.implementations.map((item, index) => (
          <Flex key={item.level} gap={12} wrap align="flex-start">
            <Typography.Text strong style={{ width: 90, marginTop: 30 }}>
              {LEVEL_LABELS[item.level]}
            </Typography.Text>
            <Form.Item
              name={['implementations', index, 'timeLimit', 'amount']}
              label={`Thời hạn (${LEVEL_LABELS[item.level]})`}
              rules={[{ required: true, message: 'Nhập thời hạn' }]}
            >
              <InputNumber min={0} step={0.25} style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name={['implementations', index, 'timeLimit', 'unit']} label="Đơn vị">
              <Select style={{ width: 160 }} options={options(TIME_UNIT_LABELS)} />
            </Form.Item>
            <Form.Item
              name={['implementations', index, 'timeLimitNote']}
              label="Ghi chú thời hạn"
              style={{ flex: 1, minWidth: 240 }}
            >
              <Input maxLength={1000} />
            </Form.Item>
            {item.route && item.route.length > 0 ? (
              <Typography.Text type="secondary" style={{ width: '100%' }}>
                Quy trình liên thông {item.route.length} bước được giữ nguyên (sửa qua tệp nhập danh mục).
              </Typography.Text>
            ) : null}
          </Flex>
        ))}
        <Divider titlePlacement="start" plain>
          Thành phần hồ sơ
        </Divider>
        <Form.List name="documents">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <fieldset key={row.key} style={ROW_STYLE}>
                  <legend style={LEGEND_STYLE}>Giấy tờ {index + 1}</legend>
                  <Form.Item
                    name={[row.name, 'name']}
                    label="Tên giấy tờ"
                    rules={[{ required: true, whitespace: true, message: 'Nhập tên giấy tờ' }]}
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                  <Flex gap={12} wrap align="flex-start">
                    <Form.Item
                      name={[row.name, 'form']}
                      label="Hình thức"
                      rules={[{ required: true, message: 'Chọn hình thức' }]}
                    >
                      <Select style={{ width: 260 }} options={options(DOCUMENT_FORM_LABELS)} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'quantity']}
                      label="Số lượng"
                      rules={[{ required: true, message: 'Nhập số lượng' }]}
                    >
                      <InputNumber min={1} max={99} precision={0} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'isRequired']} label="Bắt buộc" valuePropName="checked">
                      <Switch />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'condition']}
                      label="Trường hợp cần nộp"
                      style={{ flex: 1, minWidth: 200 }}
                    >
                      <Input maxLength={1000} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'templateRef']} label="Mẫu đơn, tờ khai">
                      <Input maxLength={255} />
                    </Form.Item>
                  </Flex>
                  <Button
                    size="small"
                    onClick={() => remove(row.name)}
                    aria-label={`Bỏ giấy tờ ${index + 1}`}
                  >
                    Bỏ giấy tờ này
                  </Button>
                </fieldset>
              ))}
              <Button onClick={() => add({ form: 'ORIGINAL', quantity: 1, isRequired: true })}>
                Thêm giấy tờ
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" plain>
          Phí, lệ phí
        </Divider>
        <Form.List name="fees">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <fieldset key={row.key} style={ROW_STYLE}>
                  <legend style={LEGEND_STYLE}>Khoản {index + 1}</legend>
                  <Flex gap={12} wrap align="flex-start">
                    <Form.Item name={[row.name, 'kind']} label="Loại">
                      <Select style={{ width: 110 }} options={options(FEE_KIND_LABELS)} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'description']}
                      label="Nội dung"
                      rules={[{ required: true, whitespace: true, message: 'Nhập nội dung' }]}
                      style={{ flex: 1, minWidth: 240 }}
                    >
                      <Input maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'amountVnd']} label="Số tiền (đồng)">
                      <InputNumber min={0} precision={0} style={{ width: 150 }} />
                    </Form.Item>
                  </Flex>
                  <Flex gap={12} wrap>
                    <Form.Item
                      name={[row.name, 'rule']}
                      label="Cách tính (khi không là một số tiền)"
                      style={{ flex: 1, minWidth: 240 }}
                    >
                      <Input maxLength={1000} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'collector']} label="Cơ quan thu">
                      <Input maxLength={255} />
                    </Form.Item>
                  </Flex>
                  <Button
                    size="small"
                    onClick={() => remove(row.name)}
                    aria-label={`Bỏ khoản phí ${index + 1}`}
                  >
                    Bỏ khoản này
                  </Button>
                </fieldset>
              ))}
              <Button onClick={() => add({ kind: 'CHARGE' })}>Thêm khoản phí, lệ phí</Button>
            </>
          )}
        </Form.List>
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
