import { execFileSync } from 'node:child_process';
import { Validator } from '@seriousme/openapi-schema-validator';
import path from 'node:path';
import { BUILT_MAIN } from '../support/app-process';
import { createTestApp, type TestApp } from '../support/test-app';
import { assertWebBuilt } from './support/web-app';

const ROOT = path.resolve(__dirname, '../..');
const OPENAPI_CLI = path.join(path.dirname(BUILT_MAIN), 'cli/openapi.cli.js');

const runNode = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

// The web client's types are generated from the OpenAPI document without a database (Nest's
// preview mode); these tests make sure that document is the real one and the types are current.
describe('web app build', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('builds the same OpenAPI document offline as the running app serves', async () => {
    const offline = JSON.parse(runNode([OPENAPI_CLI]));
    const live = (await testApp.http().get('/docs-json')).body;
    expect(offline).toEqual(live);
    expect((await new Validator().validate(offline)).valid).toBe(true);
  });

  it('has web/src/api/schema.d.ts up to date with the API (npm run web:api-types)', () => {
    expect(runNode(['web/scripts/api-types.mjs', '--check'])).toContain('matches the OpenAPI document');
  });

  it("keeps the citizen portal's first load under 400 KB of gzipped JavaScript", () => {
    assertWebBuilt();
    const rows = JSON.parse(runNode(['web/scripts/bundle-report.mjs', '--json'])) as Array<{
      name: string;
      bytes: number;
    }>;
    process.stdout.write(
      rows.map((row) => `${(row.bytes / 1024).toFixed(1)} KB gz  ${row.name}`).join('\n') + '\n',
    );
    expect(rows[0].name).toMatch(/^portal: first load/);
    expect(rows[0].bytes).toBeLessThan(400 * 1024);
  });
});
