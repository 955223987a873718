import { DataSource, type DataSourceOptions } from 'typeorm';

// Any fixed key: all instances of the app agree on it, so only one migrates or seeds at a time.
const SCHEMA_LOCK_KEY = 7_260_2026;

export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

// Several instances may start together: the lock makes the second one find nothing to do.
// Migrations run on a connection of their own without the requests' query timeout: filling in a
// new column over ten million dossiers takes minutes, with nobody waiting on an answer.
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  const migrator = await new DataSource(withoutQueryTimeout(dataSource.options)).initialize();
  try {
    return await withSchemaLock(migrator, async () => {
      const applied = await migrator.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    });
  } finally {
    await migrator.destroy();
  }
}

function withoutQueryTimeout(options: DataSourceOptions): DataSourceOptions {
  const extra: Record<string, unknown> = {
    ...(options.extra as Record<string, unknown> | undefined),
    max: 2, // the lock's session, and the migrations'
  };
  delete extra.query_timeout;
  // Migrations are SQL: no entity metadata to build (half a second at every start otherwise).
  return { ...options, entities: [], subscribers: [], extra };
}
