import {
  computeDeadline,
  pauseDeadline,
  resumeDeadline,
  type WorkingCalendar,
} from '../../calendar/domain/engine';
import { type TimeLimit } from '../../catalog/procedures/domain/procedure-content';
import {
  classifyOpenAt,
  classifyResolution,
  type DossierClassification,
  type OpenClassification,
} from './classification';
import { DossierError } from './dossier.errors';

// The dossier clock (DESIGN.md, "Dossier clock"), pure over a working calendar. Every legal
// instant is computed by the calendar engine; nothing here reads the time of day.
// The workflow's clock effects map to: START startClock, STOP_FOR_SUPPLEMENT stopForSupplement,
// RESTART_FULL restartAfterSupplement, PAUSE pauseClock, RESUME_REMAINING resumeClock, REAPPOINT
// issueApology (apology.ts), CLASSIFY resolveClock, RECORD_RETURN recordReturn, END endClock (only
// for a dossier already received: before reception there is no clock).
export type PauseReason = 'FINANCIAL_OBLIGATION' | 'SUPPLEMENT';

export interface ClockPause {
  readonly reason: PauseReason;
  readonly fromMs: number;
  readonly toMs: number | null; // null while the clock is still stopped
}

// RUNNING after receipt; STOPPED_FOR_SUPPLEMENT (restarts in full) or PAUSED (resumes with the
// remaining time) while waiting for the citizen; RESOLVED once the result is issued; ENDED by a
// withdrawal or a stop.
export type ClockState = 'RUNNING' | 'STOPPED_FOR_SUPPLEMENT' | 'PAUSED' | 'RESOLVED' | 'ENDED';

export interface Apology {
  readonly issuedAtMs: number;
  readonly previousAppointmentAtMs: number;
  readonly newAppointmentAtMs: number;
}

export interface DossierClock {
  readonly limit: TimeLimit; // from the pinned procedure version
  readonly online: boolean;
  readonly receivedAtMs: number;
  readonly runStartedAtMs: number; // the receipt, or the last complete re-submission
  readonly dueAtMs: number; // the legal deadline; while stopped, the one in force when it stopped
  readonly appointmentAtMs: number; // promised to the citizen; an apology moves it, once
  readonly provisional: boolean; // computed over proposed (not yet official) days off
  readonly state: ClockState;
  readonly pauses: readonly ClockPause[]; // supplement stops and financial pauses, in order
  // While PAUSED: the working minutes that were left to dueAt and to the appointment.
  readonly remaining: { readonly dueMinutes: number; readonly appointmentMinutes: number } | null;
  readonly supplementRequestCount: number; // more than one is recorded as such (statistics)
  readonly apology: Apology | null;
  readonly resolvedAtMs: number | null;
  readonly classification: DossierClassification | null; // computed once, at resolution
  readonly returnedAtMs: number | null;
  readonly endedAtMs: number | null;
}

// The receipt (Mẫu 01): the limit counts from the receipt's effective start, online dossiers by
// the online rule of the engine; the appointment is the due instant.
export function startClock(
  cal: WorkingCalendar,
  receivedAtMs: number,
  limit: TimeLimit,
  online: boolean,
): DossierClock {
  const deadline = computeDeadline(cal, {
    startMs: receivedAtMs,
    amount: limit.amount,
    unit: limit.unit,
    online,
  });
  return {
    limit,
    online,
    receivedAtMs,
    runStartedAtMs: receivedAtMs,
    dueAtMs: deadline.dueAtMs,
    appointmentAtMs: deadline.dueAtMs,
    provisional: deadline.provisional,
    state: 'RUNNING',
    pauses: [],
    remaining: null,
    supplementRequestCount: 0,
    apology: null,
    resolvedAtMs: null,
    classification: null,
    returnedAtMs: null,
    endedAtMs: null,
  };
}

// Decree 61/2018 art. 19.4: a supplement requested during handling stops the clock.
export function stopForSupplement(clock: DossierClock, atMs: number): DossierClock {
  assertClockState(clock, ['RUNNING'], 'dừng để bổ sung hồ sơ');
  assertClockInOrder(clock, atMs);
  return {
    ...clock,
    state: 'STOPPED_FOR_SUPPLEMENT',
    pauses: [...clock.pauses, { reason: 'SUPPLEMENT', fromMs: atMs, toMs: null }],
    supplementRequestCount: clock.supplementRequestCount + 1,
  };
}

// The complete re-submission restarts the full time limit from its own instant (art. 19.4): the
// same deadline as a fresh receipt then, whatever was left before. The citizen gets a new
// appointment; an apology already issued stays issued (the appointment moves once per dossier).
export function restartAfterSupplement(
  cal: WorkingCalendar,
  clock: DossierClock,
  resubmittedAtMs: number,
  online: boolean = clock.online,
): DossierClock {
  assertClockState(clock, ['STOPPED_FOR_SUPPLEMENT'], 'tính lại thời hạn sau khi bổ sung');
  assertClockInOrder(clock, resubmittedAtMs);
  const { amount, unit } = clock.limit;
  const deadline = computeDeadline(cal, { startMs: resubmittedAtMs, amount, unit, online });
  return {
    ...clock,
    state: 'RUNNING',
    runStartedAtMs: resubmittedAtMs,
    dueAtMs: deadline.dueAtMs,
    appointmentAtMs: deadline.dueAtMs,
    provisional: deadline.provisional, // the earlier run's deadline no longer counts
    pauses: closeLastPause(clock.pauses, resubmittedAtMs),
  };
}

