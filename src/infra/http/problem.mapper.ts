import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../../common';
import { classifyQueryFailure, isDatabaseUnavailable } from './database-errors';
import { problemType, type ProblemDetails, STATUS_OF_KIND } from './problem-details';
import { codeOfStatus, titleOfStatus } from './problem-titles';

export interface MappedProblem {
  problem: Omit<ProblemDetails, 'requestId' | 'instance'>;
  // Unexpected failures are logged with their stack; expected ones are not noise in the logs.
  isUnexpected: boolean;
  headers?: Record<string, string>;
}

// A ProblemException carries a finished problem (validation errors, 405, health) through Nest.
export class ProblemException extends HttpException {
  constructor(
    readonly problem: Omit<ProblemDetails, 'requestId' | 'instance'>,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem, problem.status as number);
  }
}

function simple(status: number, detail: string, code = codeOfStatus(status)): MappedProblem['problem'] {
  return { type: problemType(code), title: titleOfStatus(status), status, detail };
}

// Framework exceptions carry English messages; these statuses get a Vietnamese detail instead.
const DETAIL_OF_STATUS: Partial<Record<number, string>> = {
  404: 'Không tìm thấy tài nguyên được yêu cầu.',
  429: 'Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.',
};

function fromHttpException(error: HttpException): MappedProblem {
  const status = error.getStatus();
  const response = error.getResponse();
  const message =
    typeof response === 'object' && response !== null
      ? (response as { message?: unknown }).message
      : response;
  const detail = DETAIL_OF_STATUS[status] ?? (typeof message === 'string' ? message : titleOfStatus(status));
  return { problem: simple(status, detail), isUnexpected: status >= 500 };
}

// Body-parser and other Express-level errors expose `status`/`type` rather than an HttpException.
function fromExpressError(error: { status: number; type?: string }): MappedProblem {
  if (error.type === 'entity.too.large') {
    return { problem: simple(413, 'Nội dung yêu cầu vượt quá dung lượng cho phép.'), isUnexpected: false };
  }
  if (error.type === 'entity.parse.failed') {
    return {
      problem: simple(400, 'Nội dung JSON không đúng cú pháp.', 'malformed-json'),
      isUnexpected: false,
    };
  }
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return { problem: simple(415, 'Bảng mã của nội dung không được hỗ trợ.'), isUnexpected: false };
  }
  return { problem: simple(error.status, titleOfStatus(error.status)), isUnexpected: error.status >= 500 };
}

export function mapErrorToProblem(error: unknown): MappedProblem {
  if (error instanceof ProblemException) {
    return { problem: error.problem, isUnexpected: false, headers: error.headers };
  }
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    const problem = { type: problemType(error.code), title: error.title, status, detail: error.detail };
    return {
      problem: error.errors.length > 0 ? { ...problem, errors: error.errors } : problem,
      isUnexpected: false,
    };
  }
  if (error instanceof HttpException) {
    return fromHttpException(error);
  }
  if (isDatabaseUnavailable(error)) {
    return {
      problem: simple(
        503,
        'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.',
        'database-unavailable',
      ),
      isUnexpected: false,
      headers: { 'Retry-After': '5' },
    };
  }
  if (error instanceof QueryFailedError) {
    const kind = classifyQueryFailure(error);
    if (kind === 'conflict') {
      return {
        problem: simple(409, 'Dữ liệu trùng hoặc đã bị thay đổi bởi một thao tác khác.'),
        isUnexpected: false,
      };
    }
    if (kind === 'invalid') {
      return { problem: simple(400, 'Dữ liệu không hợp lệ.'), isUnexpected: false };
    }
  }
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 600) {
    return fromExpressError(error as { status: number; type?: string });
  }
  return {
    problem: simple(
      500,
      'Đã có lỗi không mong muốn. Vui lòng thử lại hoặc báo cho quản trị viên kèm mã yêu cầu.',
    ),
    isUnexpected: true,
  };
}
