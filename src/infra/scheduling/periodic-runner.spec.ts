import { PeriodicRunner } from './periodic-runner';

describe('PeriodicRunner', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs one piece of work at a time across its timers, and reports a failure without stopping', async () => {
    const failures: string[] = [];
    const runner = new PeriodicRunner((error) => failures.push(error.message));
    let release: () => void = () => undefined;
    const started: string[] = [];
    runner.every(100, () => {
      started.push('slow');
      return new Promise<void>((resolve) => (release = resolve));
    });
    runner.every(30, () => {
      started.push('failing');
      return Promise.reject(new Error('boom'));
    });
    await jest.advanceTimersByTimeAsync(30); // "failing" runs and fails
    await jest.advanceTimersByTimeAsync(70); // t=90: "failing" again; t=100: "slow" starts
    expect(started).toEqual(['failing', 'failing', 'failing', 'slow']);
    await jest.advanceTimersByTimeAsync(100); // "slow" still running: every tick is skipped
    expect(started).toHaveLength(4);
    release();
    await jest.advanceTimersByTimeAsync(30);
    expect(started).toHaveLength(5);
    expect(failures).toEqual(['boom', 'boom', 'boom', 'boom']);
    await runner.stop();
  });

  it('stops: no new run, and the run in hand is awaited', async () => {
    const runner = new PeriodicRunner(() => undefined);
    let finished = false;
    let release: () => void = () => undefined;
    runner.every(10, () => new Promise<void>((resolve) => (release = resolve)).then(() => (finished = true)));
    await jest.advanceTimersByTimeAsync(10);
    const stopping = runner.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
  });
});
