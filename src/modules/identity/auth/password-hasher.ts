import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';

// argon2id (OWASP: 19 MiB, t=2, p=1) from @node-rs/argon2: prebuilt per-platform binaries, no
// install script, so it installs the same offline and with npm's install scripts blocked.
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return hash(password, {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19456,
      timeCost: this.config.auth.passwordHashTimeCost,
      parallelism: 1,
    });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  // Spend the same time for an unknown account, so response times do not reveal which exist.
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-real-password-Aa1!');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
