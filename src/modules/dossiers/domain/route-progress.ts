import { pauseDeadline, resumeDeadline, type WorkingCalendar } from '../../calendar/domain/engine';
import { type TimeLimit } from '../../catalog/procedures/domain/procedure-content';
import { classifyResolution, type DossierClassification, findLateStep } from './classification';
import { DossierError, type DossierErrorCode } from './dossier.errors';
import { computeStepDue, planRouteSteps } from './route-step-due';

// How an inter-agency route (liên thông, Decree 61/2018 art. 19.6–19.7) moves, pure over plain
// step records: the service loads the dossier's steps, calls one function, and writes back the
// steps that changed (by reference) or are new (no id).
export type RouteStepStatus = 'PENDING' | 'ACTIVE' | 'DONE' | 'CANCELLED';

export interface RouteStepTemplate {
  readonly sequence: number;
  readonly agencyId: string;
  readonly agencyLabel: string | null;
  readonly levelCode: string;
  readonly task: string;
  readonly isLead: boolean;
  readonly allotted: TimeLimit;
}

export interface RouteStepState extends RouteStepTemplate {
  readonly id?: string; // absent until stored
  readonly attempt: number;
  readonly status: RouteStepStatus;
  readonly plannedDueAtMs: number;
  readonly startedAtMs: number | null;
  readonly dueAtMs: number | null;
  readonly completedAtMs: number | null;
  readonly result: DossierClassification | null;
}

// A step that is closed by the move, for the history row (its due time and its result).
export interface ClosedStep {
  readonly agencyId: string;
  readonly dueAtMs: number;
  readonly result: DossierClassification;
}

export interface RouteMove {
  readonly steps: RouteStepState[];
  readonly closed: ClosedStep[];
  // The agency whose inbox holds the dossier after the move (the lead of the active group).
  readonly holderAgencyId: string | null;
}

const routeConflict = (code: DossierErrorCode, title: string, detail: string): DossierError =>
  new DossierError('conflict', code, title, detail);

// The route starts when the desk hands the dossier over (art. 18): the first group starts at once,
// the others are planned (planRouteSteps) and get their real due time when they start.
export function startRoute(
  cal: WorkingCalendar,
  templates: readonly RouteStepTemplate[],
  nowMs: number,
): RouteMove {
  const planned = planRouteSteps(cal, nowMs, templates);
  const first = Math.min(...templates.map((template) => template.sequence));
  const steps = planned.map(({ plannedStartMs: _start, plannedDueAtMs, ...template }): RouteStepState =>
    template.sequence === first
      ? {
          ...template,
          attempt: 1,
          status: 'ACTIVE',
          plannedDueAtMs,
          startedAtMs: nowMs,
          dueAtMs: computeStepDue(cal, template.allotted, nowMs),
          completedAtMs: null,
          result: null,
        }
      : {
          ...template,
          attempt: 1,
          status: 'PENDING',
          plannedDueAtMs,
          startedAtMs: null,
          dueAtMs: null,
          completedAtMs: null,
          result: null,
        },
  );
  return { steps, closed: [], holderAgencyId: holderOf(steps) };
}

export function activeSteps(steps: readonly RouteStepState[]): RouteStepState[] {
  return steps.filter((step) => step.status === 'ACTIVE');
}

// The lead of the active group holds the dossier; a group without a declared lead is led by its
// first step.
export function holderOf(steps: readonly RouteStepState[]): string | null {
  const active = activeSteps(steps);
  return (active.find((step) => step.isLead) ?? active[0])?.agencyId ?? null;
}

function close(step: RouteStepState, nowMs: number): RouteStepState {
  return {
    ...step,
    status: 'DONE',
    completedAtMs: nowMs,
    result: classifyResolution(step.dueAtMs ?? nowMs, nowMs),
  };
}

function closedOf(step: RouteStepState): ClosedStep {
  return { agencyId: step.agencyId, dueAtMs: step.dueAtMs!, result: step.result! };
}

function replace(
  steps: readonly RouteStepState[],
  change: (step: RouteStepState) => RouteStepState,
): RouteStepState[] {
  return steps.map(change);
}

