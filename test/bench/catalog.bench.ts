// npm run bench:catalog — Vietnamese search over the procedure catalog at the reference
// province's size (2,000 procedures) and at national scale (100,000: tens of thousands of
// localised procedures across provinces). Prints plain "name value" lines: p50/p95 in ms of
// GET /api/v1/procedures for typical queries, over HTTP on one keep-alive connection.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { buildOrganisationPlan } from '../../seeds/organisation/organisation-plan';
import { applyOrganisationPlan } from '../../seeds/organisation/organisation.seed';
import { applyCatalogPlan, buildCatalogPlan, SEEDED_EFFECTIVE_FROM } from '../../seeds/catalog/catalog.seed';
import { planDemoProcedures } from '../../seeds/catalog/demo-procedures';
import { plannedAgencyKeys, resolvePlannedContent } from '../../seeds/catalog/procedure-plan';
import { SECTOR_SEEDS } from '../../seeds/catalog/sectors';
import { ProcedureReferencesRepository } from '../../src/modules/catalog/procedures/procedure-references.repository';
import { ProcedureRepository } from '../../src/modules/catalog/procedures/procedure.repository';
import { benchAgent, percentile, timeGet } from './http-timing';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';

const ITERATIONS = Number(process.argv[2] ?? 200);
const LARGE = 100_000;

// What citizens and clerks type: accented and not, partial, with typos, codes, and filters.
const QUERIES: ReadonlyArray<[string, Record<string, string>]> = [
  ['khai-sinh', { q: 'dang ky khai sinh' }],
  ['accented', { q: 'Đăng ký kết hôn' }],
  ['partial', { q: 'khai sin' }],
  ['typo', { q: 'khai snh' }],
  ['typo-i-for-y', { q: 'dang ki ket hon' }],
  ['phrase', { q: 'giay phep xay dung' }],
  ['broad', { q: 'cap lai giay phep' }],
  ['sector-words', { q: 'dat dai' }],
  ['code', { q: '1.001193' }],
  ['query+filter', { q: 'chung thuc', level: 'COMMUNE' }],
  ['filter-only', { level: 'DISTRICT', serviceLevel: '3' }],
  ['browse', {}],
];

async function measure(port: number, size: string): Promise<void> {
  const all: number[] = [];
  for (const [name, query] of QUERIES) {
    const path = `/api/v1/procedures?${new URLSearchParams({ ...query, pageSize: '20' }).toString()}`;
    for (let i = 0; i < 20; i += 1) {
      await timeGet(port, path);
    }
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      times.push(await timeGet(port, path));
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(
      `catalog.${size}.${name}_p50_ms ${percentile(times, 50).toFixed(2)}  p95_ms ${percentile(times, 95).toFixed(2)}`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(`catalog.${size}.all_p50_ms ${percentile(all, 50).toFixed(2)}`);
  console.log(`catalog.${size}.all_p95_ms ${percentile(all, 95).toFixed(2)}`);
}

// 98,000 more demo procedures in the reference proportions, written like the seed writes.
async function growTo(manager: EntityManager, total: number, existing: number): Promise<void> {
  const count = total - existing;
  const started = performance.now();
  const planned = planDemoProcedures(SECTOR_SEEDS, {
    count,
    levels: {
      PROVINCE: Math.round(count * 0.76),
      DISTRICT: Math.round(count * 0.165),
      COMMUNE: count - Math.round(count * 0.76) - Math.round(count * 0.165),
    },
    serviceLevel4: Math.round(count * 0.063),
    serviceLevel3: Math.round(count * 0.1115),
    firstSequence: existing + 1,
  });
  const references = ProcedureReferencesRepository.over(manager);
  const sectorIds = new Map((await references.findAllSectors()).map((sector) => [sector.code, sector.id]));
  const agencyIds = new Map(
    (await references.findAgenciesByKeys(plannedAgencyKeys(planned))).map((agency) => [
      agency.key,
      agency.id,
    ]),
  );
  const items = planned.map((plan) => ({
    plan,
    id: randomUUID(),
    content: resolvePlannedContent(plan, sectorIds, agencyIds),
  }));
  const procedures = ProcedureRepository.over(manager);
  await procedures.insertProcedures(
    items.map(({ plan, id, content }) => ({
      procedure: {
        id,
        code: plan.code,
        nationalCode: null,
        onlineVariantCodes: [],
        status: 'PUBLISHED',
        isDemo: true,
      },
      latestVersionNo: 1,
      latest: content,
    })),
  );
  await procedures.insertVersions(
    items.map(({ id, content }) => ({
      procedureId: id,
      versionNo: 1,
      status: 'PUBLISHED',
      effectiveFrom: SEEDED_EFFECTIVE_FROM,
      publishedAt: new Date(),
      content,
    })),
  );
  await manager.query('ANALYZE procedures');
  await manager.query('ANALYZE procedure_versions');
  console.log(`catalog.grow_to_${total}_s ${((performance.now() - started) / 1000).toFixed(1)}`);
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { app, config, port } = await startBenchApp(database, {}, []);
  try {
    const dataSource = app.get(DataSource);
    await dataSource.transaction((manager) =>
      applyOrganisationPlan(manager, buildOrganisationPlan(config.provinceIdentifier), () => undefined),
    );
    const seedStarted = performance.now();
    await dataSource.transaction((manager) =>
      applyCatalogPlan(manager, buildCatalogPlan(config.provinceIdentifier, true), () => undefined),
    );
    console.log(`catalog.seed_2000_ms ${(performance.now() - seedStarted).toFixed(0)}`);
    const rerunStarted = performance.now();
    await dataSource.transaction((manager) =>
      applyCatalogPlan(manager, buildCatalogPlan(config.provinceIdentifier, true), () => undefined),
    );
    console.log(`catalog.seed_rerun_ms ${(performance.now() - rerunStarted).toFixed(0)}`);
    await dataSource.query('ANALYZE procedures');
    console.log(`catalog.iterations_per_query ${ITERATIONS}`);
    await measure(port, '2000');
    await dataSource.transaction((manager) => growTo(manager, LARGE, 2000));
    await measure(port, '100000');
  } finally {
    benchAgent.destroy();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
