import { DomainError, type ErrorKind, type FieldError } from '../../../../common';

export type AgencyErrorCode =
  | 'agency-not-found'
  | 'agency-invalid'
  | 'agency-key-taken'
  | 'agency-code-taken'
  | 'agency-already-closed'
  | 'agency-has-open-children';

export class AgencyError extends DomainError {
  constructor(
    kind: ErrorKind,
    override readonly code: AgencyErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const agencyNotFound = (): AgencyError =>
  new AgencyError(
    'not-found',
    'agency-not-found',
    'Không tìm thấy cơ quan',
    'Không có cơ quan nào với mã này.',
  );

export const invalidAgencyId = (): AgencyError =>
  new AgencyError(
    'invalid',
    'agency-invalid',
    'Mã cơ quan không hợp lệ',
    'Mã cơ quan trong đường dẫn phải là UUID.',
  );

export const invalidAgency = (errors: readonly FieldError[]): AgencyError =>
  new AgencyError(
    'invalid',
    'agency-invalid',
    'Dữ liệu cơ quan không hợp lệ',
    errors.map((error) => error.message).join('; '),
    errors,
  );

export const agencyKeyTaken = (key: string): AgencyError =>
  new AgencyError(
    'conflict',
    'agency-key-taken',
    'Khóa cơ quan đã tồn tại',
    `Đã có cơ quan với khóa ${key}.`,
    [{ field: 'key', message: 'key: đã được dùng cho cơ quan khác' }],
  );

export const agencyCodeTaken = (qcvnCode: string): AgencyError =>
  new AgencyError(
    'conflict',
    'agency-code-taken',
    'Mã định danh đã tồn tại',
    `Mã định danh ${qcvnCode} đã được cấp cho cơ quan khác.`,
    [{ field: 'qcvnCode', message: 'qcvnCode: đã được cấp cho cơ quan khác' }],
  );

export const agencyAlreadyClosed = (validTo: string): AgencyError =>
  new AgencyError(
    'conflict',
    'agency-already-closed',
    'Cơ quan đã ngừng hoạt động',
    `Cơ quan đã có ngày ngừng hoạt động ${validTo}; lịch sử không được ghi đè.`,
  );

export const agencyHasOpenChildren = (count: number, validTo: string): AgencyError =>
  new AgencyError(
    'conflict',
    'agency-has-open-children',
    'Cơ quan còn đơn vị trực thuộc đang hoạt động',
    `Còn ${count} cơ quan trực thuộc hoạt động sau ngày ${validTo}: hãy cho các cơ quan đó ngừng hoạt động (kèm cơ quan kế thừa) trước.`,
  );
