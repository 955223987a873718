import { DomainError } from '../../common';

export type StorageErrorCode =
  'attachment-too-large' | 'attachment-type-unsupported' | 'attachment-empty' | 'stored-file-not-found';

export class StorageError extends DomainError {
  constructor(
    kind: 'too-large' | 'unsupported-media-type' | 'invalid' | 'not-found',
    override readonly code: StorageErrorCode,
    title: string,
    detail: string,
  ) {
    super(kind, code, title, detail);
  }
}

// Keys come from our own attachment rows, never from a request, so a malformed one is a bug or
// tampered data: deliberately not a DomainError, so the HTTP layer answers 500 and logs it.
export class InvalidStorageKeyError extends Error {
  constructor() {
    super('Invalid storage key: expected 32 lowercase hexadecimal characters');
    this.name = 'InvalidStorageKeyError';
  }
}

const BYTES_PER_MB = 1024 * 1024;

// Vietnamese number style: 2,5 MB; limits under 1 MB (tests, small forms) in bytes.
function formatSize(bytes: number): string {
  return bytes < BYTES_PER_MB
    ? `${bytes.toLocaleString('vi-VN')} byte`
    : `${Number((bytes / BYTES_PER_MB).toFixed(1)).toLocaleString('vi-VN')} MB`;
}

export const fileTooLarge = (maxBytes: number, typeLabel?: string): StorageError =>
  new StorageError(
    'too-large',
    'attachment-too-large',
    'Tệp đính kèm quá lớn',
    typeLabel === undefined
      ? `Tệp đính kèm tối đa ${formatSize(maxBytes)}.`
      : `Tệp ${typeLabel} tối đa ${formatSize(maxBytes)}; hãy quét lại với độ phân giải thấp hơn hoặc chia thành nhiều tệp.`,
  );

export const fileTypeUnsupported = (
  acceptedLabels: readonly string[],
  detectedLabel?: string,
): StorageError =>
  new StorageError(
    'unsupported-media-type',
    'attachment-type-unsupported',
    'Loại tệp không được chấp nhận',
    (detectedLabel === undefined
      ? 'Không nhận ra loại tệp từ nội dung. '
      : `Nội dung tệp có định dạng ${detectedLabel}. `) +
      `Chỉ nhận tệp ${acceptedLabels.join(', ')}; loại tệp được xác định theo nội dung, không theo tên hay phần mở rộng.`,
  );

export const fileEmpty = (): StorageError =>
  new StorageError('invalid', 'attachment-empty', 'Tệp đính kèm rỗng', 'Tệp không có nội dung (0 byte).');

export const storedFileNotFound = (): StorageError =>
  new StorageError(
    'not-found',
    'stored-file-not-found',
    'Không tìm thấy tệp',
    'Tệp đính kèm không còn trong kho lưu trữ.',
  );
