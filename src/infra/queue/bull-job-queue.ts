import { getQueueToken } from '@nestjs/bull';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type Queue } from 'bull';
import { withTimeout } from '../../common';
import { type AppConfig, APP_CONFIG } from '../../config';
import { JobHandlerRegistry } from './job-handler.registry';
import { type EnqueueOptions, JobQueue } from './job-queue';
import { type JobName, type JobPayloads, QUEUE_NAMES, type QueueName, queueOfJob } from './queue-names';

const PING_TIMEOUT_MS = 2000;

@Injectable()
export class BullJobQueue extends JobQueue implements OnApplicationBootstrap {
  readonly mode = 'bull' as const;
  private readonly logger = new Logger('JobQueue');

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly registry: JobHandlerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async enqueue<N extends JobName>(
    job: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<void> {
    await this.queue(queueOfJob(job)).add(job, payload, {
      jobId: options.jobId,
      attempts: options.attempts ?? 3,
      delay: options.delayMs,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: options.repeat ? true : 1000,
      // A repeatable job's failure comes back every interval: keep the latest ones, not all.
      removeOnFail: options.repeat ? 100 : false,
      // Bull keeps one schedule per name and jobId, and adds one job per instant for all workers.
      ...(options.repeat && { repeat: { every: options.repeat.everyMs } }),
    });
  }

  async ping(): Promise<void> {
    const client = this.queue(QUEUE_NAMES[0]).client;
    await withTimeout(client.ping(), PING_TIMEOUT_MS, 'Redis did not answer');
  }

  // Never awaited: a queue call awaited during bootstrap hangs listen() while Redis is down.
  onApplicationBootstrap(): void {
    for (const name of QUEUE_NAMES) {
      this.queue(name).on('error', (error: Error) => this.logger.warn(`Queue ${name}: ${error.message}`));
    }
    if (!this.config.queueProcessorsEnabled) {
      return;
    }
    for (const [job, handler] of this.registry.all()) {
      void this.queue(queueOfJob(job))
        // Jobs wait mostly on the network (SMTP, gateways, the portal): several at a time per process.
        .process(job, this.config.queueConcurrency, async (bullJob) => handler(bullJob.data as never))
        .catch((error: Error) => this.logger.error(`Processor for ${job} stopped: ${error.message}`));
    }
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
