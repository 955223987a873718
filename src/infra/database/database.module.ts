import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { type AppConfig } from '../../config';
import { buildDataSourceOptions } from './data-source-options';
import { isDatabaseUnavailable } from '../http/database-errors';
import { runPendingMigrations } from './migrate';

// Connects with bounded retries (a database still starting is not a reason to crash), then
// applies pending migrations before anything else touches the schema.
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...buildDataSourceOptions(databaseUrl, config.database),
            retryAttempts: config.database.connectRetries,
            retryDelay: config.database.connectRetryDelayMs,
            // A wrong password or a failing migration will not fix itself: stop at once.
            toRetry: (error: unknown) => isDatabaseUnavailable(error),
            verboseRetryLog: true,
          }),
          dataSourceFactory: async (options?: DataSourceOptions) => {
            const dataSource = await new DataSource(options!).initialize();
            const applied = await runPendingMigrations(dataSource);
            logger.log(
              applied.length > 0
                ? `Applied migrations: ${applied.join(', ')}`
                : 'Database schema is up to date',
            );
            return dataSource;
          },
        }),
      ],
    };
  }
}
