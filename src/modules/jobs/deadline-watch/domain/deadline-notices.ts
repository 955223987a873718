import { type Role } from '../../../identity/domain/roles';
import { type PlannedDelivery } from '../../../notifications/deliveries/delivery-channels';
import { type WorkingCalendar } from '../../../calendar/domain/engine';
import { findApologyDeadline } from '../../../dossiers/domain/apology';
import { DOSSIER_WORKFLOW } from '../../../dossiers/domain/dossier-workflow';
import { type DossierStatus } from '../../../dossiers/domain/dossier-status';

// A deadline threshold a dossier or one of its route steps has crossed (deadline_notices.threshold).
export type DeadlineThreshold = 'DUE_SOON' | 'OVERDUE' | 'APOLOGY_MISSING' | `ESCALATION_${number}`;

const ESCALATION_PREFIX = 'ESCALATION_';

// Who is told (identity roles): the handler, the heads of the unit holding the dossier (or the
// step) and the desk's clerks, who answer the citizen; an escalation goes to the leaders of the
// agency one level further up the tree per threshold.
export const HOLDER_HEAD_ROLES: readonly Role[] = ['UNIT_HEAD', 'AGENCY_LEADER'];
export const DESK_ROLES: readonly Role[] = ['CLERK'];
export const ESCALATION_ROLES: readonly Role[] = ['AGENCY_LEADER'];

// A consultation (Decree 61/2018 art. 19) is told to those who may answer it, in the consulted
// agency's organisation, while its dossier is in a status it may still be answered from; the
// asking agency's staff follow it on the dossier.
export const CONSULTED_ROLES: readonly Role[] = DOSSIER_WORKFLOW.ANSWER_CONSULTATION.roles;
export const CONSULTATION_OPEN_STATUSES: readonly DossierStatus[] = DOSSIER_WORKFLOW.ANSWER_CONSULTATION.from;

// What a notice is about, read from deadline_notices.step_key: '' for the dossier's own deadline,
// a route step's id, or 'c:' and a consultation's id.
export type NoticeSubject = 'DOSSIER' | 'STEP' | 'CONSULTATION';

const CONSULTATION_KEY_PREFIX = 'c:';

export function consultationNoticeKey(consultationId: string): string {
  return `${CONSULTATION_KEY_PREFIX}${consultationId}`;
}

export function noticeSubjectOf(stepKey: string): NoticeSubject {
  if (stepKey === '') {
    return 'DOSSIER';
  }
  return stepKey.startsWith(CONSULTATION_KEY_PREFIX) ? 'CONSULTATION' : 'STEP';
}

export function escalationThreshold(level: number): DeadlineThreshold {
  return `${ESCALATION_PREFIX}${level}`;
}

export function templateOfThreshold(threshold: string): string {
  if (threshold.startsWith(ESCALATION_PREFIX)) {
    return 'staff.escalation';
  }
  switch (threshold) {
    case 'DUE_SOON':
      return 'staff.due-soon';
    case 'OVERDUE':
      return 'staff.overdue';
    case 'APOLOGY_MISSING':
      return 'staff.apology-missing';
    default:
      throw new RangeError(`Unknown deadline threshold ${threshold}`);
  }
}

// A consultation has no escalation (its delay is the consulted agency's, and the dossier's own
// deadline escalates on its own) and no apology: only due soon and overdue.
export function templateOfConsultationThreshold(threshold: string): string {
  switch (threshold) {
    case 'DUE_SOON':
      return 'staff.consultation-due-soon';
    case 'OVERDUE':
      return 'staff.consultation-overdue';
    default:
      throw new RangeError(`No consultation notice for threshold ${threshold}`);
  }
}

// A new notice and one staff member to tell, as the watch's recipient query returns them.
export interface NoticeRecipient {
  readonly noticeId: string;
  readonly dossierId: string;
  readonly stepKey: string; // see noticeSubjectOf
  readonly threshold: string;
  readonly dueAtMs: number;
  readonly runStartedAtMs: number; // the receipt, or the last complete re-submission
  readonly dossierCode: string | null;
  readonly procedureName: string | null;
  readonly agencyName: string; // the agency holding the dossier (the step; the consulted one)
  readonly stepTask: string | null;
  readonly askingAgencyName: string | null; // a consultation's asking agency
  readonly userId: string;
}

// One in-app delivery per notice and recipient, deduplicated by notice, channel and user. An
// apology that could never have been sent (no working day between the start of the clock's run
// and the due day: a same-day procedure) is noted but told to no one: there was nothing to do.
export function planNoticeDeliveries(
  cal: WorkingCalendar,
  recipients: readonly NoticeRecipient[],
): PlannedDelivery[] {
  return recipients
    .filter(
      (recipient) =>
        recipient.threshold !== 'APOLOGY_MISSING' ||
        wasApologyPossible(cal, recipient.runStartedAtMs, recipient.dueAtMs),
    )
    .map((recipient) => {
      const isConsultation = noticeSubjectOf(recipient.stepKey) === 'CONSULTATION';
      return {
        dedupeKey: `notice:${recipient.noticeId}:IN_APP:${recipient.userId}`,
        channel: 'IN_APP',
        template: isConsultation
          ? templateOfConsultationThreshold(recipient.threshold)
          : templateOfThreshold(recipient.threshold),
        dossierId: recipient.dossierId,
        recipientKind: 'staff',
        recipientId: recipient.userId,
        params: {
          dossierCode: recipient.dossierCode,
          ...(recipient.procedureName !== null && { procedureName: recipient.procedureName }),
          dueAt: new Date(recipient.dueAtMs).toISOString(),
          agencyName: recipient.agencyName,
          threshold: recipient.threshold,
          ...(recipient.stepTask !== null && { stepTask: recipient.stepTask }),
          ...(isConsultation && { askingAgencyName: recipient.askingAgencyName }),
        },
      };
    });
}

// Decree 61/2018 art. 19.9 as dossiers/domain/apology.ts applies it: the apology deadline falls
// before the run started exactly when no working day lay between the start and the due day.
export function wasApologyPossible(cal: WorkingCalendar, runStartedAtMs: number, dueAtMs: number): boolean {
  return findApologyDeadline(cal, { runStartedAtMs, dueAtMs }) >= runStartedAtMs;
}
