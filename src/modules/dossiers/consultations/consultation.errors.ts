import { DomainError, type FieldError } from '../../../common';

export const consultationInvalid = (errors: readonly FieldError[]): DomainError =>
  new DomainError(
    'invalid',
    'consultation-invalid',
    'Thông tin xin ý kiến chưa hợp lệ',
    errors.map((error) => error.message).join('; '),
    errors,
  );

export const consultedAgencyUnknown = (): DomainError =>
  new DomainError(
    'unprocessable',
    'consultation-agency-unknown',
    'Không có cơ quan này',
    'Cơ quan được xin ý kiến không có trong danh mục cơ quan.',
    [{ field: 'consultedAgencyId', message: 'Không có cơ quan này' }],
  );

export const consultedAgencyInactive = (): DomainError =>
  new DomainError(
    'unprocessable',
    'consultation-agency-inactive',
    'Cơ quan đã ngừng hoạt động',
    'Cơ quan được xin ý kiến không còn hoạt động.',
    [{ field: 'consultedAgencyId', message: 'Cơ quan này không còn hoạt động' }],
  );

export const consultedAgencyIsOwn = (): DomainError =>
  new DomainError(
    'unprocessable',
    'consultation-agency-own',
    'Không thể xin ý kiến chính cơ quan mình',
    'Chỉ xin ý kiến cơ quan khác: cơ quan này thuộc đơn vị đang xử lý hồ sơ.',
    [{ field: 'consultedAgencyId', message: 'Chọn một cơ quan khác cơ quan đang xử lý hồ sơ' }],
  );

export const consultationNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'consultation-not-found',
    'Không có yêu cầu xin ý kiến này',
    'Hồ sơ không có yêu cầu xin ý kiến này.',
    [{ field: 'consultationId', message: 'Không có yêu cầu xin ý kiến này trên hồ sơ' }],
  );

export const consultationNotAddressedHere = (): DomainError =>
  new DomainError(
    'forbidden',
    'consultation-not-addressed-here',
    'Yêu cầu xin ý kiến không gửi đến đơn vị này',
    'Chỉ cơ quan được xin ý kiến mới trả lời được yêu cầu này.',
  );

export const consultationAlreadyAnswered = (): DomainError =>
  new DomainError(
    'conflict',
    'consultation-already-answered',
    'Yêu cầu xin ý kiến đã được trả lời',
    'Mỗi yêu cầu xin ý kiến chỉ được trả lời một lần.',
  );

export const consultationChoiceRequired = (): DomainError =>
  new DomainError(
    'invalid',
    'consultation-choice-required',
    'Chưa chọn yêu cầu xin ý kiến',
    'Đơn vị có nhiều yêu cầu xin ý kiến đang chờ trả lời trên hồ sơ này: chọn yêu cầu cần trả lời.',
    [{ field: 'consultationId', message: 'Chọn yêu cầu xin ý kiến cần trả lời' }],
  );
