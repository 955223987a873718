import { Alert, Card, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { sessionStore } from '../auth/session-store';
import { ChangePasswordForm, type PasswordChange } from '../components/ChangePasswordForm';

// With this session's refresh token, which the server keeps while it signs every other one out.
const changeOwnPassword = (body: PasswordChange) =>
  unwrap(
    api.POST('/api/v1/me/password', { body: { ...body, refreshToken: sessionStore.get()?.refreshToken } }),
  );

// Once changed, the session no longer carries the administrator's "must change" flag.
function clearMustChange(): void {
  const session = sessionStore.get();
  if (session?.mustChangePassword) {
    sessionStore.set({ ...session, mustChangePassword: false });
  }
}

// A staff member's own password. Sign-in brings here first an account whose password an
// administrator set (created or reset), then goes on to the page that was asked for.
export function ChangePasswordPage() {
  const session = useSession();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const next = typeof from === 'string' && from.startsWith('/can-bo') ? from : null;
  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        Đổi mật khẩu
      </Typography.Title>
      {session?.mustChangePassword ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Mật khẩu tạm thời"
          description="Mật khẩu này do quản trị viên đặt. Hãy đặt mật khẩu mới của riêng mình trước khi làm việc."
        />
      ) : null}
      <ChangePasswordForm change={changeOwnPassword} onChanged={clearMustChange} />
      {next && !session?.mustChangePassword ? (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to={next}>Tiếp tục làm việc →</Link>
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