// A participant of a parallel group finishes its part; the lead finishes by forwarding.
export function completeParticipantStep(
  steps: readonly RouteStepState[],
  agencyIds: ReadonlySet<string>,
  nowMs: number,
): RouteMove {
  const holder = holderOf(steps);
  const mine = activeSteps(steps).find((step) => agencyIds.has(step.agencyId) && step.agencyId !== holder);
  if (!mine) {
    throw routeConflict(
      'route-step-not-open',
      'Không có phần việc liên thông đang mở',
      'Đơn vị của người dùng không có phần việc liên thông nào đang chờ hoàn thành trên hồ sơ này.',
    );
  }
  const done = close(mine, nowMs);
  return {
    steps: replace(steps, (step) => (step === mine ? done : step)),
    closed: [closedOf(done)],
    holderAgencyId: holder,
  };
}

// The lead's group is done (signed): the next group starts now, with its own due time.
export function forwardToNextGroup(
  cal: WorkingCalendar,
  steps: readonly RouteStepState[],
  nowMs: number,
): RouteMove {
  const active = activeSteps(steps);
  if (active.length === 0) {
    throw routeConflict(
      'route-not-running',
      'Hồ sơ không đi theo quy trình liên thông',
      'Hồ sơ này không có bước liên thông đang thực hiện để chuyển tiếp.',
    );
  }
  const holder = holderOf(steps);
  const unfinished = active.filter((step) => step.agencyId !== holder);
  if (unfinished.length > 0) {
    throw routeConflict(
      'route-group-unfinished',
      'Còn phần việc liên thông chưa hoàn thành',
      `Còn ${unfinished.length} cơ quan phối hợp chưa hoàn thành phần việc của mình.`,
    );
  }
  const current = active[0].sequence;
  const following = steps.filter((step) => step.status === 'PENDING' && step.sequence > current);
  if (following.length === 0) {
    throw routeConflict(
      'route-last-step',
      'Đây là bước cuối của quy trình liên thông',
      'Không còn cơ quan tiếp theo: hãy ban hành kết quả giải quyết.',
    );
  }
  const next = Math.min(...following.map((step) => step.sequence));
  const closedNow = active.map((step) => close(step, nowMs));
  const moved = replace(steps, (step) => {
    const index = active.indexOf(step);
    if (index >= 0) {
      return closedNow[index];
    }
    return step.status === 'PENDING' && step.sequence === next ? startStep(cal, step, nowMs) : step;
  });
  return { steps: moved, closed: closedNow.map(closedOf), holderAgencyId: holderOf(moved) };
}

function startStep(cal: WorkingCalendar, step: RouteStepState, nowMs: number): RouteStepState {
  return {
    ...step,
    status: 'ACTIVE',
    startedAtMs: nowMs,
    dueAtMs: computeStepDue(cal, step.allotted, nowMs),
  };
}

// The dossier goes back to the previous agency's group: the current group's steps are cancelled
// (they did not finish) and the previous group is done again as a new attempt from now, so a late
// redo is counted from its own start (classification.ts findLateStep).
export function returnToPreviousGroup(
  cal: WorkingCalendar,
  steps: readonly RouteStepState[],
  nowMs: number,
): RouteMove {
  const active = activeSteps(steps);
  const current = active[0]?.sequence;
  const earlier = steps.filter(
    (step) => step.status === 'DONE' && current !== undefined && step.sequence < current,
  );
  if (earlier.length === 0) {
    throw routeConflict(
      'route-no-previous-agency',
      'Không có cơ quan trước để trả lại',
      'Hồ sơ đang ở bước liên thông đầu tiên; hãy trả lại bước trước trong nội bộ cơ quan.',
    );
  }
  const previous = Math.max(...earlier.map((step) => step.sequence));
  const lastAttempt = Math.max(
    ...earlier.filter((step) => step.sequence === previous).map((step) => step.attempt),
  );
  const redo = earlier
    .filter((step) => step.sequence === previous && step.attempt === lastAttempt)
    .map(({ id: _id, ...step }) =>
      startStep(cal, { ...step, attempt: step.attempt + 1, completedAtMs: null, result: null }, nowMs),
    );
  const moved = [
    ...replace(steps, (step) =>
      step.status === 'ACTIVE' ? { ...step, status: 'CANCELLED', completedAtMs: nowMs } : step,
    ),
    ...redo,
  ];
  // The cancelled group will run again after the redo: a new attempt, planned as before.
  const again = active.map(({ id: _id, ...step }): RouteStepState => ({
    ...step,
    attempt: step.attempt + 1,
    status: 'PENDING',
    startedAtMs: null,
    dueAtMs: null,
    completedAtMs: null,
    result: null,
  }));
  return { steps: [...moved, ...again], closed: [], holderAgencyId: holderOf(moved) };
}

