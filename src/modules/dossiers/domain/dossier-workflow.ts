import { type Role } from '../../identity/domain/roles';
import { type ClockEffect, describeAction, DOSSIER_ACTIONS, type DossierAction } from './dossier-actions';
import { DossierError } from './dossier.errors';
import { describeStatus, type DossierResolution, type DossierStatus } from './dossier-status';

// Self-transitions that may be taken from several statuses keep whichever status the dossier has.
export const UNCHANGED = 'UNCHANGED';

interface ActionRule {
  readonly from: readonly DossierStatus[];
  readonly to: DossierStatus | typeof UNCHANGED;
  readonly roles: readonly Role[];
  readonly citizen?: true; // the applicant, on their own dossier only (checked by the service)
  readonly clock: ClockEffect;
  readonly resolution?: DossierResolution;
}

const DESK = ['CLERK'] as const satisfies readonly Role[];
const HANDLERS = ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'] as const satisfies readonly Role[];
const LEADERS = ['UNIT_HEAD', 'AGENCY_LEADER'] as const satisfies readonly Role[];
// Received and neither resolved nor ended: where handling actions, withdrawal and stop apply.
const BEING_HANDLED = [
  'RECEIVED',
  'IN_PROGRESS',
  'AWAITING_APPROVAL',
  'APPROVED',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_FINANCIAL_OBLIGATION',
] as const satisfies readonly DossierStatus[];

// The state machine (OpenCRVS availableActions style): the compiler demands a rule per action.
// No action is open to ADMIN or LEADER_VIEWER: administering the system or reading statistics
// gives no say over a citizen's dossier.
export const DOSSIER_WORKFLOW = {
  // Decree 61/2018 art. 17: after the completeness check, exactly one of receive, supplement, refuse.
  // One RECEIVE for every channel: the channel only changes when the clock starts (startClock).
  RECEIVE: {
    from: ['SUBMITTED', 'SUPPLEMENT_REQUESTED_AT_RECEPTION'],
    to: 'RECEIVED',
    roles: DESK,
    clock: 'START',
  },
  REQUEST_SUPPLEMENT_AT_RECEPTION: {
    from: ['SUBMITTED'],
    to: 'SUPPLEMENT_REQUESTED_AT_RECEPTION',
    roles: DESK,
    clock: 'NONE',
  },
  REFUSE_AT_RECEPTION: {
    from: ['SUBMITTED', 'SUPPLEMENT_REQUESTED_AT_RECEPTION'],
    to: 'NOT_RECEIVED',
    roles: DESK,
    clock: 'NONE',
  },
  // An online applicant sends the missing documents; the desk checks again. At the desk the clerk
  // receives the completed dossier directly (RECEIVE from SUPPLEMENT_REQUESTED_AT_RECEPTION).
  RESUBMIT: {
    from: ['SUPPLEMENT_REQUESTED_AT_RECEPTION'],
    to: 'SUBMITTED',
    roles: [],
    citizen: true,
    clock: 'NONE',
  },
  // Art. 18: to the competent agency (the 15:00 rule is checked by handling-deadlines.ts).
  TRANSFER: {
    from: ['RECEIVED'],
    to: 'IN_PROGRESS',
    roles: DESK,
    clock: 'NONE',
  },
  ASSIGN: {
    from: ['IN_PROGRESS'],
    to: 'IN_PROGRESS',
    roles: LEADERS,
    clock: 'NONE',
  },
  REASSIGN: {
    from: ['IN_PROGRESS'],
    to: 'IN_PROGRESS',
    roles: LEADERS,
    clock: 'NONE',
  },
  // Art. 19: consultations are recorded with their own deadlines; the dossier stays with its handler.
  CONSULT: {
    from: ['IN_PROGRESS'],
    to: 'IN_PROGRESS',
    roles: HANDLERS,
    clock: 'NONE',
  },
  ANSWER_CONSULTATION: {
    from: [
      'IN_PROGRESS',
      'AWAITING_APPROVAL',
      'APPROVED',
      'SUPPLEMENT_REQUESTED',
      'AWAITING_FINANCIAL_OBLIGATION',
    ],
    to: UNCHANGED,
    roles: HANDLERS,
    clock: 'NONE',
  },
  // A deputy may pass a draft up to the head, hence from AWAITING_APPROVAL too.
  SEND_FOR_APPROVAL: {
    from: ['IN_PROGRESS', 'AWAITING_APPROVAL'],
    to: 'AWAITING_APPROVAL',
    roles: HANDLERS,
    clock: 'NONE',
  },
  // The leader signs the draft (a result, a refusal, or the step's part for the next agency).
  APPROVE: {
    from: ['AWAITING_APPROVAL'],
    to: 'APPROVED',
    roles: LEADERS,
    clock: 'NONE',
  },
  RETURN_TO_PREVIOUS_STEP: {
    from: ['IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED'],
    to: 'IN_PROGRESS',
    roles: HANDLERS,
    clock: 'NONE',
  },
  // Art. 19.6–19.7: a route step is done (signed) and the next agency's step starts.
  FORWARD_TO_NEXT_AGENCY: {
    from: ['APPROVED'],
    to: 'IN_PROGRESS',
    roles: HANDLERS,
    clock: 'NONE',
  },
  // A participant of a parallel group finishes its part; the dossier stays with the lead agency.
  COMPLETE_STEP: {
    from: ['IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED'],
    to: UNCHANGED,
    roles: HANDLERS,
    clock: 'NONE',
  },
  // Art. 19.4: through the desk, within 3 working days of receipt (handling-deadlines.ts flags a late one).
  REQUEST_SUPPLEMENT: {
    from: ['IN_PROGRESS'],
    to: 'SUPPLEMENT_REQUESTED',
    roles: HANDLERS,
    clock: 'STOP_FOR_SUPPLEMENT',
  },
  RECEIVE_SUPPLEMENT: {
    from: ['SUPPLEMENT_REQUESTED'],
    to: 'IN_PROGRESS',
    roles: DESK,
    citizen: true,
    clock: 'RESTART_FULL',
  },
  AWAIT_FINANCIAL_OBLIGATION: {
    from: ['IN_PROGRESS'],
    to: 'AWAITING_FINANCIAL_OBLIGATION',
    roles: HANDLERS,
    clock: 'PAUSE',
  },
  // Confirmed by staff from the receipt; an online payment arrives through the payment platform.
  FINANCIAL_OBLIGATION_MET: {
    from: ['AWAITING_FINANCIAL_OBLIGATION'],
    to: 'IN_PROGRESS',
    roles: [...DESK, ...HANDLERS],
    clock: 'RESUME_REMAINING',
  },
  // Art. 19.9 (Mẫu 04): the responsible agency apologises and re-appoints, once.
  ISSUE_APOLOGY: {
    from: ['RECEIVED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED'],
    to: UNCHANGED,
    roles: HANDLERS,
    clock: 'REAPPOINT',
  },
  RESOLVE: {
    from: ['APPROVED'],
    to: 'RESOLVED',
    roles: HANDLERS,
    clock: 'CLASSIFY',
    resolution: 'GRANTED',
  },
  // Mẫu 03 after appraisal; it must be within the time limit, and is classified like a result.
  REFUSE_AFTER_APPRAISAL: {
    from: ['APPROVED'],
    to: 'RESOLVED',
    roles: HANDLERS,
    clock: 'CLASSIFY',
    resolution: 'REFUSED',
  },
  RETURN_RESULT: {
    from: ['RESOLVED'],
    to: 'RETURNED',
    roles: DESK,
    clock: 'RECORD_RETURN',
  },
  // The citizen withdraws (online, or through the desk) any time before the result is issued.
  WITHDRAW: {
    from: ['SUBMITTED', 'SUPPLEMENT_REQUESTED_AT_RECEPTION', ...BEING_HANDLED],
    to: 'WITHDRAWN',
    roles: DESK,
    citizen: true,
    clock: 'END',
  },
  STOP: {
    from: BEING_HANDLED,
    to: 'STOPPED',
    roles: LEADERS,
    clock: 'END',
  },
} as const satisfies Record<DossierAction, ActionRule>;

