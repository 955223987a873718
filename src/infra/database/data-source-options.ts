import { type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { type DatabaseConfig } from '../../config/app-config';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TYPEORM_SLOW_QUERY_MS, TypeOrmLogger } from './typeorm-logger';

export const APP_DATABASE_NAME = 'motcua';

// One definition of the data source for the app, the migration CLI and the tests.
// synchronize stays off everywhere: the schema changes only through migrations.
export function buildDataSourceOptions(
  url: string,
  database: Pick<DatabaseConfig, 'poolSize'> & Partial<Pick<DatabaseConfig, 'poolWaitMs'>>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: TYPEORM_SLOW_QUERY_MS,
    applicationName: 'mot-cua',
    extra: {
      max: database.poolSize,
      connectionTimeoutMillis: database.poolWaitMs ?? 5000,
      // Fail fast instead of queueing forever while the database is away; requests get a 503.
      query_timeout: 60000,
      options: '-c TimeZone=UTC',
    },
  };
}
