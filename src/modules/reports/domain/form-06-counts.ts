// The eleven counted columns of Biểu 06/VPCP/KSTT (Circular 01/2020/TT-VPCP), columns 3 to 13.
// Columns 1 (STT) and 2 (lĩnh vực) are labels, not counts.
export interface Form06Counts {
  readonly receivedTotal: number; // (3) = (4) + (5) + (6)
  readonly receivedOnline: number; // (4) new, received online
  readonly receivedDirectOrPost: number; // (5) new, received at the desk or by post
  readonly carriedOver: number; // (6) from the previous period
  readonly resolvedTotal: number; // (7) = (8) + (9) + (10)
  readonly resolvedEarly: number; // (8)
  readonly resolvedOnTime: number; // (9)
  readonly resolvedLate: number; // (10)
  readonly inProgressTotal: number; // (11) = (12) + (13)
  readonly inProgressWithinTime: number; // (12)
  readonly inProgressOverdue: number; // (13)
}

export type Form06CountKey = keyof Form06Counts;

// The form's column number of each count, in the form's order.
export const FORM_06_COUNT_COLUMNS = {
  receivedTotal: 3,
  receivedOnline: 4,
  receivedDirectOrPost: 5,
  carriedOver: 6,
  resolvedTotal: 7,
  resolvedEarly: 8,
  resolvedOnTime: 9,
  resolvedLate: 10,
  inProgressTotal: 11,
  inProgressWithinTime: 12,
  inProgressOverdue: 13,
} as const satisfies Record<Form06CountKey, number>;

export const FORM_06_COUNT_KEYS = Object.keys(FORM_06_COUNT_COLUMNS) as Form06CountKey[];

export const ZERO_FORM_06_COUNTS: Form06Counts = {
  receivedTotal: 0,
  receivedOnline: 0,
  receivedDirectOrPost: 0,
  carriedOver: 0,
  resolvedTotal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgressTotal: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
};

export function addForm06Counts(left: Form06Counts, right: Form06Counts): Form06Counts {
  const sum: Record<Form06CountKey, number> = { ...ZERO_FORM_06_COUNTS };
  for (const key of FORM_06_COUNT_KEYS) {
    sum[key] = left[key] + right[key];
  }
  return sum;
}

export function sumForm06Counts(counts: Iterable<Form06Counts>): Form06Counts {
  let total = ZERO_FORM_06_COUNTS;
  for (const item of counts) {
    total = addForm06Counts(total, item);
  }
  return total;
}

// The identities between the columns. The last one, (3) = (7) + (11), holds only when every
// received dossier ends the period either resolved or still in progress: true when withdrawn and
// stopped dossiers are counted as resolved (policy RESOLVED_BY_APPOINTMENT) or left out entirely
// (policy EXCLUDED), false for counts that keep them among the received but nowhere else.
export const FORM_06_IDENTITIES = [
  {
    name: '(3) = (4) + (5) + (6)',
    total: 'receivedTotal',
    parts: ['receivedOnline', 'receivedDirectOrPost', 'carriedOver'],
  },
  {
    name: '(7) = (8) + (9) + (10)',
    total: 'resolvedTotal',
    parts: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  },
  {
    name: '(11) = (12) + (13)',
    total: 'inProgressTotal',
    parts: ['inProgressWithinTime', 'inProgressOverdue'],
  },
  { name: '(3) = (7) + (11)', total: 'receivedTotal', parts: ['resolvedTotal', 'inProgressTotal'] },
] as const satisfies readonly { name: string; total: Form06CountKey; parts: readonly Form06CountKey[] }[];

export type Form06IdentityName = (typeof FORM_06_IDENTITIES)[number]['name'];

export function brokenForm06Identities(counts: Form06Counts): Form06IdentityName[] {
  return FORM_06_IDENTITIES.filter(
    (identity) =>
      counts[identity.total] !==
      (identity.parts as readonly Form06CountKey[]).reduce((sum, key) => sum + counts[key], 0),
  ).map((identity) => identity.name);
}

// On-time rate (domain.md, Statistics) = (early + on time) ÷ resolved, a percentage rounded to two
// decimals; null when nothing was resolved. Integer arithmetic up to the final division.
export function onTimeRatePercent(counts: Form06Counts): number | null {
  if (counts.resolvedTotal === 0) {
    return null;
  }
  return Math.round(((counts.resolvedEarly + counts.resolvedOnTime) * 10_000) / counts.resolvedTotal) / 100;
}
