import { describeDay, type WorkingCalendar } from '../../calendar/domain/engine';
import {
  formatIsoDate,
  fromDayNumber,
  vietnamDayNumberOf,
  vietnamInstantOf,
} from '../../calendar/domain/local-date';
import { assertClockInOrder, assertClockState, type DossierClock } from './dossier-clock';
import { DossierError } from './dossier.errors';

// Decree 61/2018 art. 19.9 (Mẫu 04): for a dossier that will be late, the responsible agency sends
// the citizen an apology with the reason and a new appointment at the latest 1 working day before
// the deadline; the appointment moves only once. dueAt never moves: an apology never makes a
// dossier on time.
//
// Decision: "1 working day before the deadline" is read by days, as the decree counts it: the
// apology may be dated up to the end of the last working day before the day dueAt falls on. A
// dossier due Thursday 09:00 may be apologised for until Wednesday 23:59:59.999; one due Monday,
// until the end of the Friday before (or earlier, across days off). When no working day lies
// between the start of the clock's run and the due day (a same-day or one-day procedure), the
// window closed before the dossier arrived: the deadline is then the end of the day before.
export function findApologyDeadline(
  cal: WorkingCalendar,
  clock: Pick<DossierClock, 'dueAtMs' | 'runStartedAtMs'>,
): number {
  const firstDay = vietnamDayNumberOf(clock.runStartedAtMs);
  let dayNumber = vietnamDayNumberOf(clock.dueAtMs) - 1;
  while (dayNumber >= firstDay && !describeDay(cal, dayNumber).isWorkingDay) {
    dayNumber -= 1;
  }
  return vietnamInstantOf(Math.max(dayNumber, firstDay - 1) + 1, 0) - 1;
}

export function issueApology(
  cal: WorkingCalendar,
  clock: DossierClock,
  newAppointmentMs: number,
  nowMs: number,
): DossierClock {
  assertClockState(clock, ['RUNNING'], 'gửi phiếu xin lỗi và hẹn lại');
  assertClockInOrder(clock, nowMs);
  if (clock.apology !== null) {
    throw new DossierError(
      'conflict',
      'dossier-apology-already-issued',
      'Đã hẹn lại ngày trả kết quả',
      'Hồ sơ đã có phiếu xin lỗi và hẹn lại; ngày hẹn trả chỉ được hẹn lại một lần (Nghị định 61/2018, Điều 19).',
    );
  }
  const deadlineMs = findApologyDeadline(cal, clock);
  if (nowMs > deadlineMs) {
    throw new DossierError(
      'conflict',
      'dossier-apology-too-late',
      'Quá thời điểm gửi phiếu xin lỗi',
      `Phiếu xin lỗi và hẹn lại phải gửi chậm nhất 01 ngày làm việc trước hạn giải quyết, tức là trong ngày ${formatIsoDate(fromDayNumber(vietnamDayNumberOf(deadlineMs)))} (Nghị định 61/2018, Điều 19).`,
    );
  }
  if (!Number.isFinite(newAppointmentMs) || newAppointmentMs <= clock.appointmentAtMs) {
    throw new DossierError(
      'invalid',
      'dossier-apology-invalid-appointment',
      'Ngày hẹn mới không hợp lệ',
      'Ngày hẹn trả kết quả mới phải sau ngày hẹn hiện tại.',
      [{ field: 'newAppointmentAt', message: 'newAppointmentAt: phải sau ngày hẹn hiện tại' }],
    );
  }
  return {
    ...clock,
    appointmentAtMs: newAppointmentMs,
    apology: {
      issuedAtMs: nowMs,
      previousAppointmentAtMs: clock.appointmentAtMs,
      newAppointmentAtMs: newAppointmentMs,
    },
  };
}

// The "missing apology" flag: no apology was issued and the window for one has closed while the
// dossier was still running (judged at the instant it stopped if it waits for the citizen), or it
// was resolved late. Resolved in time, nothing is missing; a withdrawn or stopped dossier owes none.
export function isMissingApology(cal: WorkingCalendar, clock: DossierClock, nowMs: number): boolean {
  if (clock.apology !== null) {
    return false;
  }
  switch (clock.state) {
    case 'RESOLVED':
      return clock.classification === 'LATE';
    case 'ENDED':
      return false;
    case 'RUNNING':
      return nowMs > findApologyDeadline(cal, clock);
    case 'PAUSED':
    case 'STOPPED_FOR_SUPPLEMENT': {
      const stoppedAtMs = clock.pauses[clock.pauses.length - 1].fromMs;
      return Math.min(nowMs, stoppedAtMs) > findApologyDeadline(cal, clock);
    }
  }
}
