import { DomainError } from '../../common';

export const reportScopeNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'report-scope-not-found',
    'Không tìm thấy đơn vị',
    'Đơn vị không tồn tại hoặc nằm ngoài phạm vi được xem báo cáo của người dùng.',
  );
