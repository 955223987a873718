// Vietnamese titles for the HTTP statuses this API answers with.
export const TITLE_OF_STATUS: Partial<Record<number, string>> & Record<400 | 500, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền thực hiện',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  406: 'Không đáp ứng được định dạng yêu cầu',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu gửi lên quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Dữ liệu không xử lý được',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Dịch vụ tạm thời không khả dụng',
};

export const CODE_OF_STATUS: Partial<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'service-unavailable',
};

export function titleOfStatus(status: number): string {
  return TITLE_OF_STATUS[status] ?? (status >= 500 ? TITLE_OF_STATUS[500] : TITLE_OF_STATUS[400]);
}

export function codeOfStatus(status: number): string {
  return CODE_OF_STATUS[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
}
