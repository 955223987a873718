import { type Role } from '../../identity/domain/roles';
import {
  DOSSIER_ACTIONS,
  describeAction,
  isDossierAction,
  isReasonRequired,
  type DossierAction,
} from './dossier-actions';
import {
  DOSSIER_STATUSES,
  INITIAL_DOSSIER_STATUS,
  isEndStatus,
  toNationalStatusCode,
  type DossierStatus,
} from './dossier-status';
import {
  assertTransitionAllowed,
  decideTransition,
  DOSSIER_WORKFLOW,
  listActionsFrom,
  listAvailableActions,
  type DossierActor,
} from './dossier-workflow';
import { DossierError } from './dossier.errors';

const CLERK: DossierActor = ['CLERK'];
const SPECIALIST: DossierActor = ['SPECIALIST'];
const UNIT_HEAD: DossierActor = ['UNIT_HEAD'];
const LEADER: DossierActor = ['AGENCY_LEADER'];

// Plays a dossier's life through the policy, failing on the first refused action.
function play(
  steps: readonly (readonly [DossierAction, DossierActor])[],
  from: DossierStatus = INITIAL_DOSSIER_STATUS,
) {
  let status = from;
  const statuses: DossierStatus[] = [];
  const clock: string[] = [];
  for (const [action, actor] of steps) {
    const decision = assertTransitionAllowed(status, action, actor);
    status = decision.to;
    statuses.push(status);
    if (decision.clock !== 'NONE') {
      clock.push(decision.clock);
    }
  }
  return { status, statuses, clock, national: statuses.map(toNationalStatusCode) };
}

