import { DomainError, type FieldError } from '../../../../common';

export type FormErrorCode =
  'form-set-not-found' | 'form-not-found' | 'form-kind-mismatch' | 'form-set-invalid' | 'form-input-invalid';

// Coded forms errors; the global filter maps the kind to the HTTP status.
export class FormError extends DomainError {
  constructor(
    kind: DomainError['kind'],
    override readonly code: FormErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const formSetNotFound = (isoDate: string): FormError =>
  new FormError(
    'not-found',
    'form-set-not-found',
    'Không có bộ biểu mẫu',
    `Không có bộ biểu mẫu áp dụng cho hồ sơ tiếp nhận ngày ${isoDate}.`,
  );

export const formNotFound = (formSetId: string, form: string): FormError =>
  new FormError(
    'not-found',
    'form-not-found',
    'Không có biểu mẫu',
    `Bộ biểu mẫu ${formSetId} không có mẫu "${form}".`,
  );

export const formKindMismatch = (formNumber: string, expected: string, given: string): FormError =>
  new FormError(
    'invalid',
    'form-kind-mismatch',
    'Dữ liệu không khớp biểu mẫu',
    `Mẫu số ${formNumber} là "${expected}", dữ liệu truyền vào là "${given}".`,
  );

export const invalidFormSet = (formSetId: string, problems: readonly string[]): FormError =>
  new FormError(
    'invalid',
    'form-set-invalid',
    'Bộ biểu mẫu không hợp lệ',
    `Bộ biểu mẫu ${formSetId}: ${problems.join('; ')}`,
    problems.map((message) => ({ field: formSetId, message })),
  );

export const invalidFormInput = (field: string, message: string): FormError =>
  new FormError('invalid', 'form-input-invalid', 'Dữ liệu biểu mẫu không hợp lệ', `${field}: ${message}`, [
    { field, message },
  ]);
