import { Button, Card, Form, Input, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiProblem } from '../api/problem';
import { signIn, signOut } from '../auth/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { showFieldProblems } from '../components/problem-fields';
import { useSubmission } from '../lib/use-submission';

interface SignInForm {
  login: string;
  password: string;
}

const NOT_STAFF = new ApiProblem({
  status: 403,
  code: 'not-staff',
  title: 'Đây là tài khoản công dân',
  detail: 'Trang này dành cho cán bộ. Công dân tra cứu hồ sơ tại trang Tra cứu hồ sơ.',
});

// Staff sign-in: a username and password (citizens sign in on the portal, a later screen).
export function SignInPage() {
  const [form] = Form.useForm<SignInForm>();
  const { busy, problem, setProblem, run } = useSubmission();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from ?? '/can-bo/ho-so';

  const submit = async (values: SignInForm) => {
    await run(
      async () => {
        const session = await signIn(values.login.trim(), values.password);
        if (session.principal.kind !== 'staff') {
          await signOut();
          setProblem(NOT_STAFF);
          return;
        }
        // A password an administrator set is changed first; then on to the page asked for.
        if (session.mustChangePassword) {
          await navigate('/can-bo/doi-mat-khau', { replace: true, state: { from: returnTo } });
          return;
        }
        await navigate(returnTo, { replace: true });
      },
      (failure) => showFieldProblems(form, failure, ['login', 'password']),
    );
  };

  return (
    <main className="page" style={{ maxWidth: 420, paddingTop: 48 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          Đăng nhập cán bộ
        </Typography.Title>
        <Form<SignInForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item
            name="login"
            label="Tên đăng nhập"
            rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập' }]}
          >
            <Input autoComplete="username" autoFocus spellCheck={false} />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <ProblemAlert problem={problem} />
          <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 12 }}>
            Đăng nhập
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/">← Về cổng dịch vụ công</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
