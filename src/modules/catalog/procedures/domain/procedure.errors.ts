import { DomainError, type ErrorKind, type FieldError } from '../../../../common';

export type ProcedureErrorCode =
  | 'procedure-not-found'
  | 'procedure-version-not-found'
  | 'procedure-invalid'
  | 'procedure-code-taken'
  | 'procedure-no-draft'
  | 'procedure-state-conflict'
  | 'procedure-import-file-invalid'
  | 'procedure-import-too-large';

export class ProcedureError extends DomainError {
  constructor(
    kind: ErrorKind,
    override readonly code: ProcedureErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const procedureNotFound = (): ProcedureError =>
  new ProcedureError(
    'not-found',
    'procedure-not-found',
    'Không tìm thấy thủ tục',
    'Không có thủ tục hành chính nào với mã này (hoặc thủ tục chưa được công bố).',
  );

export const versionNotFound = (versionNo: number): ProcedureError =>
  new ProcedureError(
    'not-found',
    'procedure-version-not-found',
    'Không tìm thấy phiên bản',
    `Thủ tục không có phiên bản số ${versionNo} (hoặc phiên bản đó chưa được công bố).`,
  );

export const invalidProcedure = (errors: readonly FieldError[]): ProcedureError =>
  new ProcedureError(
    'invalid',
    'procedure-invalid',
    'Dữ liệu thủ tục không hợp lệ',
    errors.map((error) => error.message).join('; '),
    errors,
  );

export const procedureCodeTaken = (code: string): ProcedureError =>
  new ProcedureError(
    'conflict',
    'procedure-code-taken',
    'Mã thủ tục đã tồn tại',
    `Đã có thủ tục với mã ${code}.`,
    [{ field: 'code', message: 'code: đã được dùng cho thủ tục khác' }],
  );

export const noDraftToPublish = (): ProcedureError =>
  new ProcedureError(
    'conflict',
    'procedure-no-draft',
    'Không có bản dự thảo',
    'Thủ tục không có phiên bản dự thảo để công bố: hãy soạn dự thảo (PUT …/draft) trước.',
  );

export const procedureStateConflict = (detail: string): ProcedureError =>
  new ProcedureError('conflict', 'procedure-state-conflict', 'Trạng thái thủ tục không cho phép', detail);

export const invalidImportFile = (detail: string): ProcedureError =>
  new ProcedureError('invalid', 'procedure-import-file-invalid', 'Tệp nhập không hợp lệ', detail);

export const importTooLarge = (limitBytes: number): ProcedureError =>
  new ProcedureError(
    'too-large',
    'procedure-import-too-large',
    'Tệp nhập quá lớn',
    `Tệp nhập tối đa ${Math.round(limitBytes / (1024 * 1024))} MB; hãy chia thành nhiều tệp.`,
  );
