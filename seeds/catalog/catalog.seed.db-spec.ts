import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/infra/database/data-source-options';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { buildOrganisationPlan } from '../organisation/organisation-plan';
import { applyOrganisationPlan } from '../organisation/organisation.seed';
import { applyCatalogPlan, buildCatalogPlan, CATALOG_TARGET } from './catalog.seed';

describe('catalog seed plan (Phú Yên 2020: about 2,000 procedures, 126 at level 4, 223 at level 3)', () => {
  const plan = buildCatalogPlan('H55', true);
  const primaryLevel = (index: number) => plan.procedures[index].content.implementations[0].level;

  it('has 2,000 procedures, exactly 126 at service level 4 and 223 at level 3', () => {
    expect(plan.procedures).toHaveLength(2000);
    const atLevel = (level: number) => plan.procedures.filter((p) => p.content.serviceLevel === level).length;
    expect(atLevel(4)).toBe(126);
    expect(atLevel(3)).toBe(223);
  });

  it('spreads them over the three levels in the reference proportions', () => {
    const count = (level: string) =>
      plan.procedures.filter((_p, index) => primaryLevel(index) === level).length;
    expect({ PROVINCE: count('PROVINCE'), DISTRICT: count('DISTRICT'), COMMUNE: count('COMMUNE') }).toEqual(
      CATALOG_TARGET.levels,
    );
  });

  it('has unique codes; generated ones are DEMO.nnnnn, marked demo and named as illustrations', () => {
    expect(new Set(plan.procedures.map((p) => p.code)).size).toBe(2000);
    const demo = plan.procedures.filter((p) => p.isDemo);
    expect(demo.length).toBeGreaterThan(1900);
    for (const procedure of demo) {
      expect(procedure.code).toMatch(/^DEMO\.\d{5}$/);
      expect(procedure.content.name).toMatch(/\(minh họa \d{5}\)$/);
      expect(procedure.nationalCode).toBeNull();
    }
  });

  it('gives real procedures a localised code only from a national code, else a LOCAL. code', () => {
    for (const procedure of plan.procedures.filter((p) => !p.isDemo)) {
      if (procedure.nationalCode === null) {
        expect(procedure.code).toMatch(/^LOCAL\./);
      } else {
        expect(procedure.code).toBe(`${procedure.nationalCode}.000.00.00.H55`);
      }
    }
  });

  it('seeds only the real core without demo data (production and test)', () => {
    const core = buildCatalogPlan('H55', false).procedures;
    expect(core.length).toBeGreaterThanOrEqual(30);
    expect(core.every((procedure) => !procedure.isDemo)).toBe(true);
  });
});

describe('catalog seed in the database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, { poolSize: 2 })).initialize();
    await dataSource.transaction((manager) =>
      applyOrganisationPlan(manager, buildOrganisationPlan('H55'), () => undefined),
    );
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('inserts 2,000 valid procedures, and a second run adds nothing', async () => {
    const messages: string[] = [];
    const started = performance.now();
    await dataSource.transaction((manager) =>
      applyCatalogPlan(manager, buildCatalogPlan('H55', true), (message) => messages.push(message)),
    );
    const firstRun = performance.now() - started;
    const restarted = performance.now();
    await dataSource.transaction((manager) =>
      applyCatalogPlan(manager, buildCatalogPlan('H55', true), (message) => messages.push(message)),
    );
    const secondRun = performance.now() - restarted;
    console.log(`catalog seed: first run ${firstRun.toFixed(0)} ms, second run ${secondRun.toFixed(0)} ms`);
    expect(messages).toEqual([
      'catalog: 2000 of 2000 procedures added, 60 sectors checked',
      'catalog: 0 of 2000 procedures added, 60 sectors checked',
    ]);
    const [row] = await dataSource.query<Array<{ procedures: string; versions: string; level4: string }>>(
      `SELECT (SELECT count(*) FROM procedures WHERE status = 'PUBLISHED') AS procedures,
              (SELECT count(*) FROM procedure_versions WHERE status = 'PUBLISHED') AS versions,
              (SELECT count(*) FROM procedures WHERE service_level = 4) AS level4`,
    );
    expect(row).toEqual({ procedures: '2000', versions: '2000', level4: '126' });
    // The timings are printed, not asserted (a loaded machine made a 500 ms bound fail): what
    // makes a restart cheap is that the second run writes nothing, checked above.
  });

  it('resolves agencies: Lý lịch tư pháp at Sở Tư pháp, with a three-step route led by it', async () => {
    const [version] = await dataSource.query<
      Array<{ implementations: Array<{ agencyId: string; route: unknown[] }> }>
    >(
      `SELECT v.implementations FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id
       WHERE p.code = 'LOCAL.LLTP-CONGDAN'`,
    );
    const [agency] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM agencies WHERE key = 'PY-DEPT-STP'`,
    );
    expect(version.implementations[0].agencyId).toBe(agency.id);
    expect(version.implementations[0].route).toHaveLength(3);
  });
});
