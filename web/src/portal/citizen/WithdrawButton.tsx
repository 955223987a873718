import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldProblems } from '../../components/problem-fields';
import { useSubmission } from '../../lib/use-submission';
import { type Dossier, myDossiersApi } from './citizen-api';

// Withdrawal ends the dossier for good: asked for with a reason, confirmed in a dialog.
export function WithdrawButton({ dossier, onDone }: { dossier: Dossier; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const { busy, problem, run } = useSubmission();

  const confirm = async ({ note }: { note: string }) => {
    await run(
      async () => {
        await myDossiersApi.act(dossier.id, 'WITHDRAW', dossier.version, note.trim());
        setOpen(false);
        onDone();
      },
      (failure) => showFieldProblems(form, failure, ['note']),
    );
  };

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        Rút hồ sơ
      </Button>
      <Modal
        open={open}
        title="Rút hồ sơ?"
        okText="Xác nhận rút hồ sơ"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="Không rút"
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          Hồ sơ {dossier.code ?? 'này'} sẽ dừng xử lý và không thể tiếp tục. Muốn làm lại, bạn phải nộp hồ sơ
          mới.
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => void confirm(values)} preserve={false}>
          <Form.Item
            name="note"
            label="Lý do rút hồ sơ"
            rules={[{ required: true, whitespace: true, message: 'Nhập lý do rút hồ sơ' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} autoFocus />
          </Form.Item>
        </Form>
        <ProblemAlert problem={problem} />
      </Modal>
    </>
  );
}
