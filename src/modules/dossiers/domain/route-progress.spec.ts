import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { findLateStep } from './classification';
import {
  cancelRoute,
  completeParticipantStep,
  finishRoute,
  forwardToNextGroup,
  holderOf,
  lateStepAgencyAt,
  restartActiveSteps,
  resumeActiveSteps,
  redateActiveSteps,
  returnToPreviousGroup,
  type RouteStepState,
  type RouteStepTemplate,
  startRoute,
} from './route-progress';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;
const show = (ms: number | null) => (ms === null ? null : formatVietnamTime(ms));
const days = (amount: number) => ({ amount, unit: 'WORKING_DAYS' }) as const;

const step = (sequence: number, agencyId: string, amount: number, isLead = false): RouteStepTemplate => ({
  sequence,
  agencyId,
  agencyLabel: null,
  levelCode: agencyId.toUpperCase(),
  task: `Phần việc của ${agencyId}`,
  isLead,
  allotted: days(amount),
});

// commune (3 days) → district (5) → province (7): a chain across levels.
const chain = [step(1, 'commune', 3), step(2, 'district', 5), step(3, 'province', 7, true)];
const summary = (steps: readonly RouteStepState[]) =>
  steps.map((s) => [s.agencyId, s.attempt, s.status, show(s.dueAtMs), s.result]);
// Pretend the steps were stored: the service tells changed steps by reference, new ones by no id.
const stored = (steps: readonly RouteStepState[]) => steps.map((s, index) => ({ ...s, id: `step-${index}` }));

