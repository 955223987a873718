import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../config';
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
  // Jobs waiting for their delay; dropped at shutdown (the database row, not the timer, is the
  // record: the relay's sweep hands a due delivery over again after a restart).
  private readonly delayed = new Set<NodeJS.Timeout>();
  // Repeatable jobs by schedule name (jobId); cleared at shutdown.
  private readonly repeating = new Map<string, NodeJS.Timeout>();
  private readonly seenJobIds = new Set<string>();
  // At most QUEUE_CONCURRENCY jobs run at once, the rest wait their turn in order: a burst of
  // thousands of deliveries must not take every database connection at the same time.
  private active = 0;
  private readonly waiting: Array<(go: boolean) => void> = [];
  private stopping = false;

  constructor(
    private readonly registry: JobHandlerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  enqueue<N extends JobName>(job: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<void> {
    if (options.repeat) {
      this.repeat(job, payload, options.repeat.everyMs, options.jobId ?? job, options.attempts ?? 3);
      return Promise.resolve();
    }
    if (options.jobId !== undefined) {
      if (this.seenJobIds.has(options.jobId)) {
        return Promise.resolve();
      }
      if (this.seenJobIds.size >= MAX_REMEMBERED_JOB_IDS) {
        this.seenJobIds.clear();
      }
      this.seenJobIds.add(options.jobId);
    }
    const attempts = options.attempts ?? 3;
    if (options.delayMs !== undefined && options.delayMs > 0) {
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        this.start(job, payload, attempts);
      }, options.delayMs);
      timer.unref();
      this.delayed.add(timer);
      return Promise.resolve();
    }
    this.start(job, payload, attempts);
    return Promise.resolve();
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const dropped of this.waiting.splice(0)) {
      dropped(false);
    }
    for (const timer of this.repeating.values()) {
      clearInterval(timer);
    }
    this.repeating.clear();
    for (const timer of this.delayed) {
      clearTimeout(timer);
    }
    this.delayed.clear();
    await Promise.allSettled([...this.running]);
  }

  // A timer per schedule name: registering the same schedule again keeps the first timer.
  private repeat(job: JobName, payload: unknown, everyMs: number, name: string, attempts: number): void {
    if (!this.repeating.has(name)) {
      this.repeating.set(name, setInterval(() => this.start(job, payload, attempts), everyMs).unref());
    }
  }

  private start(job: JobName, payload: unknown, attempts: number): void {
    const run = this.whenSlotFree()
      .then((go) =>
        go ? this.runWithRetries(job, payload, attempts).finally(() => this.freeSlot()) : undefined,
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  // Resolves true when the job may run, false when the process is stopping (the job is dropped:
  // its database row, not this queue, is the record, and the sweep hands it over again).
  private whenSlotFree(): Promise<boolean> {
    if (this.stopping) {
      return Promise.resolve(false);
    }
    if (this.active < this.config.queueConcurrency) {
      this.active += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  // The slot passes to the next waiting job, or is given back.
  private freeSlot(): void {
    const next = this.waiting.shift();
    if (next) {
      next(!this.stopping);
    } else {
      this.active = Math.max(0, this.active - 1);
    }
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
