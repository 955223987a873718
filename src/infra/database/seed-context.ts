import { type SeedContext } from '../../../seeds';
import { type AppConfig } from '../../config';
import { type FieldCipher } from '../crypto/field-cipher';

// The same context for seeds run at start and by `npm run seed`. Demo data only in development.
export function buildSeedContext(
  config: AppConfig,
  tools: { hashPassword: (password: string) => Promise<string>; cipher: FieldCipher },
  log: (message: string) => void,
): SeedContext {
  return {
    includeDemoData: config.nodeEnv === 'development',
    provinceIdentifier: config.provinceIdentifier,
    hashPassword: tools.hashPassword,
    cipher: tools.cipher,
    log,
  };
}
