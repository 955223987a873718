import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../config';
import { runSeeds } from './seed-runner';

// Reference data (agencies, calendar, catalog) is seeded at every start; seeds are idempotent.
@Injectable()
export class SeedOnStartService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seeds');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnStart) {
      return;
    }
    const ran = await runSeeds(this.dataSource, {
      includeDemoData: this.config.nodeEnv === 'development',
      provinceIdentifier: this.config.provinceIdentifier,
      log: (message) => this.logger.log(message),
    });
    this.logger.log(`Seeds checked: ${ran.length === 0 ? 'none defined' : ran.join(', ')}`);
  }
}
