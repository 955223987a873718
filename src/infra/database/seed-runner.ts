import { type DataSource } from 'typeorm';
import { SEEDS, type SeedContext } from '../../../seeds';
import { withSchemaLock } from './migrate';

// Each seed runs in its own transaction under the schema lock, so two instances never race.
export async function runSeeds(dataSource: DataSource, context: SeedContext): Promise<string[]> {
  return withSchemaLock(dataSource, async () => {
    const ran: string[] = [];
    for (const seed of SEEDS) {
      await dataSource.transaction((manager) => seed.run(manager, context));
      ran.push(seed.name);
    }
    return ran;
  });
}
