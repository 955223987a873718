import { Form, Input, Modal, Typography } from 'antd';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { showFieldProblems } from '../../../components/problem-fields';
import { useSubmission } from '../../../lib/use-submission';

export type StatusChange = 'suspend' | 'reinstate';

const WORDING = {
  suspend: {
    title: 'Tạm ngừng thủ tục',
    explanation:
      'Thủ tục sẽ không còn hiện với công chúng (cổng dịch vụ công, tra cứu thủ tục) và không tiếp nhận hồ sơ mới, tại bộ phận một cửa hay trực tuyến; hồ sơ đã tiếp nhận vẫn được giải quyết. Các phiên bản được giữ nguyên; có thể khôi phục sau.',
    reasonLabel: 'Lý do tạm ngừng',
    ok: 'Tạm ngừng',
  },
  reinstate: {
    title: 'Khôi phục thủ tục',
    explanation: 'Thủ tục được công bố trở lại với phiên bản đang có hiệu lực và tiếp nhận hồ sơ mới.',
    reasonLabel: 'Lý do khôi phục',
    ok: 'Khôi phục',
  },
} as const satisfies Record<StatusChange, Record<string, string>>;

// Asks for the reason the API records with a suspension or a reinstatement (in the audit trail),
// as the confirmation of the change; the API's problem (a status changed meanwhile, 409) is shown
// above the buttons.
export function StatusChangeModal({
  procedureId,
  procedureCode,
  change,
  onClose,
}: {
  procedureId: string;
  procedureCode: string;
  change: StatusChange;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, problem, run } = useSubmission();
  const wording = WORDING[change];

  const confirm = async ({ reason }: { reason: string }) => {
    const request = { params: { path: { id: procedureId } }, body: { reason: reason.trim() } };
    await run(
      async () => {
        await unwrap(
          change === 'suspend'
            ? api.POST('/api/v1/admin/procedures/{id}/suspend', request)
            : api.POST('/api/v1/admin/procedures/{id}/reinstate', request),
        );
        onClose(true);
      },
      (failure) => showFieldProblems(form, failure, ['reason']),
    );
  };

  return (
    <Modal
      open
      title={`${wording.title} ${procedureCode}`}
      okText={wording.ok}
      okButtonProps={{ danger: change === 'suspend' }}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Typography.Paragraph>{wording.explanation}</Typography.Paragraph>
      <Form
        name={`${change}-thu-tuc`}
        form={form}
        layout="vertical"
        onFinish={(values) => void confirm(values)}
      >
        <Form.Item
          name="reason"
          label={wording.reasonLabel}
          extra="Ví dụ: Theo Quyết định số …/QĐ-UBND."
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}