// The result is issued (or refused after appraisal) by the agency holding the dossier: its open
// steps are finished with their result, and steps that will no longer run are cancelled.
export function finishRoute(steps: readonly RouteStepState[], nowMs: number): RouteMove {
  const closedNow: RouteStepState[] = [];
  const moved = replace(steps, (step) => {
    if (step.status === 'ACTIVE') {
      const done = close(step, nowMs);
      closedNow.push(done);
      return done;
    }
    return step.status === 'PENDING' ? { ...step, status: 'CANCELLED', completedAtMs: nowMs } : step;
  });
  return { steps: moved, closed: closedNow.map(closedOf), holderAgencyId: null };
}

// A withdrawal or a stop: nothing more runs, and no step gets a result.
export function cancelRoute(steps: readonly RouteStepState[], nowMs: number): RouteMove {
  const moved = replace(steps, (step) =>
    step.status === 'ACTIVE' || step.status === 'PENDING'
      ? { ...step, status: 'CANCELLED', completedAtMs: nowMs }
      : step,
  );
  return { steps: moved, closed: [], holderAgencyId: null };
}

// The complete re-submission after a supplement restarts the full time limit (art. 19.4): the
// open steps restart their full allotted time from it too.
export function restartActiveSteps(
  cal: WorkingCalendar,
  steps: readonly RouteStepState[],
  nowMs: number,
): RouteMove {
  const moved = replace(steps, (step) => (step.status === 'ACTIVE' ? startStep(cal, step, nowMs) : step));
  return { steps: moved, closed: [], holderAgencyId: holderOf(moved) };
}

// A financial obligation paused the clock at `pausedAtMs`: open steps resume with the working
// time they had left, like the dossier (deadline-pause.ts).
export function resumeActiveSteps(
  cal: WorkingCalendar,
  steps: readonly RouteStepState[],
  pausedAtMs: number,
  nowMs: number,
): RouteMove {
  const moved = replace(steps, (step) => {
    if (step.status !== 'ACTIVE' || step.dueAtMs === null) {
      return step;
    }
    const paused = pauseDeadline(cal, { dueAtMs: step.dueAtMs, provisional: false }, pausedAtMs);
    return { ...step, dueAtMs: resumeDeadline(cal, paused, nowMs).dueAtMs };
  });
  return { steps: moved, closed: [], holderAgencyId: holderOf(moved) };
}

// A calendar change re-dates an open dossier (clock-redating.ts); its open route steps move with
// it: a step's due time is its allotted time from its start on the new calendar. A step the clock
// paused since it started (a financial obligation: its due time was pushed by the pause) keeps
// its due time, which the resume already measured in working time; a supplement restart gave the
// step a new start, so it is re-dated like any other.
export function redateActiveSteps(
  cal: WorkingCalendar,
  steps: readonly RouteStepState[],
  pauses: ReadonlyArray<{ readonly fromMs: number; readonly toMs: number | null }>,
): RouteStepState[] {
  return steps.map((step) => {
    if (step.status !== 'ACTIVE' || step.startedAtMs === null) {
      return step;
    }
    const started = step.startedAtMs;
    if (pauses.some((pause) => (pause.toMs ?? Infinity) > started)) {
      return step;
    }
    const dueAtMs = computeStepDue(cal, step.allotted, started);
    return dueAtMs === step.dueAtMs ? step : { ...step, dueAtMs };
  });
}

// The agency whose step made the dossier late, as it stands at `atMs` (the dossier's close, when
// it is stored for the reports): the rule of findLateStep over the steps that started.
export function lateStepAgencyAt(steps: readonly RouteStepState[], atMs: number): string | null {
  const timed = steps.flatMap((step) =>
    step.startedAtMs !== null && step.dueAtMs !== null
      ? [
          {
            agencyId: step.agencyId,
            sequence: step.sequence,
            startedAtMs: step.startedAtMs,
            dueAtMs: step.dueAtMs,
            finishedAtMs: step.completedAtMs,
          },
        ]
      : [],
  );
  return findLateStep(timed, atMs)?.agencyId ?? null;
}
