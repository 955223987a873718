import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { JobQueue } from '../../../infra/queue/job-queue';

// The schedule's name: Bull keeps one repeatable job per name and jobId, however many processes
// register it.
const SCHEDULE_ID = 'deadlines.watch';
// Redis emptied (a restart without persistence) loses the repeatable job: register it again
// this often; registering an existing schedule changes nothing.
const REREGISTER_MS = 5 * 60_000;

// Registers the watch's tick where processors run (the worker, or the API in single-machine
// mode). With Bull, a repeatable job: one job per instant, whichever worker takes it; without
// Redis, a timer in this process. Either way the tick's advisory lock keeps runs one at a time.
@Injectable()
export class DeadlineWatchScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineWatch');
  private timer: NodeJS.Timeout | null = null;
  private registering = false;

  constructor(
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Never awaits the queue: with Redis down at boot an awaited add would hang the start.
  onApplicationBootstrap(): void {
    const everyMs = this.config.deadlineWatch.intervalMs;
    if (!this.config.queueProcessorsEnabled || everyMs === 0) {
      this.logger.log('Deadline watch: not scheduled in this process');
      return;
    }
    this.register(everyMs);
    if (this.queue.mode === 'bull') {
      this.timer = setInterval(() => this.register(everyMs), REREGISTER_MS).unref();
      this.logger.log(`Deadline watch every ${everyMs} ms: a repeatable Bull job, one tick for all workers`);
    } else {
      this.logger.log(`Deadline watch every ${everyMs} ms: a timer in this process (no Redis)`);
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
  }

  private register(everyMs: number): void {
    if (this.registering) {
      return;
    }
    this.registering = true;
    this.queue
      .enqueue('deadlines.watch', {}, { jobId: SCHEDULE_ID, attempts: 1, repeat: { everyMs } })
      .catch((error: Error) => this.logger.warn(`Deadline watch not scheduled yet: ${error.message}`))
      .finally(() => {
        this.registering = false;
      });
  }
}
