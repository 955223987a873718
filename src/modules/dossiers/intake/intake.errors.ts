import { DomainError } from '../../../common';

export const procedureNotInForce = (): DomainError =>
  new DomainError(
    'not-found',
    'procedure-not-in-force',
    'Thủ tục không áp dụng',
    'Không có phiên bản thủ tục nào đang có hiệu lực để tiếp nhận hồ sơ.',
  );

export const procedureSuspended = (): DomainError =>
  new DomainError(
    'conflict',
    'procedure-suspended',
    'Thủ tục đang tạm ngừng',
    'Thủ tục này đang tạm ngừng áp dụng nên không tiếp nhận hồ sơ mới. Hồ sơ đã tiếp nhận vẫn được giải quyết.',
  );

export const channelNotOffered = (channel: string): DomainError =>
  new DomainError(
    'conflict',
    'channel-not-offered',
    'Hình thức nộp không áp dụng',
    `Thủ tục này không tiếp nhận hồ sơ theo hình thức ${channel === 'POST' ? 'qua bưu chính' : 'trực tiếp'}.`,
  );

export const notHandledAtThisLevel = (): DomainError =>
  new DomainError(
    'conflict',
    'procedure-not-at-this-level',
    'Thủ tục không thuộc cấp này',
    'Thủ tục không được giải quyết ở cấp hành chính của bộ phận một cửa này.',
  );

export const deskWithoutIdentifier = (): DomainError =>
  new DomainError(
    'conflict',
    'desk-without-identifier',
    'Bộ phận chưa có mã định danh',
    'Bộ phận một cửa của tài khoản chưa có mã định danh (QCVN 102) để cấp mã hồ sơ.',
  );

export const checklistProblem = (detail: string, field = 'checklist'): DomainError =>
  new DomainError('invalid', 'checklist-invalid', 'Danh mục giấy tờ không hợp lệ', detail, [
    { field, message: detail },
  ]);

export const dossierNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'dossier-not-found',
    'Không tìm thấy hồ sơ',
    'Không tìm thấy hồ sơ trong phạm vi của tài khoản.',
  );
