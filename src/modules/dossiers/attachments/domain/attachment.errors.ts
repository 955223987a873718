import { DomainError, type FieldError } from '../../../../common';

export type AttachmentErrorCode =
  | 'attachment-upload-invalid' // not multipart, no file, two files, unreadable form
  | 'attachment-fields-invalid' // purpose / documentIndex malformed or not matching each other
  | 'attachment-purpose-forbidden' // the uploader may never attach this kind of file
  | 'attachment-not-accepted-now' // the dossier's status does not take this kind of file
  | 'attachment-document-unknown' // documentIndex outside the procedure's list or the dossier's
  | 'attachment-not-found';

export class AttachmentError extends DomainError {
  constructor(
    kind: 'invalid' | 'forbidden' | 'conflict' | 'unprocessable' | 'not-found',
    override readonly code: AttachmentErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const uploadInvalid = (detail: string): AttachmentError =>
  new AttachmentError('invalid', 'attachment-upload-invalid', 'Yêu cầu tải tệp không hợp lệ', detail);

export const fieldsInvalid = (errors: readonly FieldError[]): AttachmentError =>
  new AttachmentError(
    'invalid',
    'attachment-fields-invalid',
    'Thông tin tệp đính kèm không hợp lệ',
    errors.map((error) => error.message).join(' '),
    errors,
  );

export const purposeForbidden = (purpose: string): AttachmentError =>
  new AttachmentError(
    'forbidden',
    'attachment-purpose-forbidden',
    'Không được đính kèm loại tệp này',
    `Công dân chỉ gửi giấy tờ bổ sung hoặc bản quét thành phần hồ sơ, không gửi tệp loại ${purpose}.`,
  );

export const notAcceptedNow = (statusLabel: string, purpose?: string): AttachmentError =>
  new AttachmentError(
    'conflict',
    'attachment-not-accepted-now',
    'Hồ sơ không nhận tệp đính kèm lúc này',
    purpose === undefined
      ? `Hồ sơ đang ở trạng thái "${statusLabel}": không nhận thêm tệp đính kèm.`
      : `Hồ sơ đang ở trạng thái "${statusLabel}": không nhận tệp loại ${purpose}.`,
  );

export const documentUnknown = (documentIndex: number, detail: string): AttachmentError =>
  new AttachmentError('unprocessable', 'attachment-document-unknown', 'Không có giấy tờ này', detail, [
    { field: 'documentIndex', message: `Giấy tờ số ${documentIndex}: ${detail}` },
  ]);

export const attachmentNotFound = (): AttachmentError =>
  new AttachmentError(
    'not-found',
    'attachment-not-found',
    'Không tìm thấy tệp đính kèm',
    'Hồ sơ không có tệp đính kèm này.',
  );
