import { Form, Input, Modal, Select, Switch } from 'antd';
import { api, unwrap } from '../../../api/client';
import type { Role } from '../../../auth/session-store';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { showFieldProblems } from '../../../components/problem-fields';
import { useSubmission } from '../../../lib/use-submission';
import { AgencySelect } from '../agencies/AgencySelect';
import { ROLE_OPTIONS, type StaffUser } from './user-options';

interface UserForm {
  username: string;
  fullName: string;
  agencyId: string;
  roles: Role[];
  password?: string;
  active?: boolean;
}

const FIELDS = ['username', 'fullName', 'agencyId', 'roles', 'password', 'active'];

// Creates a staff account (with a temporary password to change at first sign-in), or changes
// one's name, agency, roles and whether it may sign in.
export function UserFormModal({
  user,
  onClose,
}: {
  user: StaffUser | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<UserForm>();
  const { busy, problem, run } = useSubmission();

  const submit = async () => {
    let values: UserForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await run(
      async () => {
        if (user) {
          await unwrap(
            api.PATCH('/api/v1/users/{id}', {
              params: { path: { id: user.id } },
              body: {
                fullName: values.fullName.trim(),
                agencyId: values.agencyId,
                roles: values.roles,
                active: values.active,
              },
            }),
          );
        } else {
          await unwrap(
            api.POST('/api/v1/users', {
              body: {
                username: values.username.trim(),
                fullName: values.fullName.trim(),
                agencyId: values.agencyId,
                roles: values.roles,
                password: values.password ?? '',
              },
            }),
          );
        }
        onClose(true);
      },
      (failure) => showFieldProblems(form, failure, FIELDS),
    );
  };

  return (
    <Modal
      open
      title={user ? `Sửa tài khoản ${user.username}` : 'Tạo tài khoản cán bộ'}
      okText={user ? 'Lưu' : 'Tạo tài khoản'}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<UserForm>
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                username: user.username,
                fullName: user.fullName,
                agencyId: user.agencyId,
                roles: user.roles,
                active: user.active,
              }
            : { roles: [] }
        }
      >
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          extra="Chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang; bắt đầu bằng chữ."
          rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập' }]}
        >
          <Input disabled={Boolean(user)} spellCheck={false} maxLength={64} />
        </Form.Item>
        <Form.Item
          name="fullName"
          label="Họ và tên"
          rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label="Cơ quan"
          htmlFor="nguoi-dung-co-quan"
          rules={[{ required: true, message: 'Chọn cơ quan' }]}
        >
          <AgencySelect id="nguoi-dung-co-quan" />
        </Form.Item>
        <Form.Item
          name="roles"
          label="Vai trò"
          htmlFor="nguoi-dung-vai-tro"
          rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một vai trò' }]}
        >
          <Select id="nguoi-dung-vai-tro" mode="multiple" options={ROLE_OPTIONS} />
        </Form.Item>
        {user ? (
          <Form.Item name="active" label="Được đăng nhập" valuePropName="checked">
            <Switch checkedChildren="Có" unCheckedChildren="Không" />
          </Form.Item>
        ) : (
          <Form.Item
            name="password"
            label="Mật khẩu tạm thời"
            extra="Ít nhất 10 ký tự, có ba trong bốn loại: chữ thường, chữ hoa, số, ký hiệu. Người dùng phải đổi khi đăng nhập lần đầu."
            rules={[{ required: true, message: 'Nhập mật khẩu tạm thời' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
      <ProblemAlert problem={problem} />
    </Modal>
  );
}
