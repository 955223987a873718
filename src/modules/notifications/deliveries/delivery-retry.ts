// When a failed delivery is tried again: exponential backoff from the configured base (base, 2×,
// 4×… after the 1st, 2nd, 3rd failure), capped at six hours so a raised attempt count never
// parks a notice for days. No jitter: retries of one outage are spread by their creation times.
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.min(exponent, 30));
}

// After its last attempt a delivery is dead: kept, listed for administrators, retried by hand.
export function isLastAttempt(attempt: number, maxAttempts: number): boolean {
  return attempt >= maxAttempts;
}
