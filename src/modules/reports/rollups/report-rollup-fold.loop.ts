import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { PeriodicRunner } from '../../../infra/scheduling/periodic-runner';
import { ReportRollupFolder } from './report-rollup-folder';

// Folds the rollup deltas on a timer in every process whose processors are on. A timer, not a
// queue job, like the outbox relay: it needs only the database, and concurrent folds skip.
@Injectable()
export class ReportRollupFoldLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportRollups');
  private readonly runner = new PeriodicRunner((error) =>
    this.logger.warn(`Folding the report rollups failed: ${error.message}`),
  );

  constructor(
    private readonly folder: ReportRollupFolder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = this.config.reportRollupFoldIntervalMs;
    if (this.config.queueProcessorsEnabled && everyMs > 0) {
      this.runner.every(everyMs, () => this.folder.fold());
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
