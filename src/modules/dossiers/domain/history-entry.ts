import { type Role } from '../../identity/domain/roles';
import { classifyResolution, type DossierClassification } from './classification';
import { describeAction, type DossierAction, isReasonRequired } from './dossier-actions';
import { INITIAL_DOSSIER_STATUS, type DossierStatus } from './dossier-status';
import { assertTransitionAllowed, canActorTake, type DossierActor } from './dossier-workflow';
import { DossierError } from './dossier.errors';

// One row of the process control sheet (Mẫu 05, Circular 01/2018 art. 10): every hand-over with
// its giver, its receiver, the time, and the result of the giver's step (early / on time / late).
// Rows are append-only (Decree 61/2018 art. 5: no deletion or falsification).
export type HistoryRole = Role | 'CITIZEN';

export interface HistoryGiver {
  readonly userId: string | null; // the staff user's or the citizen's id
  readonly name: string;
  readonly role: HistoryRole; // the role the action was taken in
  readonly agencyId: string | null;
  readonly stepSequence: number | null; // the route step the giver acted in
}

// A person (handler, approver), an agency (the next step, the desk), or the citizen.
export interface HistoryReceiver {
  readonly userId: string | null;
  readonly name: string | null;
  readonly agencyId: string | null;
  readonly stepSequence: number | null;
}

export interface HistoryEntry {
  readonly action: DossierAction | 'SUBMIT';
  readonly fromStatus: DossierStatus | null; // null for the submission that creates the dossier
  readonly toStatus: DossierStatus;
  readonly atMs: number;
  readonly by: HistoryGiver;
  readonly to: HistoryReceiver | null;
  readonly note: string | null;
  readonly stepDueAtMs: number | null;
  readonly stepResult: DossierClassification | null;
}

export interface HistoryEntryInput {
  readonly status: DossierStatus;
  readonly action: DossierAction;
  readonly actor: DossierActor;
  readonly by: Omit<HistoryGiver, 'role'>;
  readonly to?: HistoryReceiver | null;
  readonly atMs: number;
  readonly note?: string | null;
  // The giver's step this action hands over (its due time gives the row's result), if any.
  readonly closedStep?: { readonly dueAtMs: number } | null;
}

export const MAX_NOTE_LENGTH = 2000;

// When a user holds several roles, the row names the most senior one the action allows.
const SENIORITY: readonly Role[] = [
  'AGENCY_LEADER',
  'UNIT_HEAD',
  'SPECIALIST',
  'CLERK',
  'ADMIN',
  'LEADER_VIEWER',
];

// The row for an action, checked against the workflow: a row can never record a transition the
// table refuses, and its target status is the table's.
export function buildHistoryEntry(input: HistoryEntryInput): HistoryEntry {
  const decision = assertTransitionAllowed(input.status, input.action, input.actor);
  assertInstant(input.atMs);
  const stepDueAtMs = input.closedStep?.dueAtMs ?? null;
  return {
    action: input.action,
    fromStatus: input.status,
    toStatus: decision.to,
    atMs: input.atMs,
    by: { ...input.by, role: findActingRole(input.actor, input.action) },
    to: input.to ?? null,
    note: normaliseNote(input.note, isReasonRequired(input.action) ? describeAction(input.action) : null),
    stepDueAtMs,
    stepResult: stepDueAtMs === null ? null : classifyResolution(stepDueAtMs, input.atMs),
  };
}

// The first row: an online submission by the citizen, or a registration by a desk clerk (who then
// receives, asks for a supplement or refuses in the same transaction).
export function buildSubmissionEntry(input: {
  readonly actor: DossierActor;
  readonly by: Omit<HistoryGiver, 'role'>;
  readonly atMs: number;
  readonly note?: string | null;
}): HistoryEntry {
  if (input.actor !== 'citizen' && !input.actor.includes('CLERK')) {
    throw new DossierError(
      'forbidden',
      'dossier-action-forbidden',
      'Không có quyền thực hiện thao tác',
      'Chỉ công dân (trực tuyến) hoặc cán bộ Bộ phận Một cửa được đăng ký hồ sơ.',
    );
  }
  assertInstant(input.atMs);
  return {
    action: 'SUBMIT',
    fromStatus: null,
    toStatus: INITIAL_DOSSIER_STATUS,
    atMs: input.atMs,
    by: { ...input.by, role: input.actor === 'citizen' ? 'CITIZEN' : 'CLERK' },
    to: null,
    note: normaliseNote(input.note, null),
    stepDueAtMs: null,
    stepResult: null,
  };
}

export function findActingRole(actor: DossierActor, action: DossierAction): HistoryRole {
  if (actor === 'citizen') {
    return 'CITIZEN';
  }
  const role = SENIORITY.find((candidate) => actor.includes(candidate) && canActorTake([candidate], action));
  if (role === undefined) {
    throw new DossierError(
      'forbidden',
      'dossier-action-forbidden',
      'Không có quyền thực hiện thao tác',
      `Vai trò của người dùng không được phép thực hiện thao tác "${describeAction(action)}".`,
    );
  }
  return role;
}

function normaliseNote(note: string | null | undefined, requiredFor: string | null): string | null {
  const text = note?.trim() ?? '';
  if (text.length > MAX_NOTE_LENGTH) {
    throw invalidHistory('note', `note: không quá ${MAX_NOTE_LENGTH} ký tự`);
  }
  if (text === '' && requiredFor !== null) {
    throw invalidHistory('note', `note: cần ghi rõ lý do khi "${requiredFor}"`);
  }
  return text === '' ? null : text;
}

function assertInstant(atMs: number): void {
  if (!Number.isFinite(atMs)) {
    throw invalidHistory('at', 'at: thời điểm không hợp lệ');
  }
}

function invalidHistory(field: string, message: string): DossierError {
  return new DossierError('invalid', 'dossier-history-invalid', 'Dữ liệu không hợp lệ', message, [
    { field, message },
  ]);
}
