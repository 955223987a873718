import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { replaceDatabase, TEST_ADMIN_URL_VAR, TEST_TEMPLATE_VAR } from '../setup/test-environment';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

function requireVar(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the tests through Jest's global setup (npm test)`);
  }
  return value;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: requireVar(TEST_ADMIN_URL_VAR) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A fresh, fully migrated database cloned from the template (immich's technique): isolated per
// test file and fast, because migrations ran once in the global setup.
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  const template = requireVar(TEST_TEMPLATE_VAR);
  await withAdmin((client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY`),
  );
  return {
    name,
    url: replaceDatabase(requireVar(TEST_ADMIN_URL_VAR), name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

// An empty database (no migrations) for tests of the migrations themselves.
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `motcua_empty_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: replaceDatabase(requireVar(TEST_ADMIN_URL_VAR), name),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
