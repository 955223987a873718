import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadAppConfig } from '../config';
import { runPendingMigrations, withSchemaLock } from '../infra/database/migrate';
import { diffSchemaAgainstEntities } from '../infra/database/schema-diff';
import { openCliDatabase } from './cli-database';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

function renderMigration(name: string, up: string[], down: string[]): { className: string; source: string } {
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${Date.now()}`;
  const quote = (query: string) => `'${query.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const statements = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${quote(query)});`).join('\n');
  const source = `import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`;
  return { className, source };
}

// npm run migration:run | migration:revert | migration:generate -- <Name> | migration:check
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const database = await openCliDatabase(loadAppConfig(), log);
  const { dataSource } = database;
  try {
    if (command === 'run') {
      const applied = await runPendingMigrations(dataSource);
      log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
    } else if (command === 'revert') {
      await withSchemaLock(dataSource, () => dataSource.undoLastMigration({ transaction: 'each' }));
      log('Reverted the last migration');
    } else if (command === 'generate' || command === 'check') {
      await runPendingMigrations(dataSource);
      const diff = await diffSchemaAgainstEntities(dataSource);
      if (diff.up.length === 0) {
        log('No changes: entities and migrations agree');
      } else if (command === 'check') {
        log(`Entities and migrations disagree:\n${diff.up.join('\n')}`);
        process.exitCode = 1;
      } else {
        if (!name) {
          throw new Error('Give the migration a name: npm run migration:generate -- AddAgencies');
        }
        const { className, source } = renderMigration(name, diff.up, diff.down.reverse());
        const stamp = className.slice(-13);
        const file = path.resolve(
          'migrations',
          `${stamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
        );
        writeFileSync(file, source);
        log(`Wrote ${file}. Add ${className} to migrations/index.ts, review it, then run it.`);
      }
    } else {
      throw new Error('Usage: migrations.cli (run | revert | generate <Name> | check)');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
