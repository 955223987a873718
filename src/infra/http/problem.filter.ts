import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Express, type Request, type Response } from 'express';
import { findAllowedMethods } from './allowed-methods';
import { mapErrorToProblem, type MappedProblem } from './problem.mapper';
import { problemType } from './problem-details';
import { sendProblem } from './problem-response';
import { titleOfStatus } from './problem-titles';

// The one place where any error becomes an HTTP answer.
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw error;
    }
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const mapped = this.methodNotAllowed(error, request) ?? mapErrorToProblem(error);
    if (mapped.isUnexpected) {
      this.logger.error(
        { err: error },
        `Unexpected error on ${request.method} ${request.originalUrl.split('?')[0]}`,
      );
    }
    sendProblem(request, response, mapped);
  }

  // An unmatched route whose path exists under other methods is a 405, not a 404.
  private methodNotAllowed(error: unknown, request: Request): MappedProblem | null {
    // Nest answers unmatched requests from a catch-all route registered for every method.
    const route = request.route as { methods?: Record<string, boolean> } | undefined;
    const isUnmatchedRoute =
      error instanceof HttpException && error.getStatus() === 404 && (!route || route.methods?._all === true);
    if (!isUnmatchedRoute) {
      return null;
    }
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    // Inside Nest's prefix router request.path is relative to /api/v1: use the full path.
    const allowed = findAllowedMethods(app, request.originalUrl.split('?')[0] ?? '/');
    if (allowed.length === 0 || allowed.includes(request.method)) {
      return null;
    }
    return {
      problem: {
        type: problemType('method-not-allowed'),
        title: titleOfStatus(405),
        status: 405,
        detail: `Phương thức ${request.method} không được hỗ trợ cho địa chỉ này. Được phép: ${allowed.join(', ')}.`,
      },
      isUnexpected: false,
      headers: { Allow: allowed.join(', ') },
    };
  }
}
