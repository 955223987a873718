import type { DossierStatus } from '../../lib/labels';

// The status tag's colour, as a citizen reads it: blue while it moves, orange when they must
// act, green when the result is out, grey when it ended without one.
export const STATUS_COLOURS = {
  SUBMITTED: 'blue',
  SUPPLEMENT_REQUESTED_AT_RECEPTION: 'orange',
  NOT_RECEIVED: 'default',
  RECEIVED: 'blue',
  IN_PROGRESS: 'blue',
  AWAITING_APPROVAL: 'blue',
  APPROVED: 'blue',
  SUPPLEMENT_REQUESTED: 'orange',
  AWAITING_FINANCIAL_OBLIGATION: 'orange',
  WITHDRAWN: 'default',
  STOPPED: 'default',
  RESOLVED: 'green',
  RETURNED: 'green',
} as const satisfies Record<DossierStatus, string>;

export function statusColourOf(status: string): string {
  return STATUS_COLOURS[status as DossierStatus] ?? 'default';
}
