import { ROLES, type Role } from '../../identity/domain/roles';
import { DOSSIER_ACTIONS, type DossierAction } from './dossier-actions';
import { DOSSIER_STATUSES, type DossierStatus } from './dossier-status';
import { decideTransition, listAvailableActions, type DossierActor } from './dossier-workflow';

// The workflow written a second time, by status and actor (OpenCRVS availableActions style), from
// the legal reading rather than from the table: every (status × action × actor) combination of
// the table is checked against it, so a change to either must be made on purpose in both.
type ActorName = Role | 'citizen';
const ACTORS: readonly ActorName[] = [...ROLES, 'citizen'];

const HANDLING_BY_HANDLERS: DossierAction[] = [
  'CONSULT',
  'ANSWER_CONSULTATION',
  'SEND_FOR_APPROVAL',
  'RETURN_TO_PREVIOUS_STEP',
  'COMPLETE_STEP',
  'REQUEST_SUPPLEMENT',
  'AWAIT_FINANCIAL_OBLIGATION',
  'ISSUE_APOLOGY',
];
const HANDLER_APPROVED: DossierAction[] = [
  'ANSWER_CONSULTATION',
  'RETURN_TO_PREVIOUS_STEP',
  'FORWARD_TO_NEXT_AGENCY',
  'COMPLETE_STEP',
  'ISSUE_APOLOGY',
  'RESOLVE',
  'REFUSE_AFTER_APPRAISAL',
];
const HANDLER_AWAITING_APPROVAL: DossierAction[] = [
  'ANSWER_CONSULTATION',
  'SEND_FOR_APPROVAL',
  'RETURN_TO_PREVIOUS_STEP',
  'COMPLETE_STEP',
  'ISSUE_APOLOGY',
];

const EXPECTED: Record<DossierStatus, Partial<Record<ActorName, DossierAction[]>>> = {
  SUBMITTED: {
    CLERK: ['RECEIVE', 'REQUEST_SUPPLEMENT_AT_RECEPTION', 'REFUSE_AT_RECEPTION', 'WITHDRAW'],
    citizen: ['WITHDRAW'],
  },
  SUPPLEMENT_REQUESTED_AT_RECEPTION: {
    CLERK: ['RECEIVE', 'REFUSE_AT_RECEPTION', 'WITHDRAW'],
    citizen: ['RESUBMIT', 'WITHDRAW'],
  },
  NOT_RECEIVED: {},
  RECEIVED: {
    CLERK: ['TRANSFER', 'WITHDRAW'],
    SPECIALIST: ['ISSUE_APOLOGY'],
    UNIT_HEAD: ['ISSUE_APOLOGY', 'STOP'],
    AGENCY_LEADER: ['ISSUE_APOLOGY', 'STOP'],
    citizen: ['WITHDRAW'],
  },
  IN_PROGRESS: {
    CLERK: ['WITHDRAW'],
    SPECIALIST: HANDLING_BY_HANDLERS,
    UNIT_HEAD: ['ASSIGN', 'REASSIGN', ...HANDLING_BY_HANDLERS, 'STOP'],
    AGENCY_LEADER: ['ASSIGN', 'REASSIGN', ...HANDLING_BY_HANDLERS, 'STOP'],
    citizen: ['WITHDRAW'],
  },
  AWAITING_APPROVAL: {
    CLERK: ['WITHDRAW'],
    SPECIALIST: HANDLER_AWAITING_APPROVAL,
    UNIT_HEAD: [...HANDLER_AWAITING_APPROVAL, 'APPROVE', 'STOP'],
    AGENCY_LEADER: [...HANDLER_AWAITING_APPROVAL, 'APPROVE', 'STOP'],
    citizen: ['WITHDRAW'],
  },
  APPROVED: {
    CLERK: ['WITHDRAW'],
    SPECIALIST: HANDLER_APPROVED,
    UNIT_HEAD: [...HANDLER_APPROVED, 'STOP'],
    AGENCY_LEADER: [...HANDLER_APPROVED, 'STOP'],
    citizen: ['WITHDRAW'],
  },
  SUPPLEMENT_REQUESTED: {
    CLERK: ['RECEIVE_SUPPLEMENT', 'WITHDRAW'],
    SPECIALIST: ['ANSWER_CONSULTATION'],
    UNIT_HEAD: ['ANSWER_CONSULTATION', 'STOP'],
    AGENCY_LEADER: ['ANSWER_CONSULTATION', 'STOP'],
    citizen: ['RECEIVE_SUPPLEMENT', 'WITHDRAW'],
  },
  AWAITING_FINANCIAL_OBLIGATION: {
    CLERK: ['FINANCIAL_OBLIGATION_MET', 'WITHDRAW'],
    SPECIALIST: ['ANSWER_CONSULTATION', 'FINANCIAL_OBLIGATION_MET'],
    UNIT_HEAD: ['ANSWER_CONSULTATION', 'FINANCIAL_OBLIGATION_MET', 'STOP'],
    AGENCY_LEADER: ['ANSWER_CONSULTATION', 'FINANCIAL_OBLIGATION_MET', 'STOP'],
    citizen: ['WITHDRAW'],
  },
  WITHDRAWN: {},
  STOPPED: {},
  RESOLVED: { CLERK: ['RETURN_RESULT'] },
  RETURNED: {},
};

