import {
  Button,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Typography,
  type FormInstance,
} from 'antd';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DOCUMENT_FORM_LABELS, FEE_KIND_LABELS, LEVEL_LABELS, TIME_UNIT_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { showMappedFieldProblems } from '../nested-field-problems';
import { type DraftValues, placeOfProblem, toDraftContent, toDraftValues } from './draft-form';
import { LEGEND_STYLE, options, ROW_STYLE } from './form-layout';
import { NameAndSectorFields, OnlineServiceFields, ResultAndBasisFields } from './ProcedureFields';
import { RouteStepsEditor } from './RouteStepsEditor';

type Version = components['schemas']['ProcedureVersionResponse'];

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
  const [form] = Form.useForm<DraftValues>();
  const { busy, problem, run } = useSubmission();
  const sectors = useApi(() => unwrap(api.GET('/api/v1/sectors')), []);
  const initial = toDraftValues(source);
  const agencyNames = new Map(
    source.implementations.flatMap((item) =>
      item.route.flatMap((step) =>
        step.agencyId && step.agencyName ? [[step.agencyId, step.agencyName] as const] : [],
      ),
    ),
  );

  const save = async (values: DraftValues) => {
    const body = toDraftContent(initial, values);
    await run(
      async () => {
        await unwrap(
          api.PUT('/api/v1/admin/procedures/{id}/draft', { params: { path: { id: procedureId } }, body }),
        );
        onClose(true);
      },
      (failure) => showMappedFieldProblems(form, failure, placeOfProblem),
    );
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
      <Form<DraftValues>
        name="ban-nhap"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void save(values)}
        onValuesChange={(changed: Partial<DraftValues>) => clearRouteProblems(form, changed)}
      >
        <NameAndSectorFields
          sectors={sectors.data?.items ?? [source.sector]}
          loading={sectors.loading}
          problem={sectors.problem}
        />
        <OnlineServiceFields channelsLabel="Cách thức thực hiện" />
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
            <RouteStepsEditor index={index} implementation={item} agencyNames={agencyNames} />
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
                    Bỏ giấy tờ
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
                    Bỏ khoản phí
                  </Button>
                </fieldset>
              ))}
              <Button onClick={() => add({ kind: 'CHARGE' })}>Thêm khoản phí, lệ phí</Button>
            </>
          )}
        </Form.List>
        <ResultAndBasisFields />
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}

// The route's own problems (one lead, fits the time limit) are about the steps and the time
// limit together: any change to that implementation clears them until the next save.
function clearRouteProblems(form: FormInstance<DraftValues>, changed: Partial<DraftValues>): void {
  const touched = (changed.implementations ?? []).flatMap((item, index) =>
    item === undefined
      ? []
      : [{ name: ['implementations', index, 'route'] as ['implementations', number, 'route'], errors: [] }],
  );
  if (touched.length > 0) {
    form.setFields(touched);
  }
}
