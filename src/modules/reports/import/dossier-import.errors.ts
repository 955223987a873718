import { DomainError } from '../../../common';

export const invalidDossierImportFile = (detail: string): DomainError =>
  new DomainError('invalid', 'dossier-import-file-invalid', 'Tệp nhập hồ sơ không hợp lệ', detail);

export const dossierImportTooLarge = (limitBytes: number): DomainError =>
  new DomainError(
    'too-large',
    'dossier-import-too-large',
    'Tệp nhập hồ sơ quá lớn',
    `Tệp nhập tối đa ${Math.round(limitBytes / (1024 * 1024))} MB; hãy chia thành nhiều tệp.`,
  );

export const unsupportedDossierImportType = (): DomainError =>
  new DomainError(
    'unsupported-media-type',
    'dossier-import-media-type',
    'Kiểu nội dung không được hỗ trợ',
    'Gửi tệp CSV với Content-Type: text/csv, hoặc multipart/form-data trong trường "file".',
  );
