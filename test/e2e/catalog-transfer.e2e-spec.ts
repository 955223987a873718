import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { COLUMNS, HEADERS } from '../../src/modules/catalog/procedures/transfer/procedure-sheet';
import { bearer, staffToken } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

type Row = Record<string, string>;

describe('procedure catalog import and export', () => {
  let testApp: TestApp;
  let token: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const [{ id }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM agencies WHERE key = 'PY-PROVINCE-54'`,
    );
    token = staffToken(testApp, ['ADMIN'], id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const exportCsv = async (): Promise<Row[]> => {
    const response = await testApp
      .http()
      .get('/api/v1/admin/procedures/export')
      .query({ format: 'csv' })
      .set(...bearer(token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    return parse<Row>(response.body as Buffer, { columns: true, bom: true });
  };
  const toCsv = (rows: Row[]) => Buffer.from(stringify(rows, { header: true, columns: [...HEADERS] }));
  const upload = (file: Buffer, name: string, query: Record<string, string> = {}) =>
    testApp
      .http()
      .post('/api/v1/admin/procedures/import')
      .query(query)
      .set(...bearer(token))
      .attach('file', file, name);
  const counts = async () =>
    (
      await dataSource.query<Array<{ procedures: string; versions: string }>>(
        'SELECT (SELECT count(*) FROM procedures) AS procedures, (SELECT count(*) FROM procedure_versions) AS versions',
      )
    )[0];
  const futureDate = () => `${new Date().getUTCFullYear() + 1}-01-01`;

  it('exports the catalog, and re-importing the same CSV changes nothing', async () => {
    const rows = await exportCsv();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const khaiSinh = rows.find((row) => row[COLUMNS.name] === 'Đăng ký khai sinh')!;
    expect(khaiSinh[COLUMNS.implementations]).toBe(
      'COMMUNE | PEOPLES_COMMITTEE | 0 | WORKING_DAYS | Ngay trong ngày tiếp nhận; nhận sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo',
    );
    const before = await counts();
    const response = await upload(toCsv(rows), 'danh-muc.csv');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      applied: true,
      rows: rows.length,
      created: 0,
      versioned: 0,
      statusChanged: 0,
      unchanged: rows.length,
      problems: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('round-trips XLSX the same way', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/admin/procedures/export')
      .query({ format: 'xlsx' })
      .set(...bearer(token))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    const file = response.body as Buffer;
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const before = await counts();
    const imported = await upload(file, 'danh-muc.xlsx');
    expect(imported.body).toMatchObject({
      format: 'xlsx',
      applied: true,
      created: 0,
      versioned: 0,
      problems: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('reports every malformed cell with its row and column and writes nothing', async () => {
    const [template] = await exportCsv();
    const row = (overrides: Row): Row => ({ ...template, [COLUMNS.status]: 'PUBLISHED', ...overrides });
    const rows = [
      row({
        [COLUMNS.code]: 'TEST.BAD-UNIT',
        [COLUMNS.implementations]: 'COMMUNE | PEOPLES_COMMITTEE | 3 | NGAY',
      }),
      row({ [COLUMNS.code]: 'TEST.BAD-SECTOR', [COLUMNS.sectorCode]: 'XX-KHONGCO' }),
      row({ [COLUMNS.code]: 'TEST.DUP' }),
      row({ [COLUMNS.code]: 'TEST.DUP' }),
      row({
        [COLUMNS.code]: 'TEST.LONG-ROUTE',
        [COLUMNS.implementations]: 'DISTRICT | PEOPLES_COMMITTEE | 5 | WORKING_DAYS',
        [COLUMNS.route]: [
          'DISTRICT | 1 | DISTRICT | UNIT | Phòng chuyên môn | Thẩm định | 4 | WORKING_DAYS | không',
          'DISTRICT | 2 | DISTRICT | PEOPLES_COMMITTEE |  | Ký | 2 | WORKING_DAYS | có',
        ].join('\n'),
      }),
      row({
        [COLUMNS.code]: 'TEST.GOOD',
        [COLUMNS.nationalCode]: '',
        [COLUMNS.name]: 'Thủ tục nhập kiểm thử hợp lệ',
      }),
    ];
    const before = await counts();
    const response = await upload(toCsv(rows), 'loi.csv');
    expect(response.status).toBe(200);
    expect(response.body.applied).toBe(false);
    const problems = response.body.problems as Array<{ row: number; column: string; problem: string }>;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          column: COLUMNS.implementations,
          problem: expect.stringMatching(/NGAY/),
        }),
        expect.objectContaining({
          row: 3,
          column: COLUMNS.sectorCode,
          problem: expect.stringMatching(/XX-KHONGCO/),
        }),
        expect.objectContaining({ row: 5, column: COLUMNS.code, problem: 'trùng mã với dòng 4' }),
        expect.objectContaining({
          row: 6,
          column: COLUMNS.route,
          problem: expect.stringMatching(/vượt thời hạn/),
        }),
      ]),
    );
    expect(problems.some((problem) => problem.row === 7)).toBe(false);
    expect(await counts()).toEqual(before);

    const partial = await upload(toCsv(rows), 'loi.csv', { applyValid: 'true' });
    expect(partial.body).toMatchObject({ applied: true, created: 2, skipped: 4 });
    const created = await dataSource.query<Array<{ code: string }>>(
      `SELECT code FROM procedures WHERE code LIKE 'TEST.%' ORDER BY code`,
    );
    expect(created.map((item) => item.code)).toEqual(['TEST.DUP', 'TEST.GOOD']);
  });

  it('refuses a wrong header row before reading any procedure', async () => {
    const file = Buffer.from('Mã,Tên\nX.1,Thủ tục\n');
    const response = await upload(file, 'sai-mau.csv');
    expect(response.body.applied).toBe(false);
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: COLUMNS.name, problem: 'thiếu cột này trong dòng tiêu đề' },
        { row: 1, column: 'Mã', problem: expect.stringMatching(/không thuộc mẫu/) },
      ]),
    );
  });

  it('makes a changed row a new version effective from its date, never touching the old version', async () => {
    const rows = await exportCsv();
    const target = rows.find((row) => row[COLUMNS.name] === 'Cấp Giấy xác nhận tình trạng hôn nhân')!;
    const [{ id }] = await dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM procedures WHERE code = $1',
      [target[COLUMNS.code]],
    );
    const v1Before = (await testApp.http().get(`/api/v1/procedures/${id}/versions/1`)).body as unknown;
    const changed = {
      ...target,
      [COLUMNS.implementations]: 'COMMUNE | PEOPLES_COMMITTEE | 2 | WORKING_DAYS',
      [COLUMNS.effectiveFrom]: '2020-06-01',
    };
    const past = await upload(toCsv([changed]), 'thay-doi.csv');
    expect(past.body.applied).toBe(false);
    expect(past.body.problems[0]).toMatchObject({ row: 2, column: COLUMNS.effectiveFrom });

    const response = await upload(
      toCsv([{ ...changed, [COLUMNS.effectiveFrom]: futureDate() }]),
      'thay-doi.csv',
    );
    expect(response.body).toMatchObject({ applied: true, versioned: 1, created: 0 });
    const again = await upload(
      toCsv([{ ...changed, [COLUMNS.effectiveFrom]: futureDate() }]),
      'thay-doi.csv',
    );
    expect(again.body).toMatchObject({ applied: true, versioned: 0, unchanged: 1 });
    expect((await testApp.http().get(`/api/v1/procedures/${id}/versions/1`)).body).toEqual(v1Before);
    const detail = (await testApp.http().get(`/api/v1/procedures/${id}`)).body;
    expect(detail.currentVersion.versionNo).toBe(1);
    expect(detail.upcomingVersion).toMatchObject({ versionNo: 2, effectiveFrom: futureDate() });
  });

  it('suspends through the status column, and reinstates', async () => {
    const rows = await exportCsv();
    const target = rows.find((row) => row[COLUMNS.name] === 'Đăng ký giám hộ')!;
    const suspended = await upload(toCsv([{ ...target, [COLUMNS.status]: 'SUSPENDED' }]), 'tam-ngung.csv');
    expect(suspended.body).toMatchObject({ applied: true, statusChanged: 1, versioned: 0 });
    const search = await testApp.http().get('/api/v1/procedures').query({ q: 'dang ky giam ho' });
    const names = (search.body as { items: Array<{ name: string }> }).items.map((item) => item.name);
    expect(names).not.toContain('Đăng ký giám hộ');
    const back = await upload(toCsv([target]), 'cong-bo-lai.csv');
    expect(back.body).toMatchObject({ applied: true, statusChanged: 1 });
  });

  it('answers 413 for a 50 MB upload and 400 for a file that is not a spreadsheet', async () => {
    const before = await counts();
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const tooLarge = await upload(big, 'lon.csv');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(/problem\+json/);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    for (const [file, name] of [
      [png, 'anh.png'],
      [png, 'gia-mao.xlsx'],
      [Buffer.concat([Buffer.from('Mã thủ tục\n'), Buffer.alloc(10)]), 'nhi-phan.csv'],
      [Buffer.from('PK\x03\x04 not really a workbook'), 'hong.xlsx'],
    ] as const) {
      const response = await upload(file, name);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:mot-cua:problem:procedure-import-file-invalid');
    }
    const noFile = await testApp
      .http()
      .post('/api/v1/admin/procedures/import')
      .set(...bearer(token))
      .send({});
    expect(noFile.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('imports 2,000 procedures in under 10 seconds, and the same file again changes nothing', async () => {
    const templates = await exportCsv();
    const rows = Array.from({ length: 2000 }, (_, index) => {
      const template = templates[index % templates.length];
      return {
        ...template,
        [COLUMNS.code]: `BULK.${String(index).padStart(5, '0')}`,
        [COLUMNS.nationalCode]: '',
        [COLUMNS.onlineVariantCodes]: '',
        [COLUMNS.name]: `${template[COLUMNS.name]} (bản nhập số ${index})`,
      };
    });
    const file = toCsv(rows);
    const started = performance.now();
    const response = await upload(file, 'bulk.csv');
    const elapsed = performance.now() - started;
    expect(response.body).toMatchObject({ applied: true, created: 2000, problems: [] });
    console.log(
      `catalog import: 2,000 procedures (${(file.length / 1024).toFixed(0)} KiB CSV) in ${elapsed.toFixed(0)} ms`,
    );
    const startedAgain = performance.now();
    const again = await upload(file, 'bulk.csv');
    console.log(`catalog re-import of the same file: ${(performance.now() - startedAgain).toFixed(0)} ms`);
    expect(again.body).toMatchObject({ applied: true, created: 0, unchanged: 2000 });
  });

  it('keeps the import and export to administrators', async () => {
    const clerk = staffToken(
      testApp,
      ['CLERK'],
      (
        await dataSource.query<Array<{ id: string }>>(`SELECT id FROM agencies WHERE key = 'PY-PROVINCE-54'`)
      )[0].id,
    );
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/admin/procedures/export')
          .set(...bearer(clerk))
      ).status,
    ).toBe(403);
    expect((await testApp.http().get('/api/v1/admin/procedures/export')).status).toBe(401);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('ThuTuc').addRow([...HEADERS]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(
      (
        await testApp
          .http()
          .post('/api/v1/admin/procedures/import')
          .set(...bearer(clerk))
          .attach('file', file, 'a.xlsx')
      ).status,
    ).toBe(403);
  });
});
