import { Typography } from 'antd';
import { unwrap } from '../../api/client';
import { ChangePasswordForm, type PasswordChange } from '../../components/ChangePasswordForm';
import { citizenApi } from './citizen-session';

const changeOwnPassword = (body: PasswordChange) => unwrap(citizenApi.POST('/api/v1/me/password', { body }));

// The signed-in citizen's own password, one column on a phone. The session stays signed in.
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
