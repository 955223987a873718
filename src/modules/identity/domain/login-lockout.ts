// Temporary lockout after repeated failed sign-ins, counted per account (in the database, so it
// holds across app instances), on top of the per-IP rate limit.
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginAttemptState {
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
}

export function isLockedOut(state: LoginAttemptState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function recordFailedLogin(state: LoginAttemptState, now: Date): LoginAttemptState {
  const failedLogins = state.failedLogins + 1;
  if (failedLogins >= MAX_FAILED_LOGINS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLogins, lockedUntil: state.lockedUntil };
}

export const SUCCESSFUL_LOGIN: LoginAttemptState = { failedLogins: 0, lockedUntil: null };
