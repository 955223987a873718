// PostgreSQL and node-postgres failures that mean "the database is not reachable right now":
// connection refused/reset, admin shutdown (57P01-57P03), connection exceptions (class 08).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /connect ECONNREFUSED/i,
  /the database system is (starting up|shutting down)/i,
];

function errorCode(error: unknown): string | undefined {
  const code =
    (error as { code?: unknown }).code ?? (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

// Duck-typed rather than instanceof: socket errors may come from another realm (Node's core).
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const code = errorCode(error);
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

// Constraint violations a caller caused (duplicates, bad references, malformed values).
export function classifyQueryFailure(error: unknown): 'conflict' | 'invalid' | null {
  const code = errorCode(error);
  if (code === '23505' || code === '40001' || code === '23P01') {
    return 'conflict';
  }
  if (code === '23503' || code === '23502' || code === '23514' || code?.startsWith('22')) {
    return 'invalid';
  }
  return null;
}
