import { Typography } from 'antd';
import { unwrap } from '../../api/client';
import { ChangePasswordForm, type PasswordChange } from '../../components/ChangePasswordForm';
import { citizenApi, citizenSessionStore } from './citizen-session';

// With this session's refresh token, which the server keeps while it signs every other one out.
const changeOwnPassword = (body: PasswordChange) =>
  unwrap(
    citizenApi.POST('/api/v1/me/password', {
      body: { ...body, refreshToken: citizenSessionStore.get()?.refreshToken },
    }),
  );

// The signed-in citizen's own password, one column on a phone. This session stays signed in; the
// citizen's other sessions (another phone, a shared computer) are signed out.
export function ChangePasswordPage() {
  return (
    <div className="citizen-narrow">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        Đổi mật khẩu
      </Typography.Title>
      <div className="panel">
        <ChangePasswordForm change={changeOwnPassword} />
      </div>
    </div>
  );
}