// Waiting for the citizen's financial obligation pauses the clock (national status 6).
export function pauseClock(cal: WorkingCalendar, clock: DossierClock, atMs: number): DossierClock {
  assertClockState(clock, ['RUNNING'], 'tạm dừng chờ nghĩa vụ tài chính');
  assertClockInOrder(clock, atMs);
  const running = { dueAtMs: clock.dueAtMs, provisional: clock.provisional };
  const toAppointment = { dueAtMs: clock.appointmentAtMs, provisional: clock.provisional };
  return {
    ...clock,
    state: 'PAUSED',
    pauses: [...clock.pauses, { reason: 'FINANCIAL_OBLIGATION', fromMs: atMs, toMs: null }],
    remaining: {
      dueMinutes: pauseDeadline(cal, running, atMs).remainingWorkingMinutes,
      appointmentMinutes: pauseDeadline(cal, toAppointment, atMs).remainingWorkingMinutes,
    },
  };
}

// It resumes with the remaining working time, from the resume instant's effective start. A
// dossier already late when paused keeps its due instant (the engine's rule).
export function resumeClock(cal: WorkingCalendar, clock: DossierClock, atMs: number): DossierClock {
  assertClockState(clock, ['PAUSED'], 'tiếp tục tính thời hạn');
  assertClockInOrder(clock, atMs);
  const pause = clock.pauses[clock.pauses.length - 1];
  const resume = (dueAtMs: number, remainingWorkingMinutes: number) =>
    resumeDeadline(
      cal,
      { pausedAtMs: pause.fromMs, dueAtMs, remainingWorkingMinutes, provisional: clock.provisional },
      atMs,
    );
  const due = resume(clock.dueAtMs, clock.remaining?.dueMinutes ?? 0);
  const appointment = resume(clock.appointmentAtMs, clock.remaining?.appointmentMinutes ?? 0);
  return {
    ...clock,
    state: 'RUNNING',
    dueAtMs: due.dueAtMs,
    appointmentAtMs: appointment.dueAtMs,
    provisional: due.provisional || appointment.provisional,
    pauses: closeLastPause(clock.pauses, atMs),
    remaining: null,
  };
}

// The result (or the refusal after appraisal) is issued: classified once against dueAt.
export function resolveClock(clock: DossierClock, resolvedAtMs: number): DossierClock {
  assertClockState(clock, ['RUNNING'], 'ghi nhận kết quả giải quyết');
  assertClockInOrder(clock, resolvedAtMs);
  return {
    ...clock,
    state: 'RESOLVED',
    resolvedAtMs,
    classification: classifyResolution(clock.dueAtMs, resolvedAtMs),
  };
}

export function recordReturn(clock: DossierClock, returnedAtMs: number): DossierClock {
  assertClockState(clock, ['RESOLVED'], 'ghi nhận trả kết quả');
  assertClockInOrder(clock, returnedAtMs);
  return { ...clock, returnedAtMs };
}

// A withdrawal or a stop ends the clock, closing a pause still open.
export function endClock(clock: DossierClock, atMs: number): DossierClock {
  assertClockState(clock, ['RUNNING', 'STOPPED_FOR_SUPPLEMENT', 'PAUSED'], 'kết thúc xử lý');
  assertClockInOrder(clock, atMs);
  const isStopped = clock.state !== 'RUNNING';
  return {
    ...clock,
    state: 'ENDED',
    endedAtMs: atMs,
    pauses: isStopped ? closeLastPause(clock.pauses, atMs) : clock.pauses,
    remaining: null,
  };
}

// An open dossier at T (domain.md, Statistics). While the clock waits for the citizen the dossier
// is judged at the instant it stopped: stopped in time, it stays within time.
export function classifyOpenClockAt(clock: DossierClock, atMs: number): OpenClassification {
  const stoppedAtMs =
    clock.state === 'PAUSED' || clock.state === 'STOPPED_FOR_SUPPLEMENT'
      ? clock.pauses[clock.pauses.length - 1].fromMs
      : atMs;
  return classifyOpenAt(clock.dueAtMs, Math.min(atMs, stoppedAtMs));
}

// The latest instant the clock has recorded: no later event may be dated before it.
export function findLastClockEventMs(clock: DossierClock): number {
  const pauseInstants = clock.pauses.flatMap((pause) => [pause.fromMs, pause.toMs ?? -Infinity]);
  return Math.max(
    clock.runStartedAtMs,
    ...pauseInstants,
    clock.apology?.issuedAtMs ?? -Infinity,
    clock.resolvedAtMs ?? -Infinity,
    clock.returnedAtMs ?? -Infinity,
    clock.endedAtMs ?? -Infinity,
  );
}

export function assertClockState(
  clock: DossierClock,
  states: readonly ClockState[],
  operation: string,
): void {
  if (!states.includes(clock.state)) {
    throw new DossierError(
      'conflict',
      'dossier-clock-conflict',
      'Trạng thái thời hạn không phù hợp',
      `Không thể ${operation} khi thời hạn giải quyết đang ở trạng thái ${clock.state}.`,
    );
  }
}

export function assertClockInOrder(clock: DossierClock, atMs: number): void {
  if (!Number.isFinite(atMs) || atMs < findLastClockEventMs(clock)) {
    throw new DossierError(
      'invalid',
      'dossier-clock-out-of-order',
      'Thời điểm không hợp lệ',
      'Thời điểm ghi nhận sớm hơn sự kiện trước đó của hồ sơ.',
    );
  }
}

function closeLastPause(pauses: readonly ClockPause[], atMs: number): ClockPause[] {
  return pauses.map((pause, index) => (index === pauses.length - 1 ? { ...pause, toMs: atMs } : pause));
}
