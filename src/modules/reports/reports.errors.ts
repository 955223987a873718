import { DomainError } from '../../common';

export const reportScopeNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'report-scope-not-found',
    'Không tìm thấy đơn vị',
    'Đơn vị không tồn tại hoặc nằm ngoài phạm vi được xem báo cáo của người dùng.',
  );

export const lateStepNeedsLateMeasure = (): DomainError =>
  new DomainError(
    'invalid',
    'late-step-needs-late-measure',
    'Tham số không hợp lệ',
    'Chỉ lọc theo cơ quan làm trễ hạn (lateStepAgencyId) được với số hồ sơ giải quyết quá hạn (measure=late).',
    [{ field: 'lateStepAgencyId', message: 'Chỉ dùng cùng measure=late.' }],
  );
