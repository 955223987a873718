import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobHandlerRegistry } from './job-handler.registry';
import { type EnqueueOptions, JobQueue } from './job-queue';
import { type JobName, type JobPayloads } from './queue-names';

const RETRY_BASE_DELAY_MS = 200;
// Ids of jobs already accepted, for Bull-like dedupe; bounded so a long-running process does not grow.
const MAX_REMEMBERED_JOB_IDS = 10_000;

// Without Redis the same handlers run in this process, after the caller's turn, with retries.
@Injectable()
export class InProcessJobQueue extends JobQueue implements OnApplicationShutdown {
  readonly mode = 'in-process' as const;
  private readonly logger = new Logger('JobQueue');
  private readonly running = new Set<Promise<void>>();
  private readonly seenJobIds = new Set<string>();

  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  enqueue<N extends JobName>(job: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    if (options.jobId !== undefined) {
      if (this.seenJobIds.has(options.jobId)) {
        return Promise.resolve();
      }
      if (this.seenJobIds.size >= MAX_REMEMBERED_JOB_IDS) {
        this.seenJobIds.clear();
      }
      this.seenJobIds.add(options.jobId);
    }
    const run = this.runWithRetries(job, payload, options.attempts ?? 3).finally(() =>
      this.running.delete(run),
    );
    this.running.add(run);
    return Promise.resolve();
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async runWithRetries(job: JobName, payload: unknown, attempts: number): Promise<void> {
    const handler = this.registry.all().get(job);
    if (!handler) {
      this.logger.error(`No handler for job ${job}`);
      return;
    }
    await sleep(0);
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        await handler(payload as never);
        return;
      } catch (error) {
        this.logger.warn(`Job ${job} failed (attempt ${attempt}/${attempts}): ${(error as Error).message}`);
        if (attempt < attempts) {
          await sleep(RETRY_BASE_DELAY_MS * 2 ** (attempt - 1));
        }
      }
    }
  }
}
