import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { components } from '../api/schema';
import { useSubmission } from '../lib/use-submission';
import { ProblemAlert } from './ProblemAlert';
import { showFieldProblems } from './problem-fields';

export type PasswordChange = components['schemas']['ChangePasswordDto'];

interface PasswordForm extends PasswordChange {
  confirmation: string;
}

// The API's own names for the fields it may refuse (wrong current password, weak new one).
const API_FIELDS = ['currentPassword', 'newPassword'] as const;

// Changing one's own password (POST /me/password), for a citizen or a staff member: the call goes
// through the caller's own session client. The rules are the server's (it names the field it
// refuses); only the confirmation is checked here, since the server never sees it.
export function ChangePasswordForm({
  change,
  onChanged,
}: {
  change: (body: PasswordChange) => Promise<unknown>;
  onChanged?: () => void;
}) {
  const [form] = Form.useForm<PasswordForm>();
  const { busy, problem, run } = useSubmission();
  const [isChanged, setChanged] = useState(false);

  const submit = async (values: PasswordForm) => {
    setChanged(false);
    await run(
      async () => {
        await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
        form.resetFields();
        setChanged(true);
        onChanged?.();
      },
      (failure) => showFieldProblems(form, failure, API_FIELDS),
    );
  };

  return (
    <Form<PasswordForm>
      form={form}
      name="doi-mat-khau"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => setChanged(false)}
    >
      <Form.Item
        name="currentPassword"
        label="Mật khẩu hiện tại"
        rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="Mật khẩu mới"
        extra="Ít nhất 10 ký tự, có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt."
        rules={[{ required: true, message: 'Nhập mật khẩu mới' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmation"
        label="Nhập lại mật khẩu mới"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <ProblemAlert problem={problem} />
      {isChanged ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title="Đã đổi mật khẩu"
          description="Lần đăng nhập sau, hãy dùng mật khẩu mới."
        />
      ) : null}
      <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 12 }}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}
