import { TZDate } from '@date-fns/tz';
import { endOfDay } from 'date-fns';
import { VIETNAM_TIME_ZONE } from '../../lib/datetime';
import type { DossierStatus } from '../../lib/labels';

export type DueState = 'overdue' | 'due-today' | 'within-time';

// Statuses in which the legal clock runs or is paused (the API's HANDLING phase): only these
// can be within time or overdue; a resolved or ended dossier has its classification instead.
const OPEN_STATUSES: ReadonlySet<string> = new Set<DossierStatus>([
  'RECEIVED',
  'IN_PROGRESS',
  'AWAITING_APPROVAL',
  'APPROVED',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_FINANCIAL_OBLIGATION',
]);

// The same rules as the queue's due filters: overdue once the due time has passed, due today
// when it falls before midnight in Vietnam.
export function dueStateOf(
  dossier: { status: string; dueAt: string | null; resolvedAt: string | null },
  now: Date,
): DueState | null {
  if (!dossier.dueAt || dossier.resolvedAt || !OPEN_STATUSES.has(dossier.status)) {
    return null;
  }
  const due = new Date(dossier.dueAt).getTime();
  if (due < now.getTime()) {
    return 'overdue';
  }
  const endOfToday = endOfDay(new TZDate(now.getTime(), VIETNAM_TIME_ZONE)).getTime();
  return due <= endOfToday ? 'due-today' : 'within-time';
}

export const DUE_STATE_LABELS = {
  overdue: 'Quá hạn',
  'due-today': 'Đến hạn hôm nay',
  'within-time': 'Trong hạn',
} as const satisfies Record<DueState, string>;

// Solid tags with white text: the light preset ones measure about 3.3:1 (axe).
export const DUE_STATE_COLOURS = {
  overdue: '#b3261e',
  'due-today': '#a35200',
  'within-time': '#2e7d32',
} as const satisfies Record<DueState, string>;
