import { DomainError } from '../../../common';

export const wrongCredentials = (): DomainError =>
  new DomainError(
    'unauthenticated',
    'invalid-credentials',
    'Đăng nhập không thành công',
    'Tên đăng nhập hoặc mật khẩu không đúng.',
  );

export const accountLocked = (until: Date): DomainError =>
  new DomainError(
    'rate-limited',
    'account-locked',
    'Tài khoản tạm khóa',
    `Tài khoản bị tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${until.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' })}.`,
  );

export const invalidRefreshToken = (): DomainError =>
  new DomainError(
    'unauthenticated',
    'invalid-refresh-token',
    'Phiên đăng nhập không hợp lệ',
    'Mã làm mới không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Vui lòng đăng nhập lại.',
  );

export const weakPassword = (problems: string[], field = 'password'): DomainError =>
  new DomainError(
    'invalid',
    'weak-password',
    'Mật khẩu không đạt yêu cầu',
    problems.join(' '),
    problems.map((message) => ({ field, message })),
  );

export const accountExists = (field: string): DomainError =>
  new DomainError(
    'conflict',
    'account-exists',
    'Tài khoản đã tồn tại',
    `Đã có tài khoản dùng ${field === 'email' ? 'địa chỉ e-mail' : 'số điện thoại'} này.`,
    [{ field, message: `${field} đã được sử dụng` }],
  );

// Changing one's own password: 400 under the field, not 401 (the session itself is valid, and a
// 401 would make the client refresh and retry).
export const wrongCurrentPassword = (): DomainError =>
  new DomainError(
    'invalid',
    'wrong-current-password',
    'Mật khẩu hiện tại không đúng',
    'Mật khẩu hiện tại không đúng.',
    [{ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
  );