const EXPECTED_TARGET: Record<DossierAction, DossierStatus | 'UNCHANGED'> = {
  RECEIVE: 'RECEIVED',
  REQUEST_SUPPLEMENT_AT_RECEPTION: 'SUPPLEMENT_REQUESTED_AT_RECEPTION',
  REFUSE_AT_RECEPTION: 'NOT_RECEIVED',
  RESUBMIT: 'SUBMITTED',
  TRANSFER: 'IN_PROGRESS',
  ASSIGN: 'IN_PROGRESS',
  REASSIGN: 'IN_PROGRESS',
  CONSULT: 'IN_PROGRESS',
  ANSWER_CONSULTATION: 'UNCHANGED',
  SEND_FOR_APPROVAL: 'AWAITING_APPROVAL',
  APPROVE: 'APPROVED',
  RETURN_TO_PREVIOUS_STEP: 'IN_PROGRESS',
  FORWARD_TO_NEXT_AGENCY: 'IN_PROGRESS',
  COMPLETE_STEP: 'UNCHANGED',
  REQUEST_SUPPLEMENT: 'SUPPLEMENT_REQUESTED',
  RECEIVE_SUPPLEMENT: 'IN_PROGRESS',
  AWAIT_FINANCIAL_OBLIGATION: 'AWAITING_FINANCIAL_OBLIGATION',
  FINANCIAL_OBLIGATION_MET: 'IN_PROGRESS',
  ISSUE_APOLOGY: 'UNCHANGED',
  RESOLVE: 'RESOLVED',
  REFUSE_AFTER_APPRAISAL: 'RESOLVED',
  RETURN_RESULT: 'RETURNED',
  WITHDRAW: 'WITHDRAWN',
  STOP: 'STOPPED',
};

const toActor = (name: ActorName): DossierActor => (name === 'citizen' ? 'citizen' : [name]);
const isExpected = (status: DossierStatus, actor: ActorName, action: DossierAction): boolean =>
  (EXPECTED[status][actor] ?? []).includes(action);
const mayEverTake = (actor: ActorName, action: DossierAction): boolean =>
  DOSSIER_STATUSES.some((status) => isExpected(status, actor, action));

const combinations = DOSSIER_STATUSES.flatMap((status) =>
  DOSSIER_ACTIONS.flatMap((action) => ACTORS.map((actor) => [status, action, actor] as const)),
);

describe('the workflow table, every status × action × actor', () => {
  it(`covers ${DOSSIER_STATUSES.length} statuses × ${DOSSIER_ACTIONS.length} actions × ${ACTORS.length} actors`, () => {
    expect(combinations).toHaveLength(13 * 24 * 7);
  });

  it.each(combinations)('%s · %s · %s', (status, action, actor) => {
    const decision = decideTransition(status, action, toActor(actor));
    if (isExpected(status, actor, action)) {
      const target = EXPECTED_TARGET[action];
      expect(decision).toMatchObject({
        ok: true,
        from: status,
        to: target === 'UNCHANGED' ? status : target,
      });
    } else {
      expect(decision).toEqual({
        ok: false,
        reason: mayEverTake(actor, action) ? 'STATUS_NOT_ALLOWED' : 'ROLE_NOT_ALLOWED',
      });
    }
  });

  it.each(DOSSIER_STATUSES.flatMap((status) => ACTORS.map((actor) => [status, actor] as const)))(
    'lists the available actions of %s for %s in table order',
    (status, actor) => {
      const expected = DOSSIER_ACTIONS.filter((action) => isExpected(status, actor, action));
      expect(listAvailableActions(status, toActor(actor))).toEqual(expected);
    },
  );
});
