import { calendarSeed } from './calendar/calendar.seed';
import { catalogSeed } from './catalog/catalog.seed';
import { demoAccountsSeed } from './identity/demo-accounts.seed';
import { organisationSeed } from './organisation/organisation.seed';
import { type Seed } from './seed';

export type { Seed, SeedContext } from './seed';

// In dependency order: organisation before calendar before catalog.
export const SEEDS: readonly Seed[] = [organisationSeed, calendarSeed, catalogSeed, demoAccountsSeed];
