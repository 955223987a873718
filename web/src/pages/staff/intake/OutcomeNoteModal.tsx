import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { ApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';

export type NoteOutcome = 'REQUEST_SUPPLEMENT' | 'REFUSE';

const WORDING = {
  REQUEST_SUPPLEMENT: {
    title: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
    label: 'Giấy tờ cần bổ sung và hướng dẫn',
    ok: 'Gửi yêu cầu bổ sung',
    required: 'Ghi rõ giấy tờ cần bổ sung',
  },
  REFUSE: {
    title: 'Từ chối tiếp nhận hồ sơ (Mẫu 03)',
    label: 'Lý do từ chối (mỗi lý do một dòng)',
    ok: 'Từ chối tiếp nhận',
    required: 'Ghi rõ lý do từ chối',
  },
} as const satisfies Record<NoteOutcome, object>;

// The note a supplement request or a refusal must carry: what is missing (prefilled with the
// documents left unticked) or the reasons, printed on Mẫu 02 / Mẫu 03.
export function OutcomeNoteModal({
  outcome,
  missing,
  busy,
  problem,
  onCancel,
  onConfirm,
}: {
  outcome: NoteOutcome | null;
  missing: readonly string[];
  busy: boolean;
  problem: ApiProblem | null;
  onCancel: () => void;
  onConfirm: (note: string) => Promise<void>;
}) {
  const [form] = Form.useForm<{ note: string }>();
  useEffect(() => {
    if (outcome) {
      form.setFieldsValue({
        note: outcome === 'REQUEST_SUPPLEMENT' ? missing.map((name) => `- ${name}`).join('\n') : '',
      });
    }
    // Prefilled when the modal opens, not on every tick of the checklist.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome, form]);
  const wording = outcome ? WORDING[outcome] : null;
  return (
    <Modal
      open={outcome !== null}
      title={wording?.title}
      okText={wording?.ok}
      cancelText="Hủy"
      okButtonProps={{ danger: outcome === 'REFUSE', loading: busy }}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((values) => onConfirm(values.note.trim()))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="note"
          label={wording?.label}
          rules={[{ required: true, whitespace: true, message: wording?.required }]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
    </Modal>
  );
}