describe('an inter-level route moves from agency to agency, each step with its own due time', () => {
  it('starts with the first group active and the others planned', () => {
    const move = startRoute(phuYen, chain, at('2025-06-09 09:00'));
    expect(summary(move.steps)).toEqual([
      ['commune', 1, 'ACTIVE', '2025-06-12 09:00', null],
      ['district', 1, 'PENDING', null, null],
      ['province', 1, 'PENDING', null, null],
    ]);
    expect(move.steps.map((s) => show(s.plannedDueAtMs))).toEqual([
      '2025-06-12 09:00',
      '2025-06-19 09:00',
      '2025-06-30 09:00',
    ]);
    expect(move.holderAgencyId).toBe('commune');
  });

  it('forwards: the finished step gets its result, the next starts with its real due time', () => {
    const started = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    // The commune takes a day longer than allotted: late; the district starts from that moment.
    const move = forwardToNextGroup(phuYen, started, at('2025-06-13 09:00'));
    expect(summary(move.steps)).toEqual([
      ['commune', 1, 'DONE', '2025-06-12 09:00', 'LATE'],
      ['district', 1, 'ACTIVE', '2025-06-20 09:00', null],
      ['province', 1, 'PENDING', null, null],
    ]);
    expect(move.closed).toEqual([{ agencyId: 'commune', dueAtMs: at('2025-06-12 09:00'), result: 'LATE' }]);
    expect(move.holderAgencyId).toBe('district');
    expect(move.steps[2]).toBe(started[2]); // untouched steps keep their identity: not rewritten
  });

  it('names the late agency of a whole life and refuses to forward past the last step', () => {
    let steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    steps = stored(forwardToNextGroup(phuYen, steps, at('2025-06-11 09:00')).steps); // commune early
    steps = stored(forwardToNextGroup(phuYen, steps, at('2025-06-23 10:00')).steps); // district late
    expect(() => forwardToNextGroup(phuYen, steps, at('2025-06-24 09:00'))).toThrow(
      expect.objectContaining({ code: 'route-last-step' }),
    );
    const finished = finishRoute(steps, at('2025-07-02 09:00')).steps;
    expect(finished.map((s) => s.result)).toEqual(['EARLY', 'LATE', 'ON_TIME']);
    const late = findLateStep(
      finished.map((s) => ({
        ...s,
        startedAtMs: s.startedAtMs!,
        dueAtMs: s.dueAtMs!,
        finishedAtMs: s.completedAtMs,
      })),
    );
    expect(late?.agencyId).toBe('district');
    expect(lateStepAgencyAt(finished, at('2025-07-02 09:00'))).toBe('district');
    // Before anything ran late, none; a step still open past its due is late as of then.
    const started = startRoute(phuYen, chain, at('2025-06-09 09:00')).steps;
    expect(lateStepAgencyAt(started, at('2025-06-10 09:00'))).toBeNull();
    expect(lateStepAgencyAt(started, at('2025-06-20 09:00'))).toBe('commune');
  });

  it('runs a parallel group: participants finish their part, the lead forwards only after them', () => {
    const parallel = [step(1, 'land-office', 3, true), step(1, 'tax', 2), step(2, 'district', 2)];
    const started = stored(startRoute(phuYen, parallel, at('2025-06-09 09:00')).steps);
    expect(holderOf(started)).toBe('land-office');
    expect(() => forwardToNextGroup(phuYen, started, at('2025-06-10 09:00'))).toThrow(
      expect.objectContaining({ code: 'route-group-unfinished' }),
    );
    expect(() => completeParticipantStep(started, new Set(['district']), at('2025-06-10 09:00'))).toThrow(
      expect.objectContaining({ code: 'route-step-not-open' }),
    );
    const taxDone = stored(completeParticipantStep(started, new Set(['tax']), at('2025-06-10 09:00')).steps);
    expect(summary(taxDone)[1]).toEqual(['tax', 1, 'DONE', '2025-06-11 09:00', 'EARLY']);
    const forwarded = forwardToNextGroup(phuYen, taxDone, at('2025-06-11 10:00'));
    expect(forwarded.holderAgencyId).toBe('district');
    expect(forwarded.closed.map((s) => s.agencyId)).toEqual(['land-office']);
  });

  it('sends the dossier back to the previous agency: its step is done again as a new attempt', () => {
    let steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    steps = stored(forwardToNextGroup(phuYen, steps, at('2025-06-11 09:00')).steps);
    const back = returnToPreviousGroup(phuYen, steps, at('2025-06-12 09:00'));
    expect(summary(back.steps)).toEqual([
      ['commune', 1, 'DONE', '2025-06-12 09:00', 'EARLY'],
      ['district', 1, 'CANCELLED', '2025-06-18 09:00', null],
      ['province', 1, 'PENDING', null, null],
      ['commune', 2, 'ACTIVE', '2025-06-17 09:00', null],
      ['district', 2, 'PENDING', null, null],
    ]);
    expect(back.holderAgencyId).toBe('commune');
    const first = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    expect(() => returnToPreviousGroup(phuYen, first, at('2025-06-10 09:00'))).toThrow(
      expect.objectContaining({ code: 'route-no-previous-agency' }),
    );
  });

  it('restarts open steps in full after a supplement, and resumes them with the time left after a pause', () => {
    const steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    expect(show(restartActiveSteps(phuYen, steps, at('2025-06-16 09:00')).steps[0].dueAtMs)).toBe(
      '2025-06-19 09:00',
    );
    // Paused Tuesday 10/6 09:00 with 2 working days left; resumed Monday 16/6 09:00.
    const resumed = resumeActiveSteps(phuYen, steps, at('2025-06-10 09:00'), at('2025-06-16 09:00'));
    expect(show(resumed.steps[0].dueAtMs)).toBe('2025-06-18 09:00');
  });

  it('cancels what remains on withdrawal, and on resolution closes open steps and cancels the rest', () => {
    const steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    expect(cancelRoute(steps, at('2025-06-10 09:00')).steps.map((s) => [s.status, s.result])).toEqual([
      ['CANCELLED', null],
      ['CANCELLED', null],
      ['CANCELLED', null],
    ]);
    // Refused after appraisal at the commune: the later steps never run.
    const refused = finishRoute(steps, at('2025-06-10 09:00'));
    expect(refused.steps.map((s) => [s.status, s.result])).toEqual([
      ['DONE', 'EARLY'],
      ['CANCELLED', null],
      ['CANCELLED', null],
    ]);
  });
});

describe('a calendar change re-dates the open steps of a route', () => {
  // Wednesday 11/6/2025 declared a day off.
  const definition = buildPhuYenDefinition();
  const withDayOff = buildWorkingCalendar({
    ...definition,
    overrides: [...definition.overrides, { date: '2025-06-11', kind: 'DAY_OFF', name: 'Nghỉ thử nghiệm' }],
  });

  it('moves an open step by the day off, and leaves done and pending steps alone', () => {
    const steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    const redated = redateActiveSteps(withDayOff, steps, []);
    expect(show(redated[0].dueAtMs)).toBe('2025-06-13 09:00');
    expect(redated[1]).toBe(steps[1]);
  });

  it('keeps the due time of a step paused since it started (the resume measured it)', () => {
    const steps = stored(startRoute(phuYen, chain, at('2025-06-09 09:00')).steps);
    const paused = redateActiveSteps(withDayOff, steps, [
      { fromMs: at('2025-06-10 09:00'), toMs: at('2025-06-12 09:00') },
    ]);
    expect(paused[0]).toBe(steps[0]);
    // A pause that ended before the step started does not count.
    const earlier = redateActiveSteps(withDayOff, steps, [
      { fromMs: at('2025-06-02 09:00'), toMs: at('2025-06-03 09:00') },
    ]);
    expect(show(earlier[0].dueAtMs)).toBe('2025-06-13 09:00');
  });
});
