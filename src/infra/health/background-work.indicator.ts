import { getQueueToken } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorService } from '@nestjs/terminus';
import { type Queue } from 'bull';
import { DataSource } from 'typeorm';
import { withTimeout } from '../../common';
import { type AppConfig, APP_CONFIG } from '../../config';
import { QUEUE_NAMES } from '../queue/queue-names';

const COUNTS_TIMEOUT_MS = 1000;

interface OutboxLag {
  undelivered: number;
  oldest: Date | null;
}

interface DeliveryBacklog {
  pending: number;
  dead: number;
}

// How far behind the background work is: the outbox events not yet relayed (and the age of the
// oldest), deliveries waiting or dead, and each Bull queue's counts. Reported, never "down": a
// backlog is the workers' problem, and failing the API's health would take it out of the load
// balancer for nothing.
@Injectable()
export class BackgroundWorkIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check() {
    const indicator = this.indicators.check('backgroundWork');
    try {
      return indicator.up(await withTimeout(this.measure(), 2 * COUNTS_TIMEOUT_MS));
    } catch (error) {
      return indicator.up({ unavailable: (error as Error).message }); // the database check says why
    }
  }

  private async measure(): Promise<Record<string, unknown>> {
    const [outbox] = await this.dataSource.query<OutboxLag[]>(
      `SELECT count(*)::int AS undelivered, min(occurred_at) AS oldest FROM outbox_events WHERE delivered_at IS NULL`,
    );
    const [deliveries] = await this.dataSource.query<DeliveryBacklog[]>(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE status = 'DEAD')::int AS dead
       FROM notification_deliveries WHERE status IN ('PENDING', 'DEAD')`,
    );
    return {
      outboxUndelivered: outbox.undelivered,
      outboxOldestAgeSeconds: outbox.oldest ? Math.round((Date.now() - outbox.oldest.getTime()) / 1000) : 0,
      deliveriesPending: deliveries.pending,
      deliveriesDead: deliveries.dead,
      queues: await this.queueCounts(),
    };
  }

  private async queueCounts(): Promise<Record<string, unknown> | string> {
    if (!this.config.redis) {
      return 'in-process';
    }
    try {
      const entries = await Promise.all(
        QUEUE_NAMES.map(async (name) => {
          const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
          const counts = await withTimeout(queue.getJobCounts(), COUNTS_TIMEOUT_MS);
          return [
            name,
            {
              waiting: counts.waiting,
              active: counts.active,
              delayed: counts.delayed,
              failed: counts.failed,
            },
          ];
        }),
      );
      return Object.fromEntries(entries) as Record<string, unknown>;
    } catch (error) {
      return `unavailable: ${(error as Error).message}`;
    }
  }
}
