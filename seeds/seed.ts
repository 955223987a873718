import { type EntityManager } from 'typeorm';
import { type FieldCipher } from '../src/infra/crypto/field-cipher';

export interface SeedContext {
  // Demo accounts and demo data exist only in development (embedded) mode.
  readonly includeDemoData: boolean;
  // Level-1 agency identifier of the province (AppConfig.provinceIdentifier, e.g. H55).
  readonly provinceIdentifier: string;
  readonly log: (message: string) => void;
  // The app's own password hashing and personal-data encryption, for seeded accounts.
  readonly hashPassword: (password: string) => Promise<string>;
  readonly cipher: FieldCipher;
}

// A seed is idempotent: running it again changes nothing that is already right.
export interface Seed {
  readonly name: string;
  run(manager: EntityManager, context: SeedContext): Promise<void>;
}
