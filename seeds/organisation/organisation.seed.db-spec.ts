import { DataSource } from 'typeorm';
import { parseQcvnCode, isDirectlyBelow } from '../../src/modules/catalog/agencies/domain/agency-code';
import { buildDataSourceOptions } from '../../src/infra/database/data-source-options';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import {
  buildOrganisationPlan,
  communeKey,
  DAK_LAK_2025_PROVINCE_KEY,
  districtKey,
  merged2025CommuneKey,
  PHU_YEN_PROVINCE_KEY,
} from './organisation-plan';
import { applyOrganisationPlan } from './organisation.seed';

describe('organisation plan (Phú Yên before 2025, with the 1/7/2025 sample)', () => {
  const plan = buildOrganisationPlan('H55');
  const byKey = new Map(plan.agencies.map((agency) => [agency.key, agency]));

  it('has 9 district and 110 commune People’s Committees of Phú Yên, each with one one-stop desk', () => {
    const phuYen = (level: string) =>
      plan.agencies.filter(
        (a) => a.kind === 'PEOPLES_COMMITTEE' && a.levelCode === level && a.key.startsWith('PY-'),
      );
    expect(phuYen('DISTRICT')).toHaveLength(9);
    expect(phuYen('COMMUNE')).toHaveLength(110);
    for (const committee of [...phuYen('DISTRICT'), ...phuYen('COMMUNE')]) {
      const desks = plan.agencies.filter((a) => a.parentKey === committee.key && a.kind === 'ONE_STOP_DESK');
      expect(desks.map((d) => d.levelCode)).toEqual([committee.levelCode]);
    }
  });

  it('has the provincial People’s Committee, its Service Centre and 20 departments', () => {
    expect(byKey.get(PHU_YEN_PROVINCE_KEY)).toMatchObject({
      name: 'Ủy ban nhân dân tỉnh Phú Yên',
      gsoCode: '54',
      qcvnCode: '000.00.00.H55',
      decision20Code: 'H55',
      parentKey: null,
    });
    expect(plan.agencies.filter((a) => a.kind === 'SERVICE_CENTRE')).toEqual([
      expect.objectContaining({
        parentKey: PHU_YEN_PROVINCE_KEY,
        qcvnCode: '000.00.21.H55',
        validFrom: '2019-02-15',
      }),
    ]);
    const departments = plan.agencies.filter((a) => a.kind === 'DEPARTMENT');
    expect(departments).toHaveLength(20);
    expect(departments.map((d) => d.name)).toContain('Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên');
  });

  it('names People’s Committees from the official unit names and numbers them by the documented scheme', () => {
    expect(byKey.get(districtKey('555'))).toMatchObject({
      name: 'Ủy ban nhân dân thành phố Tuy Hoà',
      qcvnCode: '000.00.31.H55',
      decision20Code: 'H55.31',
      gsoCode: '555',
    });
    expect(byKey.get(`${districtKey('560')}-DESK`)).toMatchObject({
      name: 'Bộ phận Tiếp nhận và Trả kết quả huyện Sơn Hòa',
      qcvnCode: '000.90.35.H55',
      decision20Code: 'H55.35.90',
    });
    expect(byKey.get(communeKey('22319'))).toMatchObject({
      name: 'Ủy ban nhân dân thị trấn Phú Hoà',
      qcvnCode: '000.07.38.H55',
    });
    expect(byKey.get(`${communeKey('22015')}-DESK`)).toMatchObject({
      qcvnCode: '900.01.31.H55',
      decision20Code: 'H55.31.01.900',
    });
  });

  it('uses the configured province identifier in every identifier', () => {
    const codes = buildOrganisationPlan('H57').agencies.flatMap((a) => (a.qcvnCode ? [a.qcvnCode] : []));
    expect(codes.length).toBeGreaterThan(250);
    expect(codes.every((code) => code.endsWith('.H57'))).toBe(true);
  });

  it('has unique keys and identifiers, parents before children, each identifier directly below its parent’s', () => {
    expect(new Set(plan.agencies.map((a) => a.key)).size).toBe(plan.agencies.length);
    const codes = plan.agencies.flatMap((a) => (a.qcvnCode ? [a.qcvnCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set<string>();
    for (const agency of plan.agencies) {
      if (agency.parentKey !== null) {
        expect(seen.has(agency.parentKey)).toBe(true);
        const parent = byKey.get(agency.parentKey)!;
        if (agency.qcvnCode && parent.qcvnCode) {
          expect(isDirectlyBelow(parseQcvnCode(parent.qcvnCode)!, parseQcvnCode(agency.qcvnCode)!)).toBe(
            true,
          );
        }
        expect(agency.validFrom >= parent.validFrom).toBe(true);
      }
      seen.add(agency.key);
    }
  });

  it('closes Sơn Hòa and Sông Hinh, their communes and desks on 30/6/2025 and nothing else of Phú Yên', () => {
    const closed = plan.agencies.filter((a) => a.validTo !== null);
    // 2 districts + 25 communes, each with its desk.
    expect(closed).toHaveLength(54);
    expect(closed.every((a) => a.validTo === '2025-06-30')).toBe(true);
  });

  it('links every old commune of the two districts to new communes, a split commune with PART to each', () => {
    const successorsOf = (key: string) =>
      plan.successions.filter((s) => s.predecessorKey === key).map((s) => [s.successorKey, s.share]);
    expect(successorsOf(communeKey('22228'))).toEqual([
      [merged2025CommuneKey('Sông Hinh'), 'PART'],
      [merged2025CommuneKey('Đức Bình'), 'PART'],
    ]);
    expect(successorsOf(communeKey('22165'))).toEqual([[merged2025CommuneKey('Sơn Hòa'), 'WHOLE']]);
    expect(successorsOf(districtKey('560'))).toEqual(
      ['Sơn Hòa', 'Vân Hòa', 'Tây Sơn', 'Suối Trai'].map((name) => [merged2025CommuneKey(name), 'PART']),
    );
    for (const closed of plan.agencies.filter((a) => a.validTo !== null)) {
      expect(successorsOf(closed.key).length).toBeGreaterThan(0);
    }
    expect(byKey.get(merged2025CommuneKey('Ea Ly'))).toMatchObject({
      parentKey: DAK_LAK_2025_PROVINCE_KEY,
      levelCode: 'COMMUNE',
      validFrom: '2025-07-01',
    });
  });
});

describe('organisation seed in the database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const messages: string[] = [];
  // The seed's own step, in a transaction as the seed runner runs it (the other seeds are not
  // this file's subject).
  const seed = () =>
    dataSource.transaction((manager) =>
      applyOrganisationPlan(manager, buildOrganisationPlan('H55'), (message) => messages.push(message)),
    );

  const snapshot = async () => ({
    levels: await dataSource.query('SELECT * FROM admin_levels ORDER BY code'),
    agencies: await dataSource.query('SELECT * FROM agencies ORDER BY key'),
    closure: await dataSource.query('SELECT * FROM agency_closure ORDER BY ancestor_id, descendant_id'),
    successions: await dataSource.query(
      'SELECT * FROM agency_successions ORDER BY predecessor_id, successor_id',
    ),
  });
  const idOf = async (key: string): Promise<string> =>
    (await dataSource.query<Array<{ id: string }>>('SELECT id FROM agencies WHERE key = $1', [key]))[0].id;
  const activeChildren = async (parentKey: string, date: string): Promise<string[]> =>
    (
      await dataSource.query<Array<{ key: string }>>(
        `SELECT a.key FROM agencies a WHERE a.parent_id = $1 AND a.kind = 'PEOPLES_COMMITTEE'
         AND a.valid_from <= $2 AND (a.valid_to IS NULL OR a.valid_to >= $2) ORDER BY a.key`,
        [await idOf(parentKey), date],
      )
    ).map((row) => row.key);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, { poolSize: 2 })).initialize();
    await seed();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('stores the levels, with the district level ending on 30/6/2025', async () => {
    expect(
      await dataSource.query('SELECT code, rank, valid_to::text FROM admin_levels ORDER BY rank'),
    ).toEqual([
      { code: 'PROVINCE', rank: 1, valid_to: null },
      { code: 'DISTRICT', rank: 2, valid_to: '2025-06-30' },
      { code: 'COMMUNE', rank: 3, valid_to: null },
    ]);
  });

  it('stores 9 districts and 110 communes of Phú Yên, each with its desk', async () => {
    const rows = await dataSource.query<unknown[]>(
      `SELECT pc.level_code AS level, count(DISTINCT pc.id)::int AS committees, count(desk.id)::int AS desks
       FROM agencies pc LEFT JOIN agencies desk ON desk.parent_id = pc.id AND desk.kind = 'ONE_STOP_DESK'
       WHERE pc.kind = 'PEOPLES_COMMITTEE' AND pc.key LIKE 'PY-%' GROUP BY pc.level_code ORDER BY pc.level_code`,
    );
    expect(rows).toEqual([
      { level: 'COMMUNE', committees: 110, desks: 110 },
      { level: 'DISTRICT', committees: 9, desks: 9 },
      { level: 'PROVINCE', committees: 1, desks: 0 },
    ]);
  });

  it('keeps the closure table equal to the tree walked through parent_id', async () => {
    const [difference] = await dataSource.query<Array<{ missing: number; extra: number }>>(
      `WITH RECURSIVE chain (descendant_id, ancestor_id, depth) AS (
         SELECT id, id, 0 FROM agencies
         UNION ALL
         SELECT chain.descendant_id, a.parent_id, chain.depth + 1
         FROM chain JOIN agencies a ON a.id = chain.ancestor_id WHERE a.parent_id IS NOT NULL
       )
       SELECT (SELECT count(*) FROM (SELECT ancestor_id, descendant_id, depth FROM chain EXCEPT SELECT ancestor_id, descendant_id, depth FROM agency_closure) missing)::int AS missing,
              (SELECT count(*) FROM (SELECT ancestor_id, descendant_id, depth FROM agency_closure EXCEPT SELECT ancestor_id, descendant_id, depth FROM chain) extra)::int AS extra`,
    );
    expect(difference).toEqual({ missing: 0, extra: 0 });
    const deskAncestors = await dataSource.query<Array<{ key: string }>>(
      `SELECT a.key FROM agency_closure c JOIN agencies a ON a.id = c.ancestor_id
       WHERE c.descendant_id = $1 ORDER BY c.depth DESC`,
      [await idOf(`${communeKey('22015')}-DESK`)],
    );
    expect(deskAncestors.map((row) => row.key)).toEqual([
      PHU_YEN_PROVINCE_KEY,
      districtKey('555'),
      communeKey('22015'),
      `${communeKey('22015')}-DESK`,
    ]);
  });

  it('shows the old communes of Sơn Hòa on 30/6/2025 and the new communes of Đắk Lắk from 1/7/2025', async () => {
    expect(await activeChildren(districtKey('560'), '2025-06-30')).toHaveLength(14);
    expect(await activeChildren(districtKey('561'), '2025-06-30')).toHaveLength(11);
    expect(await activeChildren(DAK_LAK_2025_PROVINCE_KEY, '2025-06-30')).toEqual([]);
    expect(await activeChildren(districtKey('560'), '2025-07-01')).toEqual([]);
    expect(await activeChildren(DAK_LAK_2025_PROVINCE_KEY, '2025-07-01')).toHaveLength(8);
    // The rest of Phú Yên is left as it was (a limit of the sample).
    expect(await activeChildren(districtKey('555'), '2025-07-01')).toHaveLength(16);
  });

  it('resolves the successors of every closed commune to communes in force on 1/7/2025', async () => {
    const unresolved = await dataSource.query<unknown[]>(
      `SELECT old.key FROM agencies old
       WHERE old.valid_to = '2025-06-30' AND NOT EXISTS (
         SELECT 1 FROM agency_successions s JOIN agencies new ON new.id = s.successor_id
         WHERE s.predecessor_id = old.id AND new.valid_from <= '2025-07-01' AND new.valid_to IS NULL)`,
    );
    expect(unresolved).toEqual([]);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    messages.length = 0;
    await seed();
    expect(await snapshot()).toEqual(before);
    expect(messages).toEqual(['organisation: 0 of 277 agencies added, 0 successor links added']);
  });

  it('keeps an administrator’s change at the next start, and reports it', async () => {
    await dataSource.query(`UPDATE agencies SET address = 'Số 1 đường Thử' WHERE key = $1`, [
      districtKey('555'),
    ]);
    messages.length = 0;
    await seed();
    const [row] = await dataSource.query<
      Array<{
        address: string;
      }>
    >('SELECT address FROM agencies WHERE key = $1', [districtKey('555')]);
    expect(row.address).toBe('Số 1 đường Thử');
    expect(messages[1]).toMatch(
      /1 seeded agencies differ from the seed and were kept as they are \(PY-DISTRICT-555\)/,
    );
  });
});
