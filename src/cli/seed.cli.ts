import 'reflect-metadata';
import { loadAppConfig } from '../config';
import { FieldCipher } from '../infra/crypto/field-cipher';
import { runPendingMigrations } from '../infra/database/migrate';
import { buildSeedContext } from '../infra/database/seed-context';
import { runSeeds } from '../infra/database/seed-runner';
import { PasswordHasher } from '../modules/identity/auth/password-hasher';
import { openCliDatabase } from './cli-database';

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

// npm run seed: migrate, then run every seed (the same ones the app runs at start).
async function main(): Promise<void> {
  const config = loadAppConfig();
  const database = await openCliDatabase(config, log);
  try {
    await runPendingMigrations(database.dataSource);
    const hasher = new PasswordHasher(config);
    const ran = await runSeeds(
      database.dataSource,
      buildSeedContext(
        config,
        { hashPassword: (password) => hasher.hash(password), cipher: new FieldCipher(config.encryptionKey) },
        log,
      ),
    );
    log(`Seeds run: ${ran.join(', ')}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
