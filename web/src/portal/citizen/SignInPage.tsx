import { Button, Form, Input, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldProblems } from '../../components/problem-fields';
import { useSubmission } from '../../lib/use-submission';
import { signInCitizen } from './citizen-session';
import { returnPathOf } from './RequireCitizen';

interface SignInForm {
  login: string;
  password: string;
}

// The citizen signs in with the phone number or e-mail given at sign-up.
export function SignInPage() {
  const [form] = Form.useForm<SignInForm>();
  const { busy, problem, run } = useSubmission();
  const navigate = useNavigate();
  const location = useLocation();

  const submit = async (values: SignInForm) => {
    await run(
      async () => {
        await signInCitizen(values.login.trim(), values.password);
        await navigate(returnPathOf(location.state), { replace: true });
      },
      (failure) => showFieldProblems(form, failure, ['login', 'password']),
    );
  };

  return (
    <div className="citizen-narrow">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        Đăng nhập
      </Typography.Title>
      <div className="panel">
        <Form<SignInForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item
            name="login"
            label="Số điện thoại hoặc e-mail"
            rules={[{ required: true, whitespace: true, message: 'Nhập số điện thoại hoặc e-mail' }]}
          >
            <Input autoComplete="username" spellCheck={false} autoFocus />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <ProblemAlert problem={problem} />
          <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 12 }}>
            Đăng nhập
          </Button>
        </Form>
      </div>
      <Typography.Paragraph>
        Chưa có tài khoản?{' '}
        <Link to="/dang-ky" state={location.state as unknown}>
          Đăng ký tài khoản công dân
        </Link>
      </Typography.Paragraph>
    </div>
  );
}
