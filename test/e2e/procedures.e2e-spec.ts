import { DataSource } from 'typeorm';
import { ProcedureCatalog } from '../../src/modules/catalog';
import { bearer, citizenToken, staffToken } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

interface Summary {
  id: string;
  code: string;
  name: string;
  nationalCode: string | null;
  status: string;
  levels: string[];
  serviceLevel: number;
}

const KHAI_SINH = 'Đăng ký khai sinh';

describe('procedure catalog over HTTP', () => {
  let testApp: TestApp;
  let adminToken: string;
  let provinceId: string;
  let agencyIdOf: (key: string) => Promise<string>;
  let sectorIdOf: (code: string) => Promise<string>;

  beforeAll(async () => {
    testApp = await createTestApp();
    const dataSource = testApp.app.get(DataSource);
    const idOf = async (sql: string, key: string) =>
      (await dataSource.query<Array<{ id: string }>>(sql, [key]))[0].id;
    agencyIdOf = (key) => idOf('SELECT id FROM agencies WHERE key = $1', key);
    sectorIdOf = (code) => idOf('SELECT id FROM sectors WHERE code = $1', code);
    provinceId = await agencyIdOf('PY-PROVINCE-54');
    adminToken = staffToken(testApp, ['ADMIN'], provinceId);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const search = async (query: Record<string, string | number>, token?: string) => {
    const request = testApp.http().get('/api/v1/procedures').query(query);
    const response = await (token ? request.set(...bearer(token)) : request);
    expect(response.status).toBe(200);
    return response.body as { items: Summary[]; total: number; page: number; pageSize: number };
  };

  describe('Vietnamese search', () => {
    it.each([
      ['dang ky khai sinh', 'without accents'],
      ['Đăng ký khai sinh', 'with accents'],
      ['ĐĂNG KÝ KHAI SINH', 'in capitals'],
      ['khai sinh', 'by its last words'],
      ['khai sin', 'while the last word is still being typed'],
      ['khai snh', 'with a letter missing'],
      ['dang ki khai sinh', 'with i for y'],
      ['dăng ky khai sinhh', 'with stray accents and a doubled letter'],
    ])('"%s" finds Đăng ký khai sinh first (%s)', async (q) => {
      const { items } = await search({ q });
      expect(items[0]?.name).toBe(KHAI_SINH);
    });

    it('ranks the exact name before longer names that contain it', async () => {
      const { items } = await search({ q: 'dang ky khai sinh', pageSize: 10 });
      const names = items.map((item) => item.name);
      expect(names).toEqual(
        expect.arrayContaining([
          KHAI_SINH,
          'Đăng ký khai sinh có yếu tố nước ngoài',
          'Đăng ký lại khai sinh',
        ]),
      );
      expect(names.indexOf(KHAI_SINH)).toBe(0);
    });

    it('finds a procedure by its national or localised code', async () => {
      expect((await search({ q: '1.001193' })).items[0]?.name).toBe(KHAI_SINH);
      expect((await search({ q: '2.000815.000.00.00' })).items[0]?.nationalCode).toBe('2.000815');
    });

    it('ranks names holding "chứng thực" as a phrase before names that only hold both words', async () => {
      const { items } = await search({ q: 'chung thuc', pageSize: 50 });
      const phraseHits = items.filter((item) => item.name.toLowerCase().includes('chứng thực'));
      expect(phraseHits.length).toBeGreaterThanOrEqual(3);
      expect(items.slice(0, phraseHits.length)).toEqual(phraseHits);
    });

    it('does not dilute a correctly spelt query with look-alikes', async () => {
      const { items } = await search({ q: 'ket hon', pageSize: 50 });
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.every((item) => /kết hôn/i.test(item.name))).toBe(true);
    });

    it('answers an empty page, not an error, for a query that matches nothing', async () => {
      expect(await search({ q: 'xyzzy qwerty' })).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('filters and paging', () => {
    it('filters by level, sector, service level, mode and channel', async () => {
      const district = await search({ level: 'DISTRICT', pageSize: 100 });
      expect(district.total).toBeGreaterThan(0);
      expect(district.items.every((item) => item.levels.includes('DISTRICT'))).toBe(true);
      const civilStatus = await search({ sectorId: await sectorIdOf('PY-HT'), pageSize: 100 });
      expect(civilStatus.items.map((item) => item.name)).toContain(KHAI_SINH);
      const level4 = await search({ serviceLevel: 4, onlineMode: 'FULL', channel: 'ONLINE', pageSize: 100 });
      expect(level4.total).toBeGreaterThan(0);
      expect(level4.items.every((item) => item.serviceLevel === 4)).toBe(true);
    });

    it('filters by agency: a commune People’s Committee sees commune procedures, Sở Tư pháp its own', async () => {
      const commune = await search({ agencyId: await agencyIdOf('PY-COMMUNE-22015'), pageSize: 100 });
      expect(commune.items.map((item) => item.name)).toContain(KHAI_SINH);
      const justice = await search({ agencyId: await agencyIdOf('PY-DEPT-STP'), pageSize: 100 });
      expect(justice.items.map((item) => item.name)).toEqual([
        'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      ]);
    });

    it('pages with a stable total', async () => {
      const first = await search({ page: 1, pageSize: 5 });
      const second = await search({ page: 2, pageSize: 5 });
      expect(first.total).toBe(second.total);
      expect(first.items).toHaveLength(5);
      expect(second.items.map((item) => item.id)).not.toContain(first.items[0].id);
      const beyond = await search({ page: 1000, pageSize: 5 });
      expect(beyond).toMatchObject({ items: [], total: first.total });
    });

    it('refuses unknown filters and bad values with 400', async () => {
      for (const query of [
        { level: 'VILLAGE' },
        { serviceLevel: 5 },
        { pageSize: 1000 },
        { status: 'DRAFT' },
      ]) {
        const response = await testApp.http().get('/api/v1/procedures').query(query);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
      }
    });
  });

  describe('reading one procedure', () => {
    it('returns the version in force with its time limit, documents, fees and route', async () => {
      const [lltp] = (await search({ q: 'ly lich tu phap' })).items;
      const response = await testApp.http().get(`/api/v1/procedures/${lltp.id}`);
      expect(response.status).toBe(200);
      const version = response.body.currentVersion;
      expect(version).toMatchObject({ versionNo: 1, status: 'PUBLISHED', effectiveFrom: '2020-01-01' });
      expect(version.implementations[0]).toMatchObject({
        level: 'PROVINCE',
        agencyName: 'Sở Tư pháp tỉnh Phú Yên',
        timeLimit: { amount: 10, unit: 'CALENDAR_DAYS', text: '10 ngày' },
      });
      expect(version.implementations[0].route).toHaveLength(3);
      expect(version.fees[0]).toMatchObject({ amountVnd: 200000 });
      expect(response.body.draftVersion).toBeUndefined();
      const byNumber = await testApp.http().get(`/api/v1/procedures/${lltp.id}/versions/1`);
      expect(byNumber.status).toBe(200);
      expect(byNumber.body.name).toBe(version.name);
    });

    it('says "trong ngày" for a same-day procedure (0 working days)', async () => {
      const [khaiSinh] = (await search({ q: KHAI_SINH })).items;
      const response = await testApp.http().get(`/api/v1/procedures/${khaiSinh.id}`);
      expect(response.body.currentVersion.implementations[0].timeLimit).toEqual({
        amount: 0,
        unit: 'WORKING_DAYS',
        text: 'Trong ngày làm việc',
      });
    });

    it('answers 404 for an unknown procedure or version, 400 for a malformed one', async () => {
      const [khaiSinh] = (await search({ q: KHAI_SINH })).items;
      expect(
        (await testApp.http().get('/api/v1/procedures/7b0c9f1e-1111-4111-8111-111111111111')).status,
      ).toBe(404);
      expect((await testApp.http().get(`/api/v1/procedures/${khaiSinh.id}/versions/99`)).status).toBe(404);
      expect((await testApp.http().get(`/api/v1/procedures/${khaiSinh.id}/versions/abc`)).status).toBe(400);
      expect((await testApp.http().get('/api/v1/procedures/not-a-uuid')).status).toBe(400);
    });

    it('lists sectors with their published counts', async () => {
      const response = await testApp.http().get('/api/v1/sectors');
      expect(response.status).toBe(200);
      const civilStatus = (response.body.items as Array<{ code: string; publishedProcedures: number }>).find(
        (sector) => sector.code === 'PY-HT',
      );
      expect(civilStatus?.publishedProcedures).toBeGreaterThanOrEqual(9);
    });
  });

  describe('administration and versions', () => {
    const content = (sectorId: string, overrides: Record<string, unknown> = {}) => ({
      name: 'Thủ tục kiểm thử cấp giấy xác nhận',
      sectorId,
      implementations: [
        { level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: { amount: 5, unit: 'WORKING_DAYS' } },
      ],
      serviceLevel: 3,
      onlineMode: 'PARTIAL',
      fullyOnlineEligible: false,
      channels: ['DIRECT', 'ONLINE'],
      documents: [{ name: 'Đơn đề nghị', form: 'ORIGINAL', quantity: 1, isRequired: true }],
      fees: [{ kind: 'CHARGE', description: 'Lệ phí', amountVnd: 20000 }],
      resultType: 'Giấy xác nhận',
      resultElectronic: false,
      legalBasis: 'Văn bản kiểm thử',
      ...overrides,
    });
    const admin = () => ({ set: bearer(adminToken) });

    it('keeps drafts away from the public, publishes, versions without touching old versions, suspends', async () => {
      const sectorId = await sectorIdOf('PY-HT');
      const created = await testApp
        .http()
        .post('/api/v1/admin/procedures')
        .set(...admin().set)
        .send({ code: 'TEST.0001', ...content(sectorId) });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(created.body).toMatchObject({
        status: 'DRAFT',
        currentVersion: null,
        draftVersion: { versionNo: 1 },
      });
      expect((await testApp.http().get(`/api/v1/procedures/${id}`)).status).toBe(404);
      const ids = async () =>
        (await search({ q: 'kiem thu cap giay xac nhan' })).items.map((item) => item.id);
      expect(await ids()).not.toContain(id);

      const published = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${id}/publish`)
        .set(...admin().set)
        .send({ effectiveFrom: '2021-01-01' });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'PUBLISHED', currentVersion: { versionNo: 1 } });
      expect((await search({ q: 'kiem thu cap giay xac nhan' })).items[0]?.id).toBe(id);

      // A change is a new draft, invisible to the public until published.
      const drafted = await testApp
        .http()
        .put(`/api/v1/admin/procedures/${id}/draft`)
        .set(...admin().set)
        .send(
          content(sectorId, {
            name: 'Thủ tục kiểm thử cấp giấy xác nhận (sửa đổi)',
            serviceLevel: 4,
            onlineMode: 'FULL',
            fullyOnlineEligible: true,
          }),
        );
      expect(drafted.status).toBe(200);
      expect(drafted.body.draftVersion).toMatchObject({ versionNo: 2, status: 'DRAFT' });
      const publicView = await testApp.http().get(`/api/v1/procedures/${id}`);
      expect(publicView.body.currentVersion.name).toBe('Thủ tục kiểm thử cấp giấy xác nhận');
      expect(publicView.body.versions).toHaveLength(1);
      expect((await testApp.http().get(`/api/v1/procedures/${id}/versions/2`)).status).toBe(404);

      // A retroactive version would rewrite history: refused.
      const retroactive = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${id}/publish`)
        .set(...admin().set)
        .send({ effectiveFrom: '2021-06-01' });
      expect(retroactive.status).toBe(400);
      expect(retroactive.body.errors[0].field).toBe('effectiveFrom');

      const future = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${id}/publish`)
        .set(...admin().set)
        .send({ effectiveFrom: '2099-01-01' });
      expect(future.status).toBe(200);
      expect(future.body.currentVersion).toMatchObject({ versionNo: 1, serviceLevel: 3 });
      expect(future.body.upcomingVersion).toMatchObject({
        versionNo: 2,
        serviceLevel: 4,
        effectiveFrom: '2099-01-01',
      });

      // Version 1 is exactly what it was.
      const v1 = await testApp.http().get(`/api/v1/procedures/${id}/versions/1`);
      expect(v1.body).toMatchObject({
        name: 'Thủ tục kiểm thử cấp giấy xác nhận',
        serviceLevel: 3,
        effectiveFrom: '2021-01-01',
      });

      // The dossiers module pins the version in force at receipt.
      const catalog = testApp.app.get(ProcedureCatalog);
      expect(await catalog.findVersionInForce(id, new Date('2020-12-31T16:59:59Z'))).toBeNull();
      expect((await catalog.findVersionInForce(id, new Date('2020-12-31T17:00:00Z')))?.versionNo).toBe(1);
      expect((await catalog.findVersionInForce(id, new Date('2099-01-01T00:00:00+07:00')))?.versionNo).toBe(
        2,
      );

      const suspended = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${id}/suspend`)
        .set(...admin().set)
        .send({ reason: 'Kiểm thử tạm ngừng' });
      expect(suspended.body.status).toBe('SUSPENDED');
      expect((await testApp.http().get(`/api/v1/procedures/${id}`)).status).toBe(404);
      expect(await ids()).not.toContain(id);
      const adminList = await testApp
        .http()
        .get('/api/v1/admin/procedures')
        .query({ q: 'kiem thu cap giay xac nhan', status: 'SUSPENDED' })
        .set(...admin().set);
      expect(adminList.body.items[0]?.id).toBe(id);
      const reinstated = await testApp
        .http()
        .post(`/api/v1/admin/procedures/${id}/reinstate`)
        .set(...admin().set)
        .send({ reason: 'Kiểm thử công bố lại' });
      expect(reinstated.body.status).toBe('PUBLISHED');

      const actions = await testApp.app
        .get(DataSource)
        .query<Array<{ action: string }>>(
          `SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`,
          [id],
        );
      expect(actions.map((row) => row.action)).toEqual([
        'procedure.create',
        'procedure.publish',
        'procedure.draft',
        'procedure.publish',
        'procedure.suspend',
        'procedure.reinstate',
      ]);
    });

    it('never lets the database change or delete a published version', async () => {
      const dataSource = testApp.app.get(DataSource);
      await expect(
        dataSource.query(`UPDATE procedure_versions SET name = 'sửa lén' WHERE status = 'PUBLISHED'`),
      ).rejects.toThrow(/is published/);
      await expect(
        dataSource.query(`DELETE FROM procedure_versions WHERE status = 'PUBLISHED'`),
      ).rejects.toThrow(/is published/);
    });

    it('refuses a route whose steps exceed the time limit, with the field named', async () => {
      const response = await testApp
        .http()
        .post('/api/v1/admin/procedures')
        .set(...admin().set)
        .send({
          code: 'TEST.0002',
          ...content(await sectorIdOf('PY-BTXH'), {
            implementations: [
              {
                level: 'COMMUNE',
                agencyKind: 'PEOPLES_COMMITTEE',
                timeLimit: { amount: 10, unit: 'WORKING_DAYS' },
                route: [
                  {
                    sequence: 1,
                    level: 'COMMUNE',
                    agencyKind: 'PEOPLES_COMMITTEE',
                    task: 'Xét duyệt',
                    allotted: { amount: 8, unit: 'WORKING_DAYS' },
                    isLead: false,
                  },
                  {
                    sequence: 2,
                    level: 'DISTRICT',
                    agencyKind: 'PEOPLES_COMMITTEE',
                    task: 'Quyết định',
                    allotted: { amount: 24, unit: 'WORKING_HOURS' },
                    isLead: true,
                  },
                ],
              },
            ],
          }),
        });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'implementations[0].route',
          message: expect.stringMatching(/vượt thời hạn/),
        }),
      ]);
    });

    it('lets only an administrator of the province change the catalog', async () => {
      const body = { code: 'TEST.0003', ...content(await sectorIdOf('PY-HT')) };
      const districtAdmin = staffToken(testApp, ['ADMIN'], await agencyIdOf('PY-DISTRICT-555'));
      const clerk = staffToken(testApp, ['CLERK'], provinceId);
      for (const token of [districtAdmin, clerk, citizenToken(testApp)]) {
        const response = await testApp
          .http()
          .post('/api/v1/admin/procedures')
          .set(...bearer(token))
          .send(body);
        expect(response.status).toBe(403);
      }
      expect((await testApp.http().post('/api/v1/admin/procedures').send(body)).status).toBe(401);
    });

    it('deletes a never-published procedure but only suspends a published one', async () => {
      const created = await testApp
        .http()
        .post('/api/v1/admin/procedures')
        .set(...admin().set)
        .send({ code: 'TEST.0004', ...content(await sectorIdOf('PY-HT')) });
      expect(
        (
          await testApp
            .http()
            .delete(`/api/v1/admin/procedures/${created.body.id}`)
            .set(...admin().set)
        ).status,
      ).toBe(204);
      const [khaiSinh] = (await search({ q: KHAI_SINH })).items;
      expect(
        (
          await testApp
            .http()
            .delete(`/api/v1/admin/procedures/${khaiSinh.id}`)
            .set(...admin().set)
        ).status,
      ).toBe(409);
    });
  });
});
