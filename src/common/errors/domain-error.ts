// What kind of failure an error is, independent of HTTP; the edge maps kinds to status codes.
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'unprocessable'
  | 'rate-limited'
  | 'unavailable';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

// Base of every module's coded errors (Twenty's *Exception + code pattern). `code` is stable and
// becomes the problem type; `title` and `detail` are what a Vietnamese user reads.
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}
