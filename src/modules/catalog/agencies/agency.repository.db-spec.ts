import { type TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { buildDataSourceOptions } from '../../../infra/database/data-source-options';
import { applyOrganisationPlan } from '../../../../seeds/organisation/organisation.seed';
import { buildOrganisationPlan } from '../../../../seeds/organisation/organisation-plan';
import { AgencyRepository, type AgencySearch } from './agency.repository';
import { AgencyTreeRepository } from './agency-tree.repository';

describe('agency queries over the seeded Phú Yên tree', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let agencies: AgencyRepository;
  let tree: AgencyTreeRepository;
  const keyOf = new Map<string, string>();
  const idOf = (key: string) => [...keyOf].find(([, k]) => k === key)![0];
  const search = (overrides: Partial<AgencySearch>) =>
    agencies.search({ words: [], offset: 0, limit: 200, ...overrides });
  const keys = async (overrides: Partial<AgencySearch>) =>
    (await search(overrides)).items.map((agency) => agency.key);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, { poolSize: 2 })).initialize();
    await dataSource.transaction((manager) =>
      applyOrganisationPlan(manager, buildOrganisationPlan('H55'), () => undefined),
    );
    const txHost = { tx: dataSource.manager } as TransactionHost<TransactionalAdapterTypeOrm>;
    agencies = new AgencyRepository(txHost);
    tree = AgencyTreeRepository.over(dataSource.manager);
    for (const row of await dataSource.query<Array<{ id: string; key: string }>>(
      'SELECT id, key FROM agencies',
    )) {
      keyOf.set(row.id, row.key);
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('matches every word of the name, ignoring accents, case and đ', async () => {
    const dongHoa = ['PY-DISTRICT-564-DESK', 'PY-DISTRICT-564'];
    expect(await keys({ words: ['đông', 'hòa'], levelCode: 'DISTRICT', kind: 'PEOPLES_COMMITTEE' })).toEqual([
      'PY-DISTRICT-564',
    ]);
    expect(await keys({ words: ['thi', 'xa', 'DONG', 'hoa'] })).toEqual(dongHoa);
    expect(await keys({ words: ['hoa', 'dong', 'xa', 'thi'] })).toEqual(dongHoa);
    expect(await keys({ words: ['xuan', 'tho', '2'], kind: 'PEOPLES_COMMITTEE' })).toEqual([
      'PY-COMMUNE-22078',
    ]);
  });

  it('takes %, _ and \\ in a search literally', async () => {
    expect((await search({ words: ['%'] })).total).toBe(0);
    expect((await search({ words: ['_'] })).total).toBe(0);
    expect((await search({ words: ['\\'] })).total).toBe(0);
  });

  it('can answer the name search from the trigram index IDX_agencies_name_search', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const plan = await manager.query<Array<{ 'QUERY PLAN': string }>>(
        `EXPLAIN SELECT id FROM agencies agency
         WHERE f_unaccent(lower(agency.name)) LIKE f_unaccent(lower($1))`,
        ['%son hoa%'],
      );
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('IDX_agencies_name_search');
    });
  });

  it('filters by the day an agency is in force', async () => {
    const songHinh = { parentId: idOf('PY-DISTRICT-561'), kind: 'PEOPLES_COMMITTEE' };
    expect((await search({ ...songHinh, activeOn: '2020-01-01' })).total).toBe(11);
    expect((await search({ ...songHinh, activeOn: '2025-06-30' })).total).toBe(11);
    expect((await search({ ...songHinh, activeOn: '2025-07-01' })).total).toBe(0);
    expect((await search({ ...songHinh, activeOn: '2019-12-31' })).total).toBe(0);
  });

  it('finds ancestors root first and the subtree through the closure table', async () => {
    const ancestors = await tree.findAncestorAgencies(idOf('PY-COMMUNE-22216-DESK'));
    expect(ancestors.map((agency) => agency.key)).toEqual([
      'PY-PROVINCE-54',
      'PY-DISTRICT-561',
      'PY-COMMUNE-22216',
    ]);
    expect(await tree.findAncestorAgencies(idOf('PY-PROVINCE-54'))).toEqual([]);
    expect((await search({ descendantOf: idOf('PY-DISTRICT-561') })).total).toBe(23);
    expect(await tree.isInSubtree(idOf('PY-PROVINCE-54'), idOf('PY-COMMUNE-22216-DESK'))).toBe(true);
    expect(await tree.isInSubtree(idOf('PY-DISTRICT-560'), idOf('PY-COMMUNE-22216-DESK'))).toBe(false);
  });

  it('counts the descendants still in force after a day', async () => {
    expect(await tree.countDescendantsActiveAfter(idOf('PY-DISTRICT-561'), '2025-06-29')).toBe(23);
    expect(await tree.countDescendantsActiveAfter(idOf('PY-DISTRICT-561'), '2025-06-30')).toBe(0);
    expect(await tree.countDescendantsActiveAfter(idOf('PY-COMMUNE-22015-DESK'), '2030-01-01')).toBe(0);
  });

  it('links a new agency into the closure table under all its ancestors', async () => {
    const created = await tree.insertWithClosure(
      {
        key: 'T-REPO-UNIT',
        name: 'Tổ một cửa lưu động phường 1',
        shortName: 'Tổ lưu động',
        levelCode: 'COMMUNE',
        kind: 'UNIT',
        parentId: idOf('PY-COMMUNE-22015'),
        validFrom: '2026-01-01',
      },
      dataSource.manager,
    );
    const ancestors = await tree.findAncestorAgencies(created.id);
    expect(ancestors.map((agency) => agency.key)).toEqual([
      'PY-PROVINCE-54',
      'PY-DISTRICT-555',
      'PY-COMMUNE-22015',
    ]);
    expect(await tree.findOrganisationId(created.id)).toBe(idOf('PY-COMMUNE-22015'));
    expect(await keys({ descendantOf: idOf('PY-DISTRICT-555'), kind: 'UNIT' })).toEqual(['T-REPO-UNIT']);
  });

  it('lists successors and predecessors with their agencies', async () => {
    const successors = await agencies.findSuccessors(idOf('PY-COMMUNE-22225'));
    expect(successors.map((link) => [keyOf.get(link.agency.id), link.share])).toEqual([
      ['DL-COMMUNE-2025-EA-BA', 'PART'],
      ['DL-COMMUNE-2025-EA-LY', 'PART'],
    ]);
    const predecessors = await agencies.findPredecessors(idOf('DL-COMMUNE-2025-EA-BA'));
    expect(predecessors.map((link) => keyOf.get(link.agency.id)).sort()).toEqual([
      'PY-COMMUNE-22216',
      'PY-COMMUNE-22225',
      'PY-DISTRICT-561',
    ]);
  });
});