function reachableFrom(start: DossierStatus): Set<DossierStatus> {
  const seen = new Set<DossierStatus>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const status = queue.shift()!;
    for (const action of listActionsFrom(status)) {
      const rule = DOSSIER_WORKFLOW[action];
      const next = rule.to === 'UNCHANGED' ? status : rule.to;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('whole lives of a dossier', () => {
  it('a desk dossier handled by one agency: received, transferred, assigned, approved, resolved early, returned', () => {
    const life = play([
      ['RECEIVE', CLERK],
      ['TRANSFER', CLERK],
      ['ASSIGN', UNIT_HEAD],
      ['SEND_FOR_APPROVAL', SPECIALIST],
      ['SEND_FOR_APPROVAL', UNIT_HEAD],
      ['APPROVE', LEADER],
      ['RESOLVE', SPECIALIST],
      ['RETURN_RESULT', CLERK],
    ]);
    expect(life.status).toBe('RETURNED');
    expect(life.national).toEqual([2, 4, 4, 4, 4, 4, 9, 10]);
    expect(life.clock).toEqual(['START', 'CLASSIFY', 'RECORD_RETURN']);
  });

  it('an online dossier asked to supplement at reception is resubmitted by the citizen, then received', () => {
    const life = play([
      ['REQUEST_SUPPLEMENT_AT_RECEPTION', CLERK],
      ['RESUBMIT', 'citizen'],
      ['RECEIVE', CLERK],
    ]);
    expect(life.statuses).toEqual(['SUPPLEMENT_REQUESTED_AT_RECEPTION', 'SUBMITTED', 'RECEIVED']);
    expect(life.national).toEqual([5, 1, 2]);
  });

  it('a citizen back at the desk with the missing documents is received directly', () => {
    expect(
      play([
        ['REQUEST_SUPPLEMENT_AT_RECEPTION', CLERK],
        ['RECEIVE', CLERK],
      ]).status,
    ).toBe('RECEIVED');
  });

  it('a dossier refused at reception (Mẫu 03) ends there, with no clock', () => {
    const life = play([['REFUSE_AT_RECEPTION', CLERK]]);
    expect(life).toMatchObject({ status: 'NOT_RECEIVED', national: [3], clock: [] });
    expect(listAvailableActions('NOT_RECEIVED', CLERK)).toEqual([]);
  });

  it('commune → district → province: each agency signs its step and forwards; the province resolves', () => {
    const step = [
      ['SEND_FOR_APPROVAL', SPECIALIST],
      ['APPROVE', UNIT_HEAD],
    ] as const;
    const life = play([
      ['RECEIVE', CLERK],
      ['TRANSFER', CLERK],
      ...step,
      ['FORWARD_TO_NEXT_AGENCY', SPECIALIST],
      ['ASSIGN', UNIT_HEAD],
      ...step,
      ['FORWARD_TO_NEXT_AGENCY', SPECIALIST],
      ['ASSIGN', LEADER],
      ['SEND_FOR_APPROVAL', SPECIALIST],
      ['APPROVE', LEADER],
      ['RESOLVE', SPECIALIST],
      ['RETURN_RESULT', CLERK],
    ]);
    expect(life.status).toBe('RETURNED');
  });

  it('a parallel participant completes its part while the lead agency keeps the dossier', () => {
    expect(decideTransition('IN_PROGRESS', 'COMPLETE_STEP', SPECIALIST)).toMatchObject({
      ok: true,
      to: 'IN_PROGRESS',
    });
    expect(decideTransition('AWAITING_APPROVAL', 'COMPLETE_STEP', SPECIALIST)).toMatchObject({
      to: 'AWAITING_APPROVAL',
    });
  });

  it('a supplement during handling stops the clock; the complete re-submission restarts it in full (Decree 61/2018 art. 19.4)', () => {
    const life = play([
      ['RECEIVE', CLERK],
      ['TRANSFER', CLERK],
      ['REQUEST_SUPPLEMENT', SPECIALIST],
      ['RECEIVE_SUPPLEMENT', 'citizen'],
      ['REQUEST_SUPPLEMENT', SPECIALIST],
      ['RECEIVE_SUPPLEMENT', CLERK],
    ]);
    expect(life.national).toEqual([2, 4, 5, 4, 5, 4]);
    expect(life.clock).toEqual([
      'START',
      'STOP_FOR_SUPPLEMENT',
      'RESTART_FULL',
      'STOP_FOR_SUPPLEMENT',
      'RESTART_FULL',
    ]);
  });

  it('waiting for a financial obligation pauses the clock and resumes it (national status 6)', () => {
    const life = play([
      ['RECEIVE', CLERK],
      ['TRANSFER', CLERK],
      ['AWAIT_FINANCIAL_OBLIGATION', SPECIALIST],
      ['FINANCIAL_OBLIGATION_MET', CLERK],
    ]);
    expect(life.national).toEqual([2, 4, 6, 4]);
    expect(life.clock).toEqual(['START', 'PAUSE', 'RESUME_REMAINING']);
  });

  it('an apology re-appoints without changing the status; the dossier is then refused after appraisal', () => {
    const life = play(
      [
        ['ISSUE_APOLOGY', SPECIALIST],
        ['SEND_FOR_APPROVAL', SPECIALIST],
        ['APPROVE', LEADER],
        ['REFUSE_AFTER_APPRAISAL', SPECIALIST],
      ],
      'IN_PROGRESS',
    );
    expect(life.statuses).toEqual(['IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED', 'RESOLVED']);
    expect(life.clock).toEqual(['REAPPOINT', 'CLASSIFY']);
    expect(decideTransition('APPROVED', 'REFUSE_AFTER_APPRAISAL', SPECIALIST)).toMatchObject({
      resolution: 'REFUSED',
    });
    expect(decideTransition('APPROVED', 'RESOLVE', SPECIALIST)).toMatchObject({ resolution: 'GRANTED' });
  });

  it('a leader sends a draft back to the handler', () => {
    expect(play([['RETURN_TO_PREVIOUS_STEP', LEADER]], 'AWAITING_APPROVAL').status).toBe('IN_PROGRESS');
  });

  it('the citizen withdraws online while asked to supplement; the clock ends', () => {
    const life = play([['WITHDRAW', 'citizen']], 'SUPPLEMENT_REQUESTED');
    expect(life).toMatchObject({ status: 'WITHDRAWN', national: [7], clock: ['END'] });
  });

  it('the agency stops a dossier whose financial obligation is never met', () => {
    expect(play([['STOP', LEADER]], 'AWAITING_FINANCIAL_OBLIGATION')).toMatchObject({
      status: 'STOPPED',
      national: [8],
    });
  });
});

describe('refusals', () => {
  it('a resolved dossier can no longer be withdrawn: the result exists (conflict)', () => {
    expect(() => assertTransitionAllowed('RESOLVED', 'WITHDRAW', 'citizen')).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'dossier-action-not-allowed' }),
    );
  });

  it('a clerk cannot approve, whatever the status (forbidden)', () => {
    for (const status of DOSSIER_STATUSES) {
      expect(decideTransition(status, 'APPROVE', CLERK)).toEqual({ ok: false, reason: 'ROLE_NOT_ALLOWED' });
    }
  });

  it('a specialist cannot stop a dossier, only a leader can', () => {
    expect(decideTransition('IN_PROGRESS', 'STOP', SPECIALIST)).toEqual({
      ok: false,
      reason: 'ROLE_NOT_ALLOWED',
    });
    expect(decideTransition('IN_PROGRESS', 'STOP', UNIT_HEAD).ok).toBe(true);
  });

  it('a citizen cannot receive a dossier nor resolve it', () => {
    expect(decideTransition('SUBMITTED', 'RECEIVE', 'citizen').ok).toBe(false);
    expect(decideTransition('APPROVED', 'RESOLVE', 'citizen').ok).toBe(false);
  });

  it('the errors are coded DossierErrors with a Vietnamese title and detail', () => {
    const forbidden = catchError(() => assertTransitionAllowed('IN_PROGRESS', 'STOP', SPECIALIST));
    expect(forbidden).toBeInstanceOf(DossierError);
    expect(forbidden).toMatchObject({
      kind: 'forbidden',
      code: 'dossier-action-forbidden',
      title: 'Không có quyền thực hiện thao tác',
      detail: 'Vai trò của người dùng không được phép thực hiện thao tác "Dừng xử lý hồ sơ".',
    });
    const conflict = catchError(() => assertTransitionAllowed('RETURNED', 'RETURN_RESULT', CLERK));
    expect(conflict).toMatchObject({
      kind: 'conflict',
      code: 'dossier-action-not-allowed',
      detail: 'Không thể thực hiện "Trả kết quả" khi hồ sơ đang ở trạng thái "Đã trả kết quả".',
    });
  });

  it('the role is judged before the status: a role that may never act is forbidden, not in conflict', () => {
    expect(decideTransition('RETURNED', 'STOP', SPECIALIST)).toEqual({
      ok: false,
      reason: 'ROLE_NOT_ALLOWED',
    });
  });
});

