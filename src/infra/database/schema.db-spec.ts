import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { createEmptyDatabase, createTestDatabase } from '../../../test/support/test-database';
import { buildDataSourceOptions } from './data-source-options';
import { runPendingMigrations } from './migrate';
import { diffSchemaAgainstEntities } from './schema-diff';

describe('database schema', () => {
  it('agrees with the entities: generating a migration would change nothing', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(
      buildDataSourceOptions(database.url, { poolSize: 2 }),
    ).initialize();
    try {
      const diff = await diffSchemaAgainstEntities(dataSource);
      expect(diff.up).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('lists every file of migrations/ in migrations/index.ts, in time order', () => {
    const files = readdirSync(path.resolve(__dirname, '../../../migrations'))
      .filter((file) => /^\d{13}-.+\.ts$/.test(file))
      .sort();
    const stamps = MIGRATIONS.map((migration) => new migration().name?.slice(-13));
    expect(stamps).toEqual(files.map((file) => file.slice(0, 13)));
  });

  it('applies every migration on an empty database, reverts them all, and applies them again', async () => {
    const database = await createEmptyDatabase();
    const dataSource = await new DataSource(
      buildDataSourceOptions(database.url, { poolSize: 2 }),
    ).initialize();
    try {
      expect(await runPendingMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
      for (let index = 0; index < MIGRATIONS.length; index += 1) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const tables = await dataSource.query<unknown[]>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(tables).toEqual([]);
      expect(await runPendingMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
      expect((await diffSchemaAgainstEntities(dataSource)).up).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
