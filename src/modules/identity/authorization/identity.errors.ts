import { DomainError } from '../../../common';

export const notAuthenticated = (): DomainError =>
  new DomainError(
    'unauthenticated',
    'unauthenticated',
    'Chưa xác thực',
    'Vui lòng đăng nhập: thiếu mã truy cập, hoặc mã đã hết hạn hay không hợp lệ.',
  );

export const notAllowed = (
  detail = 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
): DomainError => new DomainError('forbidden', 'forbidden', 'Không có quyền thực hiện', detail);

export const outsideScope = (): DomainError =>
  new DomainError(
    'forbidden',
    'outside-agency-scope',
    'Ngoài phạm vi cơ quan',
    'Hồ sơ hoặc dữ liệu này thuộc cơ quan khác, nằm ngoài phạm vi của tài khoản.',
  );
