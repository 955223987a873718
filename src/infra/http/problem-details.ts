import { type ErrorKind, type FieldError } from '../../common';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// RFC 9457 problem details, with the request id and field errors as extension members.
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId: string;
  errors?: readonly FieldError[];
  [extension: string]: unknown;
}

export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-media-type': 415, // RFC 9110 §15.5.16: also when found by inspecting the content
  unprocessable: 422, // well-formed, but contradicts the data it refers to
  'rate-limited': 429,
  unavailable: 503,
};

// Stable, dereferenceable-free identifiers: clients switch on `type`, never on `title`.
export function problemType(code: string): string {
  return `urn:mot-cua:problem:${code}`;
}
