import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { ReportRollupFolder } from './report-rollup-folder';

// Folds the rollup deltas on a timer in every process whose processors are on. A timer, not a
// queue job, like the outbox relay: it needs only the database, and concurrent folds skip.
@Injectable()
export class ReportRollupFoldLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportRollups');
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly folder: ReportRollupFolder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = this.config.reportRollupFoldIntervalMs;
    if (!this.config.queueProcessorsEnabled || everyMs === 0) {
      return;
    }
    this.timer = setInterval(() => this.run(), everyMs).unref();
  }

  private run(): void {
    if (this.busy) {
      return;
    }
    this.busy = true;
    this.current = this.folder
      .fold()
      .catch((error: Error) => this.logger.warn(`Folding the report rollups failed: ${error.message}`))
      .finally(() => {
        this.busy = false;
      });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.current;
  }
}
