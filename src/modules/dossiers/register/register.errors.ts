import { DomainError } from '../../../common';

// Outside the reader's scope, an unknown desk and a malformed file name read alike.
export const registerNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'register-not-found',
    'Không tìm thấy sổ theo dõi hồ sơ',
    'Không có sổ theo dõi hồ sơ này trong phạm vi của tài khoản. Đường dẫn có dạng /registers/{mã bộ phận một cửa}/{năm}.pdf hoặc .json.',
  );

export const invalidRegisterRange = (detail: string, field: string): DomainError =>
  new DomainError('invalid', 'register-range-invalid', 'Khoảng thời gian không hợp lệ', detail, [
    { field, message: detail },
  ]);

export const registerRangeTooLarge = (lines: number, max: number): DomainError =>
  new DomainError(
    'invalid',
    'register-range-too-large',
    'Khoảng thời gian quá dài',
    `Khoảng thời gian đã chọn có ${lines} dòng sổ; mỗi lần in tối đa ${max} dòng. Hãy chọn khoảng ngắn hơn (from, to).`,
    [{ field: 'from', message: `tối đa ${max} dòng mỗi lần in` }],
  );
