import { Button, Form, Input, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldProblems } from '../../components/problem-fields';
import { useSubmission } from '../../lib/use-submission';
import { signUpCitizen } from './citizen-session';
import { returnPathOf } from './RequireCitizen';

interface SignUpForm {
  fullName: string;
  phone?: string;
  email?: string;
  idNumber?: string;
  password: string;
  confirmPassword: string;
}

const SERVER_FIELDS = ['fullName', 'phone', 'email', 'idNumber', 'password'] as const;

// Self-registration with a phone number or an e-mail (at least one); the national ID number is
// optional. The server checks the password policy and answers with a session.
export function SignUpPage() {
  const [form] = Form.useForm<SignUpForm>();
  const { busy, problem, run } = useSubmission();
  const navigate = useNavigate();
  const location = useLocation();

  const submit = async ({ confirmPassword: _confirm, ...values }: SignUpForm) => {
    await run(
      async () => {
        await signUpCitizen({
          fullName: values.fullName.trim(),
          password: values.password,
          ...optional('phone', values.phone),
          ...optional('email', values.email),
          ...optional('idNumber', values.idNumber),
        });
        await navigate(returnPathOf(location.state), { replace: true });
      },
      (failure) => showFieldProblems(form, failure, SERVER_FIELDS),
    );
  };

  return (
    <div className="citizen-narrow">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        Đăng ký tài khoản công dân
      </Typography.Title>
      <div className="panel">
        <Form<SignUpForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark="optional"
        >
          <Form.Item
            name="fullName"
            label="Họ và tên"
            rules={[{ required: true, whitespace: true, min: 2, message: 'Nhập họ và tên' }]}
          >
            <Input autoComplete="name" maxLength={120} autoFocus />
          </Form.Item>
          <Form.Item
            name="phone"
            label="Số điện thoại"
            extra="Dùng để đăng nhập và tra cứu hồ sơ. Cần số điện thoại hoặc e-mail."
            rules={[{ validator: (_rule, value: string | undefined) => requireContact(value, form) }]}
          >
            <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
          </Form.Item>
          <Form.Item
            name="email"
            label="E-mail"
            rules={[{ type: 'email', message: 'E-mail chưa đúng dạng' }]}
          >
            <Input type="email" autoComplete="email" maxLength={254} spellCheck={false} />
          </Form.Item>
          <Form.Item name="idNumber" label="Số định danh cá nhân (CCCD)" extra="Không bắt buộc.">
            <Input inputMode="numeric" autoComplete="off" maxLength={20} />
          </Form.Item>
          <Form.Item
            name="password"
            label="Mật khẩu"
            extra="Ít nhất 10 ký tự, gồm ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký hiệu."
            rules={[{ required: true, min: 10, message: 'Mật khẩu cần ít nhất 10 ký tự' }]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="Nhập lại mật khẩu"
            dependencies={['password']}
            rules={[
              { required: true, message: 'Nhập lại mật khẩu' },
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Hai mật khẩu chưa khớp nhau')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
          <ProblemAlert problem={problem} />
          <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 12 }}>
            Đăng ký
          </Button>
        </Form>
      </div>
      <Typography.Paragraph>
        Đã có tài khoản?{' '}
        <Link to="/dang-nhap" state={location.state as unknown}>
          Đăng nhập
        </Link>
      </Typography.Paragraph>
    </div>
  );
}

function optional<Key extends string>(key: Key, value: string | undefined): Partial<Record<Key, string>> {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed } as Record<Key, string>) : {};
}

function requireContact(phone: string | undefined, form: ReturnType<typeof Form.useForm<SignUpForm>>[0]) {
  const email = form.getFieldValue('email') as string | undefined;
  return phone?.trim() || email?.trim()
    ? Promise.resolve()
    : Promise.reject(new Error('Nhập số điện thoại hoặc e-mail'));
}
