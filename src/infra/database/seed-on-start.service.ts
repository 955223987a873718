import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../config';
import { PasswordHasher } from '../../modules/identity/auth/password-hasher';
import { FieldCipher } from '../crypto/field-cipher';
import { buildSeedContext } from './seed-context';
import { runSeeds } from './seed-runner';

// Reference data (agencies, calendar, catalog) is seeded at every start; seeds are idempotent.
@Injectable()
export class SeedOnStartService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seeds');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnStart) {
      return;
    }
    const context = buildSeedContext(
      this.config,
      { hashPassword: (password) => this.hasher.hash(password), cipher: this.cipher },
      (message) => this.logger.log(message),
    );
    const ran = await runSeeds(this.dataSource, context);
    this.logger.log(`Seeds checked: ${ran.length === 0 ? 'none defined' : ran.join(', ')}`);
  }
}