const RULES: Readonly<Record<DossierAction, ActionRule>> = DOSSIER_WORKFLOW;

// Staff act through their roles (combinable); a citizen only on their own dossier.
export type DossierActor = readonly Role[] | 'citizen';

export interface TransitionAllowed {
  readonly ok: true;
  readonly action: DossierAction;
  readonly from: DossierStatus;
  readonly to: DossierStatus;
  readonly clock: ClockEffect;
  readonly resolution: DossierResolution | null;
}

export type TransitionRefusal = 'ROLE_NOT_ALLOWED' | 'STATUS_NOT_ALLOWED';

export interface TransitionRefused {
  readonly ok: false;
  readonly reason: TransitionRefusal;
}

export type TransitionDecision = TransitionAllowed | TransitionRefused;

export function canActorTake(actor: DossierActor, action: DossierAction): boolean {
  const rule = RULES[action];
  return actor === 'citizen' ? rule.citizen === true : actor.some((role) => rule.roles.includes(role));
}

// A pure policy (ddd-by-examples PlacingOnHoldPolicy): an allowance or a refusal, never a throw.
// The role is checked first: an actor who may never take the action is refused as forbidden
// whatever the dossier's status.
export function decideTransition(
  status: DossierStatus,
  action: DossierAction,
  actor: DossierActor,
): TransitionDecision {
  const rule = RULES[action];
  if (!canActorTake(actor, action)) {
    return { ok: false, reason: 'ROLE_NOT_ALLOWED' };
  }
  if (!rule.from.includes(status)) {
    return { ok: false, reason: 'STATUS_NOT_ALLOWED' };
  }
  return {
    ok: true,
    action,
    from: status,
    to: rule.to === UNCHANGED ? status : rule.to,
    clock: rule.clock,
    resolution: rule.resolution ?? null,
  };
}

export function assertTransitionAllowed(
  status: DossierStatus,
  action: DossierAction,
  actor: DossierActor,
): TransitionAllowed {
  const decision = decideTransition(status, action, actor);
  if (decision.ok) {
    return decision;
  }
  const label = describeAction(action);
  if (decision.reason === 'ROLE_NOT_ALLOWED') {
    throw new DossierError(
      'forbidden',
      'dossier-action-forbidden',
      'Không có quyền thực hiện thao tác',
      `Vai trò của người dùng không được phép thực hiện thao tác "${label}".`,
    );
  }
  throw new DossierError(
    'conflict',
    'dossier-action-not-allowed',
    'Thao tác không phù hợp với trạng thái hồ sơ',
    `Không thể thực hiện "${label}" khi hồ sơ đang ở trạng thái "${describeStatus(status)}".`,
  );
}

// Actions the actor may take on a dossier in `status`, in table order.
export function listAvailableActions(status: DossierStatus, actor: DossierActor): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => decideTransition(status, action, actor).ok);
}

// Every action any actor could take from each status (for the inbox and the OpenAPI description).
export function listActionsFrom(status: DossierStatus): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => RULES[action].from.includes(status));
}
