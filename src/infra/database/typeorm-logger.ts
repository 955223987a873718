import { Logger } from '@nestjs/common';
import { type Logger as TypeOrmLoggerInterface } from 'typeorm';

export const TYPEORM_SLOW_QUERY_MS = 1000;

// TypeORM's messages go through the app's structured logger. Query parameters are never logged:
// they carry personal data (names, ID numbers, phone numbers).
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  private readonly logger = new Logger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(
      `Query failed: ${typeof error === 'string' ? error : error.message} (${query.slice(0, 200)})`,
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 200)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = message instanceof Error ? message.message : String(message);
    if (level === 'warn') {
      this.logger.warn(text);
    } else {
      this.logger.log(text);
    }
  }
}
