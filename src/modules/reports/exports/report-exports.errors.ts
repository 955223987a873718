import { DomainError } from '../../../common';

export const tooManyRowsForDownload = (rows: number, limit: number): DomainError =>
  new DomainError(
    'unprocessable',
    'report-export-too-large',
    'Danh sách quá lớn để tải trực tiếp',
    `Danh sách có ${rows.toLocaleString('vi-VN')} hồ sơ, vượt quá ${limit.toLocaleString('vi-VN')} hồ sơ được tải trực tiếp. Vui lòng tạo tệp xuất chạy nền (POST /api/v1/reports/exports) rồi tải tệp khi đã xong.`,
  );

export const reportExportNotFound = (): DomainError =>
  new DomainError(
    'not-found',
    'report-export-not-found',
    'Không tìm thấy yêu cầu xuất báo cáo',
    'Yêu cầu xuất báo cáo không tồn tại, đã hết hạn hoặc không phải của người dùng.',
  );

export const reportExportNotReady = (status: string): DomainError =>
  new DomainError(
    'conflict',
    'report-export-not-ready',
    'Tệp báo cáo chưa sẵn sàng',
    status === 'FAILED'
      ? 'Việc xuất báo cáo đã thất bại, không có tệp để tải. Vui lòng tạo yêu cầu mới.'
      : 'Tệp báo cáo đang được tạo. Vui lòng thử lại khi trạng thái là DONE.',
  );

export const reportExportNotQueued = (): DomainError =>
  new DomainError(
    'unavailable',
    'report-export-not-queued',
    'Chưa thể nhận yêu cầu xuất báo cáo',
    'Hàng đợi xử lý nền tạm thời không nhận việc. Vui lòng thử lại sau ít phút.',
  );
