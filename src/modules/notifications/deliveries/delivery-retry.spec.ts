import fc from 'fast-check';
import { isLastAttempt, MAX_RETRY_DELAY_MS, retryDelayMs } from './delivery-retry';

describe('delivery retry backoff', () => {
  it('waits 30 s, 1 min, 2 min, 4 min after the 1st to 4th failure with the default base', () => {
    expect([1, 2, 3, 4].map((failed) => retryDelayMs(failed, 30_000))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
  });

  it('never waits more than six hours, however many failures', () => {
    expect(retryDelayMs(20, 30_000)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(1000, 3_600_000)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('never shrinks from one failure to the next', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 10, max: 3_600_000 }),
        (failed, base) => {
          expect(retryDelayMs(failed + 1, base)).toBeGreaterThanOrEqual(retryDelayMs(failed, base));
          expect(retryDelayMs(failed, base)).toBeGreaterThanOrEqual(Math.min(base, MAX_RETRY_DELAY_MS));
        },
      ),
    );
  });

  it('gives up after the configured number of attempts', () => {
    expect(isLastAttempt(4, 5)).toBe(false);
    expect(isLastAttempt(5, 5)).toBe(true);
    expect(isLastAttempt(1, 1)).toBe(true);
  });
});
