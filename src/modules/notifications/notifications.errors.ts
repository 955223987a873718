import { DomainError } from '../../common';

export function noticeNotFound(): DomainError {
  return new DomainError(
    'not-found',
    'notice-not-found',
    'Không tìm thấy thông báo',
    'Không có thông báo này trong hộp thư của bạn.',
  );
}

export function deadLetterNotFound(): DomainError {
  return new DomainError(
    'not-found',
    'dead-letter-not-found',
    'Không tìm thấy thông báo gửi lỗi',
    'Không có thông báo nào với mã này.',
  );
}

export function deliveryNotDead(status: string): DomainError {
  return new DomainError(
    'conflict',
    'delivery-not-dead',
    'Thông báo không ở trạng thái gửi lỗi',
    `Chỉ gửi lại được thông báo đã gửi lỗi hết số lần thử (trạng thái hiện tại: ${status}).`,
  );
}
