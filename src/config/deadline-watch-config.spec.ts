import { buildAppConfig, ConfigValidationError, parseEnvironment } from './app-config';
import { parseEscalationHours } from './deadline-watch-config';

describe('deadline watch configuration', () => {
  it('defaults: a tick a minute, due soon one working day ahead, escalations at 8 and 40 working hours', () => {
    expect(buildAppConfig(parseEnvironment({}), '/srv').deadlineWatch).toEqual({
      intervalMs: 60_000,
      dueSoonWorkingDays: 1,
      escalationWorkingHours: [8, 40],
      maxNoticesPerTick: 5000,
    });
  });

  it('reads the escalation thresholds as increasing whole hours', () => {
    expect(parseEscalationHours('8, 16 ,40')).toEqual([8, 16, 40]);
    for (const refused of ['40,8', '8,8', '0', '8,,40', 'tám', '2001', '1,2,3,4,5,6,7,8,9,10']) {
      expect(parseEscalationHours(refused)).toBeNull();
    }
  });

  it('refuses an interval between 0 (off) and one second, naming the variable', () => {
    expect(
      buildAppConfig(parseEnvironment({ DEADLINE_WATCH_INTERVAL_MS: '0' }), '/srv').deadlineWatch.intervalMs,
    ).toBe(0);
    expect(() => parseEnvironment({ DEADLINE_WATCH_INTERVAL_MS: '500' })).toThrow(ConfigValidationError);
    expect(() => parseEnvironment({ DEADLINE_ESCALATION_WORKING_HOURS: '40,8' })).toThrow(
      /DEADLINE_ESCALATION_WORKING_HOURS="40,8": must be 1-9 increasing whole hours/,
    );
  });
});
