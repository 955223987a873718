import type { components } from '../../api/schema';
import { DUE_STATE_COLOURS } from '../../staff/queue/due-state';

export type Consultation = components['schemas']['ConsultationDto'];
export type ConsultationState = Consultation['state'];

// The queue's due colours for open consultations (solid tags with white text, 4.5:1 or more);
// answered ones in colours of their own so they do not read as still waiting.
export const CONSULTATION_STATE_COLOURS = {
  WITHIN_TIME: DUE_STATE_COLOURS['within-time'],
  DUE_SOON: DUE_STATE_COLOURS['due-today'],
  OVERDUE: DUE_STATE_COLOURS.overdue,
  ANSWERED_ON_TIME: '#1d4f91',
  ANSWERED_LATE: '#7a1f5c',
  CLOSED_UNANSWERED: '#595959',
} as const satisfies Record<ConsultationState, string>;
