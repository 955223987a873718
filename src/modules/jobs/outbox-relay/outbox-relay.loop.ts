import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { OutboxRelay } from './outbox-relay.service';

// Runs the relay and the sweep on timers in every process whose processors are on (the worker,
// or the API in single-machine mode). Several processes may run it: the relay takes events with
// SKIP LOCKED and the handlers are idempotent. A timer, not a Bull job, so relaying does not
// depend on Redis: with Redis down the deliveries are still planned in the database.
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly timers: NodeJS.Timeout[] = [];
  private current: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopped = false;

  constructor(
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.queueProcessorsEnabled) {
      return;
    }
    const { relayIntervalMs, sweepIntervalMs } = this.config.outbox;
    this.timers.push(
      setInterval(() => this.run(() => this.relay.relayPending()), relayIntervalMs).unref(),
      setInterval(() => this.run(() => this.relay.sweep()), sweepIntervalMs).unref(),
    );
    this.logger.log(`Relaying the outbox every ${relayIntervalMs} ms, sweeping every ${sweepIntervalMs} ms`);
  }

  // One run at a time in this process; a tick that finds the previous run busy is skipped.
  private run(work: () => Promise<unknown>): void {
    if (this.busy || this.stopped) {
      return;
    }
    this.busy = true;
    this.current = work()
      .catch((error: Error) => this.logger.warn(`Relay run failed: ${error.message}`))
      .finally(() => {
        this.busy = false;
      });
  }

  // Graceful shutdown: no new run, and the one in hand finishes (its transaction commits or
  // rolls back; nothing half-done stays behind).
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) {
      clearInterval(timer);
    }
    await this.current;
  }
}
