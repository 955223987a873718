import { type WorkingCalendar } from '../../calendar/domain/engine';
import { issueApology } from './apology';
import { type ClockEffect } from './dossier-actions';
import {
  type DossierClock,
  endClock,
  pauseClock,
  recordReturn,
  resolveClock,
  restartAfterSupplement,
  resumeClock,
  stopForSupplement,
} from './dossier-clock';
import { DossierError } from './dossier.errors';

export interface ClockEffectInput {
  readonly nowMs: number;
  readonly newAppointmentMs?: number; // REAPPOINT
}

// One switch from the workflow table's clock effect to the clock function that applies it. A
// dossier not yet received has no clock; only END may then pass (withdrawal before reception).
export function applyClockEffect(
  effect: ClockEffect,
  cal: WorkingCalendar,
  clock: DossierClock | null,
  input: ClockEffectInput,
): DossierClock | null {
  if (effect === 'NONE' || (effect === 'END' && clock === null)) {
    return clock;
  }
  if (clock === null || effect === 'START') {
    throw new DossierError(
      'conflict',
      'dossier-clock-conflict',
      'Đồng hồ hồ sơ không phù hợp',
      'Hồ sơ chưa được tiếp nhận nên chưa có thời hạn giải quyết.',
    );
  }
  switch (effect) {
    case 'STOP_FOR_SUPPLEMENT':
      return stopForSupplement(clock, input.nowMs);
    case 'RESTART_FULL':
      return restartAfterSupplement(cal, clock, input.nowMs);
    case 'PAUSE':
      return pauseClock(cal, clock, input.nowMs);
    case 'RESUME_REMAINING':
      return resumeClock(cal, clock, input.nowMs);
    case 'REAPPOINT':
      if (input.newAppointmentMs === undefined) {
        throw new DossierError(
          'invalid',
          'dossier-apology-invalid-appointment',
          'Thiếu ngày hẹn mới',
          'Phiếu xin lỗi phải có ngày hẹn trả kết quả mới.',
        );
      }
      return issueApology(cal, clock, input.newAppointmentMs, input.nowMs);
    case 'CLASSIFY':
      return resolveClock(clock, input.nowMs);
    case 'RECORD_RETURN':
      return recordReturn(clock, input.nowMs);
    case 'END':
      return endClock(clock, input.nowMs);
  }
}
