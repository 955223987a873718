import { computeDeadline } from './deadline';
import { pauseDeadline, resumeDeadline } from './deadline-pause';
import { atVietnamTime, buildPhuYenDefinition, formatVietnamTime } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

describe('pausing the clock for a financial obligation', () => {
  const received = computeDeadline(phuYen, {
    startMs: atVietnamTime('2025-06-09 09:00'),
    amount: 5,
    unit: 'WORKING_DAYS',
  });

  it('a 5-working-day dossier received Monday 9/6/2025 09:00 is due Monday 16/6 09:00', () => {
    expect(formatVietnamTime(received.dueAtMs)).toBe('2025-06-16 09:00');
  });

  it('paused Wednesday 10:00 it keeps 1,380 working minutes, and resumed Friday 14:00 is due Wednesday 18/6 11:30', () => {
    const paused = pauseDeadline(phuYen, received, atVietnamTime('2025-06-11 10:00'));
    expect(paused.remainingWorkingMinutes).toBe(330 + 480 + 480 + 90);
    const resumed = resumeDeadline(phuYen, paused, atVietnamTime('2025-06-13 14:00'));
    expect(formatVietnamTime(resumed.dueAtMs)).toBe('2025-06-18 11:30');
  });

  it('resumed on a Saturday, the remaining time counts from Monday 07:30', () => {
    const paused = pauseDeadline(phuYen, received, atVietnamTime('2025-06-13 16:00'));
    expect(paused.remainingWorkingMinutes).toBe(60 + 90);
    const resumed = resumeDeadline(phuYen, paused, atVietnamTime('2025-06-14 09:00'));
    expect(formatVietnamTime(resumed.effectiveStartMs)).toBe('2025-06-16 07:30');
    expect(formatVietnamTime(resumed.dueAtMs)).toBe('2025-06-16 10:00');
  });

  it('a dossier already late when paused stays late: its due instant does not move', () => {
    const paused = pauseDeadline(phuYen, received, atVietnamTime('2025-06-17 09:00'));
    expect(paused.remainingWorkingMinutes).toBe(0);
    expect(resumeDeadline(phuYen, paused, atVietnamTime('2025-06-20 09:00')).dueAtMs).toBe(received.dueAtMs);
  });

  it('refuses to resume before the pause', () => {
    const paused = pauseDeadline(phuYen, received, atVietnamTime('2025-06-11 10:00'));
    expect(() => resumeDeadline(phuYen, paused, atVietnamTime('2025-06-10 10:00'))).toThrow(RangeError);
  });

  it('a supplement request restarts the full time limit from the complete re-submission (Decree 61/2018 art. 19.4)', () => {
    const restarted = computeDeadline(phuYen, {
      startMs: atVietnamTime('2025-06-12 15:00'),
      amount: 5,
      unit: 'WORKING_DAYS',
    });
    expect(formatVietnamTime(restarted.dueAtMs)).toBe('2025-06-19 15:00');
  });
});
