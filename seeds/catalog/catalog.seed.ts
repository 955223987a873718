import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { findContentProblems } from '../../src/modules/catalog/procedures/domain/procedure-rules';
import { type ImplementingLevel } from '../../src/modules/catalog/procedures/domain/procedure-vocabulary';
import { ProcedureReferencesRepository } from '../../src/modules/catalog/procedures/procedure-references.repository';
import { ProcedureRepository } from '../../src/modules/catalog/procedures/procedure.repository';
import { Sector } from '../../src/modules/catalog/sectors/sector.entity';
import { type Seed, type SeedContext } from '../seed';
import { CORE_PROCEDURES } from './core-procedures';
import { planDemoProcedures } from './demo-procedures';
import {
  type PlannedProcedure,
  plannedAgencyKeys,
  planCoreProcedure,
  resolvePlannedContent,
} from './procedure-plan';
import { SECTOR_SEEDS, type SectorSeed } from './sectors';

// Phú Yên 2020 (DESIGN.md): about 2,000 published procedures, 126 at online service level 4 and
// 223 at level 3. Counts per level by primary implementing level: provincial departments hold
// most procedures; commune procedures are few but receive most dossiers.
export const CATALOG_TARGET = {
  total: 2000,
  serviceLevel4: 126,
  serviceLevel3: 223,
  levels: { PROVINCE: 1520, DISTRICT: 330, COMMUNE: 150 } as Record<ImplementingLevel, number>,
};

// Seeded first versions record the catalog as published for the reference period.
export const SEEDED_EFFECTIVE_FROM = '2020-01-01';
const SEEDED_PUBLISHED_AT = new Date('2020-01-01T00:00:00+07:00');

export interface CatalogPlan {
  readonly sectors: readonly SectorSeed[];
  readonly procedures: readonly PlannedProcedure[];
}

// Sectors and the curated core are reference data (every mode); the generated demo procedures
// that complete the count to 2,000 exist only with demo data (development).
export const catalogSeed: Seed = {
  name: 'catalog',
  run: (manager: EntityManager, context: SeedContext) =>
    applyCatalogPlan(
      manager,
      buildCatalogPlan(context.provinceIdentifier, context.includeDemoData),
      context.log,
    ),
};

export function buildCatalogPlan(provinceIdentifier: string, includeDemoData: boolean): CatalogPlan {
  const core = CORE_PROCEDURES.map((seed) => planCoreProcedure(seed, provinceIdentifier));
  if (!includeDemoData) {
    return { sectors: SECTOR_SEEDS, procedures: core };
  }
  const primaryLevel = (plan: PlannedProcedure) => plan.content.implementations[0].level;
  const countCore = (test: (plan: PlannedProcedure) => boolean) => core.filter(test).length;
  const demo = planDemoProcedures(SECTOR_SEEDS, {
    count: CATALOG_TARGET.total - core.length,
    levels: {
      PROVINCE: CATALOG_TARGET.levels.PROVINCE - countCore((plan) => primaryLevel(plan) === 'PROVINCE'),
      DISTRICT: CATALOG_TARGET.levels.DISTRICT - countCore((plan) => primaryLevel(plan) === 'DISTRICT'),
      COMMUNE: CATALOG_TARGET.levels.COMMUNE - countCore((plan) => primaryLevel(plan) === 'COMMUNE'),
    },
    serviceLevel4: CATALOG_TARGET.serviceLevel4 - countCore((plan) => plan.content.serviceLevel === 4),
    serviceLevel3: CATALOG_TARGET.serviceLevel3 - countCore((plan) => plan.content.serviceLevel === 3),
    firstSequence: 1,
  });
  return { sectors: SECTOR_SEEDS, procedures: [...core, ...demo] };
}

// Idempotent by sector code and procedure code: what is missing is inserted (one INSERT per
// table), what exists is left alone, since administrators own the catalog once seeded. A
// re-run costs one query over the codes.
export async function applyCatalogPlan(
  manager: EntityManager,
  plan: CatalogPlan,
  log: (message: string) => void,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(Sector)
    .values(
      plan.sectors.map((sector) => ({ code: sector.code, name: sector.name, ministry: sector.ministry })),
    )
    .orIgnore()
    .execute();
  const procedures = ProcedureRepository.over(manager);
  const existing = await procedures.existingCodes(plan.procedures.map((procedure) => procedure.code));
  const missing = plan.procedures.filter((procedure) => !existing.has(procedure.code));
  if (missing.length > 0) {
    const references = ProcedureReferencesRepository.over(manager);
    const sectorIds = new Map((await references.findAllSectors()).map((sector) => [sector.code, sector.id]));
    const agencyIds = new Map(
      (await references.findAgenciesByKeys(plannedAgencyKeys(missing))).map((agency) => [
        agency.key,
        agency.id,
      ]),
    );
    const items = missing.map((planned) => {
      const content = resolvePlannedContent(planned, sectorIds, agencyIds);
      const problems = findContentProblems(content);
      if (problems.length > 0) {
        throw new Error(
          `catalog seed: ${planned.code}: ${problems.map((problem) => problem.message).join('; ')}`,
        );
      }
      return { planned, content, id: randomUUID() };
    });
    await procedures.insertProcedures(
      items.map(({ planned, content, id }) => ({
        procedure: {
          id,
          code: planned.code,
          nationalCode: planned.nationalCode,
          onlineVariantCodes: planned.onlineVariantCodes,
          status: 'PUBLISHED',
          isDemo: planned.isDemo,
        },
        latestVersionNo: 1,
        latest: content,
      })),
    );
    await procedures.insertVersions(
      items.map(({ content, id }) => ({
        procedureId: id,
        versionNo: 1,
        status: 'PUBLISHED',
        effectiveFrom: SEEDED_EFFECTIVE_FROM,
        publishedAt: SEEDED_PUBLISHED_AT,
        content,
      })),
    );
  }
  log(
    `catalog: ${missing.length} of ${plan.procedures.length} procedures added, ${plan.sectors.length} sectors checked`,
  );
}
