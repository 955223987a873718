import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { PeriodicRunner } from '../../../infra/scheduling/periodic-runner';
import { OutboxRelay } from './outbox-relay.service';

// Runs the relay and the sweep on timers in every process whose processors are on (the worker,
// or the API in single-machine mode). Several processes may run it: the relay takes events with
// SKIP LOCKED and the handlers are idempotent. A timer, not a Bull job, so relaying does not
// depend on Redis: with Redis down the deliveries are still planned in the database.
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly runner = new PeriodicRunner((error) =>
    this.logger.warn(`Relay run failed: ${error.message}`),
  );

  constructor(
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.queueProcessorsEnabled) {
      return;
    }
    const { relayIntervalMs, sweepIntervalMs } = this.config.outbox;
    this.runner.every(relayIntervalMs, () => this.relay.relayPending());
    this.runner.every(sweepIntervalMs, () => this.relay.sweep());
    this.logger.log(`Relaying the outbox every ${relayIntervalMs} ms, sweeping every ${sweepIntervalMs} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
