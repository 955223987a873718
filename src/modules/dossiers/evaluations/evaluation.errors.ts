import { DomainError } from '../../../common';

export const notYetReturned = (statusLabel: string): DomainError =>
  new DomainError(
    'conflict',
    'evaluation-not-returned',
    'Chưa thể đánh giá hồ sơ',
    `Chỉ đánh giá hồ sơ đã trả kết quả; hồ sơ này đang ở trạng thái "${statusLabel}".`,
  );

export const alreadyEvaluated = (): DomainError =>
  new DomainError(
    'conflict',
    'evaluation-already-recorded',
    'Hồ sơ đã được đánh giá',
    'Mỗi hồ sơ chỉ được đánh giá một lần; đánh giá đã ghi nhận không thể sửa.',
  );

export const evaluationNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'evaluation-not-found',
    'Hồ sơ chưa được đánh giá',
    'Hồ sơ này chưa có đánh giá của người nộp.',
  );
