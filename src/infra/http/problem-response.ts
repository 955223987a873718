import { type Request, type Response } from 'express';
import { type MappedProblem } from './problem.mapper';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details';

export function requestIdOf(request: Request): string {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

// Writes the problem as application/problem+json; never a stack trace or SQL.
export function sendProblem(request: Request, response: Response, mapped: MappedProblem): void {
  const body = {
    ...mapped.problem,
    instance: request.originalUrl.split('?')[0],
    requestId: requestIdOf(request),
  } as ProblemDetails;
  if (response.headersSent) {
    response.end();
    return;
  }
  for (const [name, value] of Object.entries(mapped.headers ?? {})) {
    response.setHeader(name, value);
  }
  response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
