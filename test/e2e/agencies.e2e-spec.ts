import { randomUUID } from 'node:crypto';
import { type Response } from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';
import { bearer, staffToken } from '../support/auth';

interface AgencyBody {
  id: string;
  key: string;
  name: string;
  gsoCode: string | null;
  validTo: string | null;
}
interface LinkBody {
  agency: AgencyBody;
  share: string;
  effectiveDate: string;
}
interface DetailBody extends AgencyBody {
  ancestors: AgencyBody[];
  predecessors: LinkBody[];
  successors: LinkBody[];
}
const itemsOf = (response: Response): AgencyBody[] => (response.body as { items: AgencyBody[] }).items;
const detailOf = (response: Response): DetailBody => response.body as DetailBody;
const errorFieldsOf = (response: Response): string[] =>
  (response.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field);
const keysOf = (agencies: AgencyBody[]): string[] => agencies.map((agency) => agency.key);

// The seeded Phú Yên tree (the test app runs the seeds at start) through the HTTP API.
describe('agencies API', () => {
  let testApp: TestApp;
  const ids = new Map<string, string>();
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) {
      throw new Error(`no seeded agency ${key}`);
    }
    return id;
  };
  const list = (query: Record<string, string | number>) =>
    testApp.http().get('/api/v1/agencies').query(query);
  const auditOf = (targetId: string) =>
    testApp.dataSource.query<Array<{ action: string; actor_id: string; summary: Record<string, unknown> }>>(
      'SELECT action, actor_id, summary FROM audit_events WHERE target_id = $1 ORDER BY id',
      [targetId],
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    const rows = await testApp.dataSource.query<Array<{ key: string; id: string }>>(
      'SELECT key, id FROM agencies',
    );
    for (const row of rows) {
      ids.set(row.key, row.id);
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('public reading', () => {
    it('lists the 9 district People’s Committees of Phú Yên in 2020, without signing in', async () => {
      const response = await list({ level: 'DISTRICT', kind: 'PEOPLES_COMMITTEE', activeOn: '2020-06-01' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ page: 1, pageSize: 50, total: 9 });
      expect(
        itemsOf(response)
          .map((item) => item.gsoCode)
          .sort(),
      ).toEqual(['555', '557', '558', '559', '560', '561', '562', '563', '564']);
      expect(response.body.items[0]).toEqual({
        id: expect.any(String),
        key: expect.stringMatching(/^PY-DISTRICT-/),
        name: expect.stringMatching(/^Ủy ban nhân dân /),
        shortName: expect.stringMatching(/^UBND /),
        level: 'DISTRICT',
        kind: 'PEOPLES_COMMITTEE',
        parentId: idOf('PY-PROVINCE-54'),
        qcvnCode: expect.stringMatching(/^000\.00\.3\d\.H55$/),
        decision20Code: expect.stringMatching(/^H55\.3\d$/),
        gsoCode: expect.any(String),
        address: null,
        validFrom: '2020-01-01',
        validTo: null,
      });
    });

    it('shows the old communes of Sơn Hòa until 30/6/2025 and the new communes of Đắk Lắk from 1/7/2025', async () => {
      const committees = (parentKey: string, activeOn: string) =>
        list({ parentId: idOf(parentKey), kind: 'PEOPLES_COMMITTEE', activeOn });
      expect((await committees('PY-DISTRICT-560', '2025-06-30')).body.total).toBe(14);
      expect((await committees('PY-DISTRICT-560', '2025-07-01')).body.total).toBe(0);
      expect((await committees('PY-DISTRICT-561', '2025-06-30')).body.total).toBe(11);
      expect((await committees('DL-PROVINCE-2025', '2025-06-30')).body.total).toBe(0);
      const after = await committees('DL-PROVINCE-2025', '2025-07-01');
      expect(itemsOf(after).map((item) => item.name)).toEqual([
        'Ủy ban nhân dân xã Đức Bình',
        'Ủy ban nhân dân xã Ea Bá',
        'Ủy ban nhân dân xã Ea Ly',
        'Ủy ban nhân dân xã Sơn Hòa',
        'Ủy ban nhân dân xã Sông Hinh',
        'Ủy ban nhân dân xã Suối Trai',
        'Ủy ban nhân dân xã Tây Sơn',
        'Ủy ban nhân dân xã Vân Hòa',
      ]);
      const communes = (activeOn: string) => list({ level: 'COMMUNE', kind: 'PEOPLES_COMMITTEE', activeOn });
      expect((await communes('2025-06-30')).body.total).toBe(110);
      expect((await communes('2025-07-01')).body.total).toBe(110 - 25 + 8);
    });

    it('finds agencies by name without accents or case: "son hoa" finds Huyện Sơn Hòa', async () => {
      const names = async (q: string) => itemsOf(await list({ q, pageSize: 200 })).map((item) => item.name);
      expect(await names('son hoa')).toContain('Ủy ban nhân dân huyện Sơn Hòa');
      expect(await names('SƠN HÒA')).toEqual(await names('son hoa'));
      expect(await names('huyen son hoa')).toEqual([
        'Bộ phận Tiếp nhận và Trả kết quả huyện Sơn Hòa',
        'Ủy ban nhân dân huyện Sơn Hòa',
      ]);
      expect(await names('duc binh dong')).toEqual([
        'Bộ phận Tiếp nhận và Trả kết quả xã Đức Bình Đông',
        'Ủy ban nhân dân xã Đức Bình Đông',
      ]);
      expect(await names('tuy hoa')).toContain('Ủy ban nhân dân thành phố Tuy Hoà');
      expect(await names('%')).toEqual([]);
    });

    it('lists a subtree through the closure table, and combines filters', async () => {
      // 14 communes, each with its desk, and the district's own desk.
      expect((await list({ descendantOf: idOf('PY-DISTRICT-560') })).body.total).toBe(29);
      const desks = await list({
        descendantOf: idOf('PY-DISTRICT-555'),
        kind: 'ONE_STOP_DESK',
        level: 'COMMUNE',
      });
      expect(desks.body.total).toBe(16);
    });

    it('pages in a stable order', async () => {
      const query = { level: 'COMMUNE', activeOn: '2020-06-01' };
      const whole: AgencyBody[] = [];
      for (let page = 1; page <= 2; page += 1) {
        whole.push(...itemsOf(await list({ ...query, page, pageSize: 200 })));
      }
      expect(whole).toHaveLength(220);
      const pages: AgencyBody[] = [];
      for (let page = 1; page <= 5; page += 1) {
        const response = await list({ ...query, page, pageSize: 50 });
        expect(response.body).toMatchObject({ page, pageSize: 50, total: 220 });
        pages.push(...itemsOf(response));
      }
      expect(pages.map((item) => item.id)).toEqual(whole.map((item) => item.id));
      expect(new Set(pages.map((item) => item.id)).size).toBe(220);
    });

    it.each([
      ['a page size above 200', { pageSize: 201 }],
      ['page 0', { page: 0 }],
      ['a level in lower case', { level: 'commune' }],
      ['an unknown kind', { kind: 'MINISTRY' }],
      ['an impossible date', { activeOn: '2025-02-30' }],
      ['a parent that is not a UUID', { parentId: '42' }],
      ['an unknown filter', { province: 'Phú Yên' }],
    ])('refuses %s with 400 problem+json', async (_name, query) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('shows an agency with its ancestors, root first', async () => {
      const response = await testApp.http().get(`/api/v1/agencies/${idOf('PY-COMMUNE-22015-DESK')}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        name: 'Bộ phận Tiếp nhận và Trả kết quả phường 1',
        kind: 'ONE_STOP_DESK',
        qcvnCode: '900.01.31.H55',
        decision20Code: 'H55.31.01.900',
        predecessors: [],
        successors: [],
      });
      expect(keysOf(detailOf(response).ancestors)).toEqual([
        'PY-PROVINCE-54',
        'PY-DISTRICT-555',
        'PY-COMMUNE-22015',
      ]);
    });

    it('shows the successors of a split commune and the predecessors of a new one', async () => {
      const eaBia = await testApp.http().get(`/api/v1/agencies/${idOf('PY-COMMUNE-22228')}`);
      expect(eaBia.body.validTo).toBe('2025-06-30');
      expect(
        detailOf(eaBia).successors.map((link) => [link.agency.name, link.share, link.effectiveDate]),
      ).toEqual([
        ['Ủy ban nhân dân xã Đức Bình', 'PART', '2025-07-01'],
        ['Ủy ban nhân dân xã Sông Hinh', 'PART', '2025-07-01'],
      ]);
      const songHinh = await testApp.http().get(`/api/v1/agencies/${idOf('DL-COMMUNE-2025-SONG-HINH')}`);
      expect(keysOf(detailOf(songHinh).ancestors)).toEqual(['DL-PROVINCE-2025']);
      expect(detailOf(songHinh).predecessors.map((link) => [link.agency.key, link.share])).toEqual(
        expect.arrayContaining([
          ['PY-COMMUNE-22207', 'WHOLE'],
          ['PY-COMMUNE-22228', 'PART'],
          ['PY-DISTRICT-561', 'PART'],
        ]),
      );
      expect(songHinh.body.predecessors).toHaveLength(5);
    });

    it('answers 400 for an id that is not a UUID and 404 for an unknown one', async () => {
      const invalid = await testApp.http().get('/api/v1/agencies/PY-DISTRICT-560');
      expect(invalid.status).toBe(400);
      expect(invalid.body.type).toBe('urn:mot-cua:problem:agency-invalid');
      const unknown = await testApp.http().get(`/api/v1/agencies/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ type: 'urn:mot-cua:problem:agency-not-found', status: 404 });
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('administration', () => {
    const tuyHoaAdminId = randomUUID();
    let tuyHoaAdmin: string; // ADMIN at Tuy Hòa city: administers its subtree
    let songCauAdmin: string; // ADMIN at Sông Cầu: outside Tuy Hòa
    let provinceAdmin: string;
    let clerk: string;
    const unit = (key: string, overrides: Record<string, unknown> = {}) => ({
      key,
      name: `Tổ Tư pháp - Hộ tịch ${key}`,
      shortName: `Tư pháp ${key}`,
      levelCode: 'COMMUNE',
      kind: 'UNIT',
      parentId: idOf('PY-COMMUNE-22015'),
      validFrom: '2026-01-01',
      ...overrides,
    });
    const create = (token: string, body: object) =>
      testApp
        .http()
        .post('/api/v1/agencies')
        .set(...bearer(token))
        .send(body);
    const patch = (token: string, id: string, body: object) =>
      testApp
        .http()
        .patch(`/api/v1/agencies/${id}`)
        .set(...bearer(token))
        .send(body);
    const close = (token: string, id: string, body: object) =>
      testApp
        .http()
        .post(`/api/v1/agencies/${id}/close`)
        .set(...bearer(token))
        .send(body);

    beforeAll(() => {
      tuyHoaAdmin = staffToken(testApp, ['ADMIN'], idOf('PY-DISTRICT-555'), tuyHoaAdminId);
      songCauAdmin = staffToken(testApp, ['ADMIN'], idOf('PY-DISTRICT-557'));
      provinceAdmin = staffToken(testApp, ['ADMIN'], idOf('PY-PROVINCE-54'));
      clerk = staffToken(testApp, ['CLERK'], idOf('PY-COMMUNE-22015'));
    });

    it('creates a unit under a commune of the admin’s district, with its ancestors, and audits it', async () => {
      const response = await create(tuyHoaAdmin, unit('T-UNIT-1', { qcvnCode: '001.01.31.H55' }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        key: 'T-UNIT-1',
        level: 'COMMUNE',
        kind: 'UNIT',
        qcvnCode: '001.01.31.H55',
        decision20Code: 'H55.31.01.001',
        validFrom: '2026-01-01',
        validTo: null,
      });
      expect(keysOf(detailOf(response).ancestors)).toEqual([
        'PY-PROVINCE-54',
        'PY-DISTRICT-555',
        'PY-COMMUNE-22015',
      ]);
      expect(await auditOf(response.body.id)).toEqual([
        {
          action: 'agency.create',
          actor_id: tuyHoaAdminId,
          summary: expect.objectContaining({ key: 'T-UNIT-1', parentId: idOf('PY-COMMUNE-22015') }),
        },
      ]);
      const subtree = await list({ descendantOf: idOf('PY-DISTRICT-555'), kind: 'UNIT' });
      expect(keysOf(itemsOf(subtree))).toEqual(['T-UNIT-1']);
    });

    it('creates nothing when its audit event cannot be written: change and audit share one transaction', async () => {
      await testApp.dataSource.query(
        `CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'audit refused by the test'; END $$`,
      );
      await testApp.dataSource.query(
        'CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()',
      );
      try {
        const response = await create(tuyHoaAdmin, unit('T-UNAUDITED'));
        expect(response.status).toBe(500);
      } finally {
        await testApp.dataSource.query('DROP TRIGGER test_refuse_audit ON audit_events');
        await testApp.dataSource.query('DROP FUNCTION test_refuse_audit()');
      }
      const rows = await testApp.dataSource.query<unknown[]>(
        `SELECT 1 FROM agencies WHERE key = 'T-UNAUDITED'`,
      );
      expect(rows).toEqual([]);
    });

    it('refuses a taken key or identifier with 409', async () => {
      const key = await create(tuyHoaAdmin, unit('T-UNIT-1'));
      expect(key.status).toBe(409);
      expect(key.body.type).toBe('urn:mot-cua:problem:agency-key-taken');
      const code = await create(tuyHoaAdmin, unit('T-UNIT-2', { qcvnCode: '001.01.31.H55' }));
      expect(code.status).toBe(409);
      expect(code.body.type).toBe('urn:mot-cua:problem:agency-code-taken');
    });

    it.each([
      ['a department under a commune', { kind: 'DEPARTMENT' }, 'kind'],
      ['the district level after 30/6/2025', { levelCode: 'DISTRICT' }, 'levelCode'],
      ['an unknown level', { levelCode: 'HAMLET' }, 'levelCode'],
      ['a code not below the parent’s', { qcvnCode: '001.01.32.H55' }, 'qcvnCode'],
      [
        'a Decision 20 code that is another identifier',
        { qcvnCode: '002.01.31.H55', decision20Code: 'H55.31.01.003' },
        'decision20Code',
      ],
      ['a malformed code', { qcvnCode: '1.01.31.H55' }, 'qcvnCode'],
      ['an unknown parent', { parentId: randomUUID() }, 'parentId'],
      [
        'a parent closed on 30/6/2025',
        { parentKey: 'PY-COMMUNE-22165', validFrom: '2025-06-01' },
        'parentId',
      ],
      ['an impossible date', { validFrom: '2026-02-30' }, 'validFrom'],
      ['an unknown field', { valid_from: '2026-01-01' }, 'valid_from'],
    ] as Array<[string, Record<string, unknown>, string]>)(
      'refuses %s with 400 naming the field',
      async (_name, { parentKey, ...overrides }, field) => {
        const parent = typeof parentKey === 'string' ? { parentId: idOf(parentKey) } : {};
        const response = await create(
          provinceAdmin,
          unit(`T-BAD-${randomUUID().slice(0, 8).toUpperCase()}`, { ...overrides, ...parent }),
        );
        expect(response.status).toBe(400);
        expect(errorFieldsOf(response)).toContain(field);
      },
    );

    it('refuses anonymous writes with 401, a clerk with 403, and an admin of another district with 403', async () => {
      const target = idOf('PY-COMMUNE-22015');
      const anonymous = await testApp.http().post('/api/v1/agencies').send(unit('T-ANON'));
      expect(anonymous.status).toBe(401);
      expect((await testApp.http().patch(`/api/v1/agencies/${target}`).send({ name: 'x' })).status).toBe(401);
      expect(
        (await testApp.http().post(`/api/v1/agencies/${target}/close`).send({ validTo: '2026-12-31' }))
          .status,
      ).toBe(401);

      const byClerk = await create(clerk, unit('T-CLERK'));
      expect(byClerk.status).toBe(403);
      expect(byClerk.body.type).toBe('urn:mot-cua:problem:forbidden');
      expect((await patch(clerk, target, { name: 'x' })).status).toBe(403);

      const outside = await create(songCauAdmin, unit('T-OUTSIDE'));
      expect(outside.status).toBe(403);
      expect(outside.body.type).toBe('urn:mot-cua:problem:outside-agency-scope');
      expect((await patch(songCauAdmin, target, { name: 'x' })).status).toBe(403);
      expect(
        (await close(songCauAdmin, idOf('PY-COMMUNE-22015-DESK'), { validTo: '2026-12-31' })).status,
      ).toBe(403);
      expect((await testApp.http().get(`/api/v1/agencies/${target}`)).body.name).toBe(
        'Ủy ban nhân dân phường 1',
      );
    });

    it('corrects names, address and codes, auditing what changed, and never parent or level', async () => {
      const id = idOf('PY-COMMUNE-22018');
      const response = await patch(tuyHoaAdmin, id, {
        shortName: 'UBND Phường 8',
        address: 'Số 8, phường 8',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        shortName: 'UBND Phường 8',
        address: 'Số 8, phường 8',
        level: 'COMMUNE',
      });
      expect(await auditOf(id)).toEqual([
        {
          action: 'agency.update',
          actor_id: tuyHoaAdminId,
          summary: {
            changes: {
              shortName: { from: 'UBND phường 8', to: 'UBND Phường 8' },
              address: { from: null, to: 'Số 8, phường 8' },
            },
          },
        },
      ]);
      expect((await patch(tuyHoaAdmin, id, { parentId: idOf('PY-DISTRICT-557') })).status).toBe(400);
      expect((await patch(tuyHoaAdmin, id, { levelCode: 'DISTRICT' })).status).toBe(400);
      expect((await patch(tuyHoaAdmin, id, { name: null })).status).toBe(400);
      expect((await patch(tuyHoaAdmin, id, { qcvnCode: '000.01.31.H55' })).status).toBe(409);
      const cleared = await patch(tuyHoaAdmin, id, { qcvnCode: null });
      expect(cleared.body).toMatchObject({ qcvnCode: null, decision20Code: null });
      const restored = await patch(tuyHoaAdmin, id, { qcvnCode: '000.02.31.H55' });
      expect(restored.body).toMatchObject({ qcvnCode: '000.02.31.H55', decision20Code: 'H55.31.02' });
      // Nothing to change: no audit event.
      expect((await patch(tuyHoaAdmin, id, { address: 'Số 8, phường 8' })).status).toBe(200);
      expect(await auditOf(id)).toHaveLength(3);
      expect((await patch(tuyHoaAdmin, randomUUID(), { name: 'x' })).status).toBe(404);
    });

    it('closes a unit with a successor, keeps its history, and refuses to close it again', async () => {
      const old = (await create(tuyHoaAdmin, unit('T-CLOSE-OLD'))).body.id as string;
      const successor = (await create(tuyHoaAdmin, unit('T-CLOSE-NEW', { validFrom: '2026-07-01' }))).body
        .id as string;
      const response = await close(tuyHoaAdmin, old, {
        validTo: '2026-06-30',
        successors: [{ agencyId: successor, share: 'WHOLE' }],
        note: 'Sáp nhập tổ',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        validTo: '2026-06-30',
        successors: [{ share: 'WHOLE', effectiveDate: '2026-07-01' }],
      });
      expect(response.body.ancestors).toHaveLength(3);
      expect((await auditOf(old)).map((event) => event.action)).toEqual(['agency.create', 'agency.close']);
      const next = await testApp.http().get(`/api/v1/agencies/${successor}`);
      expect(next.body.predecessors).toEqual([
        expect.objectContaining({
          agency: expect.objectContaining({ id: old }),
          share: 'WHOLE',
          note: 'Sáp nhập tổ',
        }),
      ]);
      // Still listed on a day it was in force.
      const before = await list({ parentId: idOf('PY-COMMUNE-22015'), kind: 'UNIT', activeOn: '2026-06-30' });
      expect(itemsOf(before).map((item) => item.id)).toContain(old);

      const again = await close(tuyHoaAdmin, old, { validTo: '2026-12-31' });
      expect(again.status).toBe(409);
      expect(again.body.type).toBe('urn:mot-cua:problem:agency-already-closed');
    });

    it.each([
      [
        'a successor not in force the next day',
        (ids: Fixture) => ({ validTo: '2026-03-31', successors: [{ agencyId: ids.later, share: 'WHOLE' }] }),
      ],
      [
        'an unknown successor',
        () => ({ validTo: '2026-12-31', successors: [{ agencyId: randomUUID(), share: 'WHOLE' }] }),
      ],
      [
        'itself as successor',
        (ids: Fixture) => ({ validTo: '2026-12-31', successors: [{ agencyId: ids.target, share: 'WHOLE' }] }),
      ],
      [
        'a WHOLE successor among others',
        (ids: Fixture) => ({
          validTo: '2026-12-31',
          successors: [
            { agencyId: ids.later, share: 'WHOLE' },
            { agencyId: idOf('PY-COMMUNE-22015'), share: 'PART' },
          ],
        }),
      ],
      ['a closing date before the start', () => ({ validTo: '2025-12-31' })],
      [
        'an unknown share',
        (ids: Fixture) => ({ validTo: '2026-12-31', successors: [{ agencyId: ids.later, share: 'HALF' }] }),
      ],
    ])('refuses to close with %s (400), changing nothing', async (_name, body) => {
      const suffix = randomUUID().slice(0, 8).toUpperCase();
      const target = (await create(tuyHoaAdmin, unit(`T-C-${suffix}`))).body.id as string;
      const later = (await create(tuyHoaAdmin, unit(`T-L-${suffix}`, { validFrom: '2026-09-01' }))).body
        .id as string;
      const response = await close(tuyHoaAdmin, target, body({ target, later }));
      expect(response.status).toBe(400);
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect((await testApp.http().get(`/api/v1/agencies/${target}`)).body.validTo).toBeNull();
      expect((await auditOf(target)).map((event) => event.action)).toEqual(['agency.create']);
    });

    it('refuses to close an agency whose children are still in force (409), and a district admin her own district', async () => {
      const commune = await close(provinceAdmin, idOf('PY-COMMUNE-22021'), { validTo: '2026-12-31' });
      expect(commune.status).toBe(409);
      expect(commune.body.type).toBe('urn:mot-cua:problem:agency-has-open-children');
      expect(
        (await testApp.http().get(`/api/v1/agencies/${idOf('PY-COMMUNE-22021')}`)).body.validTo,
      ).toBeNull();
      // Closing the district restructures the province: only a province admin may.
      const own = await close(tuyHoaAdmin, idOf('PY-DISTRICT-555'), { validTo: '2026-12-31' });
      expect(own.status).toBe(403);
      expect((await close(tuyHoaAdmin, randomUUID(), { validTo: '2026-12-31' })).status).toBe(404);
    });

    it('lets a province admin close a commune once its desk is closed, linking both to a successor', async () => {
      const desk = idOf('PY-COMMUNE-22024-DESK');
      const nextCommune = idOf('PY-COMMUNE-22027');
      const nextDesk = idOf('PY-COMMUNE-22027-DESK');
      expect(
        (
          await close(provinceAdmin, desk, {
            validTo: '2026-12-31',
            successors: [{ agencyId: nextDesk, share: 'WHOLE' }],
          })
        ).status,
      ).toBe(200);
      const response = await close(provinceAdmin, idOf('PY-COMMUNE-22024'), {
        validTo: '2026-12-31',
        successors: [{ agencyId: nextCommune, share: 'WHOLE' }],
      });
      expect(response.status).toBe(200);
      const after = await list({
        parentId: idOf('PY-DISTRICT-555'),
        kind: 'PEOPLES_COMMITTEE',
        activeOn: '2027-01-01',
      });
      expect(after.body.total).toBe(15);
    });
  });
});

interface Fixture {
  target: string;
  later: string;
}

describe('agency identifiers from configuration', () => {
  it('seeds the identifiers under PROVINCE_IDENTIFIER', async () => {
    const testApp = await createTestApp({ env: { PROVINCE_IDENTIFIER: 'H57' } });
    try {
      const response = await testApp
        .http()
        .get('/api/v1/agencies')
        .query({ q: 'phuong 1', kind: 'ONE_STOP_DESK' });
      expect(itemsOf(response).map((item) => item.key)).toEqual(['PY-COMMUNE-22015-DESK']);
      expect(response.body.items[0]).toMatchObject({
        qcvnCode: '900.01.31.H57',
        decision20Code: 'H57.31.01.900',
      });
    } finally {
      await testApp.close();
    }
  });
});
