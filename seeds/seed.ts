import { type EntityManager } from 'typeorm';

export interface SeedContext {
  // Demo accounts and demo data exist only in development (embedded) mode.
  readonly includeDemoData: boolean;
  // Level-1 agency identifier of the province (AppConfig.provinceIdentifier, e.g. H55).
  readonly provinceIdentifier: string;
  readonly log: (message: string) => void;
}

// A seed is idempotent: running it again changes nothing that is already right.
export interface Seed {
  readonly name: string;
  run(manager: EntityManager, context: SeedContext): Promise<void>;
}
