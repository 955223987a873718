import {
  computeDeadline,
  describeDay,
  findEffectiveStart,
  type WorkingCalendar,
} from '../../calendar/domain/engine';
import { vietnamDayNumberOf, vietnamInstantOf } from '../../calendar/domain/local-date';
import { type Channel } from './dossier-status';

// Deadlines of the desk's and the agency's own duties, flagged (not enforced) when missed: the
// dossier still has to move on, and the breach is recorded for the control sheet and reports.

// Decree 61/2018 art. 18: online dossiers go to the competent agency at once; paper dossiers the
// same working day, or at the start of the next working day when received after 15:00.
export const TRANSFER_CUTOFF_MINUTE = 15 * 60;

export type TransferRule = 'AT_ONCE' | 'SAME_DAY' | 'NEXT_WORKING_DAY_OPENING';

export interface TransferDue {
  readonly rule: TransferRule;
  readonly dueAtMs: number;
}

// Decision: "at once" leaves no allowance (online reception and transfer belong in one
// transaction), "the same day" ends at that day's close of office hours, and "the start of the next
// working day" is its opening instant. A paper dossier registered on a day off is treated as
// received after the cut-off.
export function findTransferDue(
  cal: WorkingCalendar,
  receivedAtMs: number,
  channel: Channel,
  cutoffMinute: number = TRANSFER_CUTOFF_MINUTE,
): TransferDue {
  if (channel === 'ONLINE') {
    return { rule: 'AT_ONCE', dueAtMs: receivedAtMs };
  }
  const dayNumber = vietnamDayNumberOf(receivedAtMs);
  const day = describeDay(cal, dayNumber);
  if (day.isWorkingDay && receivedAtMs <= vietnamInstantOf(dayNumber, cutoffMinute)) {
    const closingMinute = toMinute(day.periods[day.periods.length - 1].end);
    return { rule: 'SAME_DAY', dueAtMs: vietnamInstantOf(dayNumber, closingMinute) };
  }
  const nextMidnightMs = vietnamInstantOf(dayNumber + 1, 0);
  return { rule: 'NEXT_WORKING_DAY_OPENING', dueAtMs: findEffectiveStart(cal, nextMidnightMs, false) };
}

export function isTransferLate(
  cal: WorkingCalendar,
  receivedAtMs: number,
  transferredAtMs: number,
  channel: Channel,
): boolean {
  return transferredAtMs > findTransferDue(cal, receivedAtMs, channel).dueAtMs;
}

// Decree 61/2018 art. 19.4: a supplement found necessary during handling is asked for through the
// desk within 3 working days of receipt. Decision: counted from the start of the clock's current
// run (the receipt, or the complete re-submission after an earlier request); a second request is
// recorded by the clock's supplementRequestCount in any case.
export const SUPPLEMENT_REQUEST_WORKING_DAYS = 3;

export function findSupplementRequestDue(
  cal: WorkingCalendar,
  runStartedAtMs: number,
  online: boolean,
): number {
  return computeDeadline(cal, {
    startMs: runStartedAtMs,
    amount: SUPPLEMENT_REQUEST_WORKING_DAYS,
    unit: 'WORKING_DAYS',
    online,
  }).dueAtMs;
}

export function isSupplementRequestLate(
  cal: WorkingCalendar,
  clock: { readonly runStartedAtMs: number; readonly online: boolean },
  requestedAtMs: number,
): boolean {
  return requestedAtMs > findSupplementRequestDue(cal, clock.runStartedAtMs, clock.online);
}

function toMinute(clockText: string): number {
  const [hours, minutes] = clockText.split(':').map(Number);
  return hours * 60 + minutes;
}
