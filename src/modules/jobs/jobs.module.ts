import { Module } from '@nestjs/common';
import { QueueDashboardModule } from './dashboard/queue-dashboard.module';
import { DeadlineWatchModule } from './deadline-watch/deadline-watch.module';
import { BackgroundMetricsController } from './metrics/background-metrics.controller';
import { OutboxRelayLoop } from './outbox-relay/outbox-relay.loop';
import { OutboxRelay } from './outbox-relay/outbox-relay.service';

// Background work (DESIGN.md, jobs): the outbox relay and sweep, the deadline watch. Processors
// run where QUEUE_PROCESSORS_ENABLED is on: the worker, or the API in single-machine mode.
@Module({
  imports: [QueueDashboardModule, DeadlineWatchModule],
  controllers: [BackgroundMetricsController],
  providers: [OutboxRelay, OutboxRelayLoop],
  exports: [OutboxRelay],
})
export class JobsModule {}
