// An audit summary records what changed, never secrets or full personal identifiers.
const SECRET_KEYS = /pass(word)?|secret|token|hash|otp|pin$/i;
const MASKED_KEYS = /^(idNumber|nationalId|citizenId|phone|phoneNumber)$/i;

export function maskIdentifier(value: string): string {
  const visible = value.slice(-3);
  return `${'*'.repeat(Math.max(0, value.length - 3))}${visible}`;
}

export function sanitiseAuditSummary(summary: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (SECRET_KEYS.test(key)) {
      result[key] = '[redacted]';
    } else if (MASKED_KEYS.test(key) && typeof value === 'string') {
      result[key] = maskIdentifier(value);
    } else if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Date)
    ) {
      result[key] = sanitiseAuditSummary(value as Record<string, unknown>);
    } else {
      result[key] = value;
    }
  }
  return result;
}
