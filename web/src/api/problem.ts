// An API error as the user should read it: the server's problem+json (RFC 9457) already carries
// a Vietnamese title and detail; anything else (a proxy's HTML page, a lost connection) gets one
// here, so every failure can be shown the same way.
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  status?: unknown;
  requestId?: unknown;
  errors?: unknown;
}

const PROBLEM_TYPE_PREFIX = 'urn:mot-cua:problem:';

const TITLE_OF_STATUS: Record<number, string> = {
  400: 'Thông tin chưa hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền thực hiện',
  404: 'Không tìm thấy',
  409: 'Dữ liệu đã thay đổi',
  413: 'Tệp quá lớn',
  429: 'Thao tác quá nhanh',
  500: 'Lỗi hệ thống',
  502: 'Máy chủ tạm thời không phản hồi',
  503: 'Dịch vụ tạm thời gián đoạn',
};

export class ApiProblem extends Error {
  readonly status: number;
  // The stable part of the problem type (urn:mot-cua:problem:<code>), for code to switch on.
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly requestId: string | null;
  readonly fieldErrors: readonly FieldProblem[];

  constructor(input: {
    status: number;
    code: string;
    title: string;
    detail: string;
    requestId?: string | null;
    fieldErrors?: readonly FieldProblem[];
  }) {
    super(`${input.title}: ${input.detail}`);
    this.name = 'ApiProblem';
    this.status = input.status;
    this.code = input.code;
    this.title = input.title;
    this.detail = input.detail;
    this.requestId = input.requestId ?? null;
    this.fieldErrors = input.fieldErrors ?? [];
  }

  // Messages about one field; the server names fields by their path in the body (applicant.phone).
  messagesFor(field: string): string[] {
    return this.fieldErrors.filter((error) => error.field === field).map((error) => error.message);
  }

  static fromResponse(response: Response, body: unknown): ApiProblem {
    const problem: ProblemBody = typeof body === 'object' && body !== null ? body : {};
    const type = typeof problem.type === 'string' ? problem.type : '';
    return new ApiProblem({
      status: response.status,
      code: type.startsWith(PROBLEM_TYPE_PREFIX)
        ? type.slice(PROBLEM_TYPE_PREFIX.length)
        : `http-${response.status}`,
      title:
        typeof problem.title === 'string' && problem.title !== ''
          ? problem.title
          : (TITLE_OF_STATUS[response.status] ?? 'Đã có lỗi xảy ra'),
      detail:
        typeof problem.detail === 'string' && problem.detail !== ''
          ? problem.detail
          : 'Vui lòng thử lại sau ít phút.',
      requestId:
        typeof problem.requestId === 'string' ? problem.requestId : response.headers.get('x-request-id'),
      fieldErrors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldProblem) : [],
    });
  }

  static offline(): ApiProblem {
    return new ApiProblem({
      status: 0,
      code: 'network',
      title: 'Không kết nối được máy chủ',
      detail: 'Kiểm tra kết nối mạng rồi thử lại.',
    });
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export function toApiProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : ApiProblem.offline();
}
