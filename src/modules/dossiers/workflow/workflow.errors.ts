import { DomainError } from '../../../common';

export const staleVersion = (current: number): DomainError =>
  new DomainError(
    'conflict',
    'dossier-version-stale',
    'Hồ sơ đã được cập nhật',
    `Hồ sơ đã thay đổi (phiên bản hiện tại ${current}). Hãy tải lại hồ sơ rồi thực hiện lại.`,
  );

export const versionRequired = (): DomainError =>
  new DomainError(
    'invalid',
    'dossier-version-required',
    'Thiếu phiên bản hồ sơ',
    'Gửi phiên bản hồ sơ đã xem (trường version hoặc tiêu đề If-Match).',
    [{ field: 'version', message: 'version là bắt buộc' }],
  );

export const reasonRequired = (): DomainError =>
  new DomainError(
    'invalid',
    'dossier-reason-required',
    'Thiếu lý do',
    'Thao tác này phải ghi rõ lý do hoặc nội dung.',
    [{ field: 'note', message: 'note là bắt buộc' }],
  );

export const unknownAction = (action: string): DomainError =>
  new DomainError(
    'not-found',
    'dossier-action-unknown',
    'Không có thao tác này',
    `Không có thao tác "${action}" trên hồ sơ.`,
  );

export const assigneeRequired = (): DomainError =>
  new DomainError(
    'invalid',
    'dossier-assignee-required',
    'Thiếu người xử lý',
    'Phân công phải chỉ rõ người xử lý.',
    [{ field: 'assigneeId', message: 'assigneeId là bắt buộc' }],
  );

export const notHolder = (): DomainError =>
  new DomainError(
    'forbidden',
    'dossier-not-held-here',
    'Hồ sơ không do đơn vị đang xử lý',
    'Hồ sơ đang ở cơ quan khác: đơn vị của người dùng chỉ được thực hiện phần việc của mình trên hồ sơ này.',
  );