describe('the shape of the table', () => {
  it('every status is reachable from a new submission', () => {
    expect([...reachableFrom(INITIAL_DOSSIER_STATUS)].sort()).toEqual([...DOSSIER_STATUSES].sort());
  });

  it('end statuses have no way out and every other status has one', () => {
    for (const status of DOSSIER_STATUSES) {
      expect(listActionsFrom(status).length === 0).toBe(isEndStatus(status));
    }
  });

  it('every non-end status leads to an end status', () => {
    for (const status of DOSSIER_STATUSES) {
      expect([...reachableFrom(status)].some(isEndStatus)).toBe(true);
    }
  });

  it('no action is open to ADMIN or LEADER_VIEWER, and no role at all gives nothing', () => {
    for (const status of DOSSIER_STATUSES) {
      for (const actor of [['ADMIN'], ['LEADER_VIEWER'], []] satisfies Role[][]) {
        expect(listAvailableActions(status, actor)).toEqual([]);
      }
    }
  });

  it('combined roles give the union of what each role gives', () => {
    const both: Role[] = ['CLERK', 'SPECIALIST'];
    for (const status of DOSSIER_STATUSES) {
      const union = new Set([
        ...listAvailableActions(status, CLERK),
        ...listAvailableActions(status, SPECIALIST),
      ]);
      expect(new Set(listAvailableActions(status, both))).toEqual(union);
    }
  });

  it('the clock starts only at receipt, and every way into a status has the clock effect that status needs', () => {
    for (const action of DOSSIER_ACTIONS) {
      const rule = DOSSIER_WORKFLOW[action];
      expect(rule.clock === 'START').toBe(action === 'RECEIVE');
      const byTarget: Partial<Record<DossierStatus, string>> = {
        SUPPLEMENT_REQUESTED: 'STOP_FOR_SUPPLEMENT',
        AWAITING_FINANCIAL_OBLIGATION: 'PAUSE',
        RESOLVED: 'CLASSIFY',
        RETURNED: 'RECORD_RETURN',
        WITHDRAWN: 'END',
        STOPPED: 'END',
        RECEIVED: 'START',
      };
      if (rule.to !== 'UNCHANGED' && byTarget[rule.to] !== undefined) {
        expect(rule.clock).toBe(byTarget[rule.to]);
      }
    }
  });

  it('leaving a stopped or paused clock restarts or resumes it, unless the dossier ends', () => {
    for (const action of [
      ...listActionsFrom('SUPPLEMENT_REQUESTED'),
      ...listActionsFrom('AWAITING_FINANCIAL_OBLIGATION'),
    ]) {
      const rule = DOSSIER_WORKFLOW[action];
      if (rule.to === 'IN_PROGRESS') {
        expect(['RESTART_FULL', 'RESUME_REMAINING']).toContain(rule.clock);
      }
    }
  });

  it('only the two resolving actions carry a resolution', () => {
    const withResolution = DOSSIER_ACTIONS.filter((action) => 'resolution' in DOSSIER_WORKFLOW[action]);
    expect(withResolution).toEqual(['RESOLVE', 'REFUSE_AFTER_APPRAISAL']);
  });

  it('refusals, supplement requests, apologies, withdrawals and stops need a written reason', () => {
    expect(DOSSIER_ACTIONS.filter(isReasonRequired)).toEqual([
      'REQUEST_SUPPLEMENT_AT_RECEPTION',
      'REFUSE_AT_RECEPTION',
      'RETURN_TO_PREVIOUS_STEP',
      'REQUEST_SUPPLEMENT',
      'ISSUE_APOLOGY',
      'REFUSE_AFTER_APPRAISAL',
      'WITHDRAW',
      'STOP',
    ]);
  });

  it('every action has a Vietnamese label and is recognised by name', () => {
    for (const action of DOSSIER_ACTIONS) {
      expect(describeAction(action)).toMatch(/\S/);
      expect(isDossierAction(action)).toBe(true);
    }
    expect(new Set(DOSSIER_ACTIONS.map(describeAction)).size).toBe(DOSSIER_ACTIONS.length);
    expect(isDossierAction('DELETE')).toBe(false);
    expect(isDossierAction('toString')).toBe(false);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
