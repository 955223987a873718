import { Divider, Flex, Form, Input, Modal, Typography } from 'antd';
import {
  CATALOG_CODE_PATTERN,
  NATIONAL_CODE_PATTERN,
} from '../../../../../src/modules/catalog/procedures/domain/procedure-codes';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { showMappedFieldProblems } from '../nested-field-problems';
import {
  NEW_PROCEDURE_DEFAULTS,
  type NewProcedureValues,
  placeOfNewProcedureProblem,
  toCreateProcedureBody,
} from './new-procedure-form';
import { NewImplementationRows } from './NewImplementationRows';
import { NameAndSectorFields, OnlineServiceFields, ResultAndBasisFields } from './ProcedureFields';

// A new procedure (POST /admin/procedures): its codes and version 1 as a draft, with what a
// version cannot lack; documents, fees and routes are written next in the draft editor, and
// the draft is published from the procedure's drawer. The API's problems (a code already used,
// a service level without online submission…) appear under the fields they name.
export function CreateProcedureModal({ onClose }: { onClose: (createdId: string | null) => void }) {
  const [form] = Form.useForm<NewProcedureValues>();
  const { busy, problem, run } = useSubmission();
  const sectors = useApi(() => unwrap(api.GET('/api/v1/sectors')), []);

  const create = async (values: NewProcedureValues) => {
    await run(
      async () => {
        const created = await unwrap(
          api.POST('/api/v1/admin/procedures', { body: toCreateProcedureBody(values) }),
        );
        onClose(created.id);
      },
      (failure) => showMappedFieldProblems(form, failure, placeOfNewProcedureProblem),
    );
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
        <NameAndSectorFields
          sectors={sectors.data?.items ?? []}
          loading={sectors.loading}
          problem={sectors.problem}
        />
        <Divider titlePlacement="start" plain>
          Cấp thực hiện và thời hạn giải quyết
        </Divider>
        <NewImplementationRows />
        <Divider titlePlacement="start" plain>
          Cách thức thực hiện
        </Divider>
        <OnlineServiceFields channelsLabel="Cách thức nộp" />
        <ResultAndBasisFields />
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}
