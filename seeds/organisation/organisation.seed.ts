import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { AdminLevel } from '../../src/modules/catalog/agencies/admin-level.entity';
import { AgencySuccession } from '../../src/modules/catalog/agencies/agency-succession.entity';
import { AgencyTreeRepository } from '../../src/modules/catalog/agencies/agency-tree.repository';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { type Seed, type SeedContext } from '../seed';
import { type AgencySeed, buildOrganisationPlan, type OrganisationPlan } from './organisation-plan';

const COMPARED_FIELDS = [
  'name',
  'shortName',
  'levelCode',
  'kind',
  'qcvnCode',
  'decision20Code',
  'gsoCode',
  'address',
  'validFrom',
  'validTo',
] as const satisfies ReadonlyArray<keyof AgencySeed & keyof Agency>;

// Administrative levels and the Phú Yên agency tree (with the 1/7/2025 sample). Idempotent by
// agencies.key: what is missing is inserted, what exists is left alone. Agencies are then the
// administrators' (PATCH and close are audited), so a restart never reverts their changes; a
// seeded agency that differs from the seed is only reported.
export const organisationSeed: Seed = {
  name: 'organisation',
  run: (manager: EntityManager, context: SeedContext) =>
    applyOrganisationPlan(manager, buildOrganisationPlan(context.provinceIdentifier), context.log),
};

export async function applyOrganisationPlan(
  manager: EntityManager,
  plan: OrganisationPlan,
  log: (message: string) => void,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(AdminLevel)
    .values([...plan.levels])
    .orIgnore()
    .execute();

  const existing = await manager
    .getRepository(Agency)
    .findBy({ key: In(plan.agencies.map((agency) => agency.key)) });
  const idOf = new Map(existing.map((agency) => [agency.key, agency.id]));
  const missing = plan.agencies.filter((agency) => !idOf.has(agency.key));
  for (const agency of missing) {
    idOf.set(agency.key, randomUUID());
  }
  const resolve = (key: string): string => {
    const id = idOf.get(key);
    if (id === undefined) {
      throw new Error(`organisation seed: no agency with key ${key}`);
    }
    return id;
  };
  await AgencyTreeRepository.over(manager).insertManyWithClosure(
    missing.map(({ parentKey, ...agency }) => ({
      ...agency,
      id: resolve(agency.key),
      parentId: parentKey === null ? null : resolve(parentKey),
    })),
    manager,
  );

  const successions = plan.successions.map((succession) => ({
    predecessorId: resolve(succession.predecessorKey),
    successorId: resolve(succession.successorKey),
    share: succession.share,
    effectiveDate: succession.effectiveDate,
    note: succession.note,
  }));
  const added = await manager
    .createQueryBuilder()
    .insert()
    .into(AgencySuccession)
    .values(successions)
    .orIgnore()
    .returning('predecessor_id')
    .execute();

  log(
    `organisation: ${missing.length} of ${plan.agencies.length} agencies added, ` +
      `${(added.raw as unknown[]).length} successor links added`,
  );
  const changed = findChangedAgencies(plan, existing);
  if (changed.length > 0) {
    log(
      `organisation: ${changed.length} seeded agencies differ from the seed and were kept as they are ` +
        `(${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`,
    );
  }
}

function findChangedAgencies(plan: OrganisationPlan, existing: readonly Agency[]): string[] {
  const planned = new Map(plan.agencies.map((agency) => [agency.key, agency]));
  return existing
    .filter((agency) => {
      const seed = planned.get(agency.key);
      return seed !== undefined && COMPARED_FIELDS.some((field) => seed[field] !== agency[field]);
    })
    .map((agency) => agency.key);
}
