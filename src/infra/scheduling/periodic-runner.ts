// Background work on timers in one process: one run at a time across all of the runner's timers
// (a tick that finds a run in hand is skipped), a failed run reported and forgotten, and stop()
// for graceful shutdown — no new run, and the one in hand finishes (its transaction commits or
// rolls back; nothing half-done stays behind).
export class PeriodicRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private current: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopped = false;

  constructor(private readonly onFailure: (error: Error) => void) {}

  every(intervalMs: number, work: () => Promise<unknown>): void {
    this.timers.push(setInterval(() => this.run(work), intervalMs).unref());
  }

  private run(work: () => Promise<unknown>): void {
    if (this.busy || this.stopped) {
      return;
    }
    this.busy = true;
    this.current = work()
      .catch((error: Error) => this.onFailure(error))
      .finally(() => {
        this.busy = false;
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) {
      clearInterval(timer);
    }
    await this.current;
  }
}
