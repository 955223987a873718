import { DataSource } from 'typeorm';
import { DOSSIER_IMPORT_COLUMNS } from '../../src/modules/reports/import/dossier-import-layout';
import { bearer, staffToken } from '../support/auth';
import { buildSyntheticYearCsv, loadSyntheticAgencies, PHU_YEN_2020 } from '../support/synthetic-year';
import { createTestApp, type TestApp } from '../support/test-app';

const HEADER = DOSSIER_IMPORT_COLUMNS.join(',');

interface Issue {
  line: number;
  column: string;
  message: string;
  isError: boolean;
}

describe('historical import of legacy dossiers (COPY, row report)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let adminToken: string;
  let leaderToken: string;
  let procedureCodes: string[];

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const [{ id: provinceId }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM agencies WHERE key = 'PY-PROVINCE-54'`,
    );
    adminToken = staffToken(testApp, ['ADMIN'], provinceId);
    leaderToken = staffToken(testApp, ['AGENCY_LEADER'], provinceId);
    procedureCodes = (
      await dataSource.query<Array<{ code: string }>>(
        `SELECT DISTINCT p.code FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id
         WHERE v.status = 'PUBLISHED' ORDER BY p.code LIMIT 20`,
      )
    ).map((row) => row.code);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const postCsv = (csv: string, query: Record<string, string> = {}, token = adminToken) =>
    testApp
      .http()
      .post('/api/v1/admin/dossier-imports')
      .query(query)
      .set(...bearer(token))
      .set('Content-Type', 'text/csv')
      .send(csv);

  const importedCount = async (): Promise<number> =>
    Number(
      (
        await dataSource.query<Array<{ count: string }>>(
          `SELECT count(*) FROM dossiers WHERE imported_at IS NOT NULL`,
        )
      )[0].count,
    );

  // 2019, so none of it falls into the synthetic 2020 below.
  const smallFile = (): string => {
    const procedure = procedureCodes[0];
    const valid = [
      `H55.22015-190304-0001,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04T09:00:00+07:00,2019-03-11T09:00:00+07:00,2019-03-08T10:00:00+07:00,2019-03-09T08:00:00+07:00,10,1`,
      `H55.555-190305-0002,${procedure},PY-COMMUNE-22015-DESK,PY-DISTRICT-555-DESK,DISTRICT,ONLINE,4,2019-03-05 09:00,2019-03-20 17:00,2019-03-15 10:00,,7,`,
    ];
    const invalid = [
      `BAD CODE,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0003,NO.SUCH.PROCEDURE,PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0004,${procedure},PY-NOWHERE,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0005,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,REGION,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0006,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,FAX,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0007,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,5,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0008,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,04/03/2019,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0009,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-01 09:00,,,2,0`,
      `H55.1-190304-0010,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,2019-03-02 09:00,,9,0`,
      `H55.1-190304-0011,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,11,0`,
      `H55.1-190304-0012,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,-1`,
      `H55.22015-190304-0001,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,2,0`,
      `H55.1-190304-0013,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-03-04 09:00,2019-03-11 09:00,,,9,0`,
      `,${procedure},PY-COMMUNE-22015-DESK,PY-COMMUNE-22015-DESK,COMMUNE,DIRECT,2,2019-02-30 09:00,2019-03-11 09:00,,,2,0`,
    ];
    return [HEADER, ...valid, ...invalid].join('\n');
  };

  it('reports every invalid row with its line and column, and writes nothing by default', async () => {
    const response = await postCsv(smallFile());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ applied: false, rows: 16, valid: 2, invalid: 14, inserted: 0 });
    const errors = (response.body.issues as Issue[]).map((issue) => [issue.line, issue.column]);
    expect(errors).toEqual([
      [4, 'code'],
      [5, 'procedure_code'],
      [6, 'receiving_agency'],
      [7, 'level'],
      [8, 'channel'],
      [9, 'service_level'],
      [10, 'received_at'],
      [11, 'due_at'],
      [12, 'resolved_at'],
      [13, 'status'],
      [14, 'supplement_count'],
      [15, 'code'],
      [16, 'resolved_at'],
      [17, 'code'],
      [17, 'received_at'],
    ]);
    const messages = Object.fromEntries(
      (response.body.issues as Issue[]).map((issue) => [issue.line, issue.message]),
    );
    expect(messages[11]).toBe('Hạn giải quyết trước ngày tiếp nhận');
    expect(messages[15]).toBe('Mã hồ sơ trùng với dòng 2');
    expect(messages[5]).toBe('Không có thủ tục mã "NO.SUCH.PROCEDURE" trong danh mục');
    expect(await importedCount()).toBe(0);
  });

  it('with applyValid inserts the valid rows as dossiers that every report counts', async () => {
    const response = await postCsv(smallFile(), { applyValid: 'true' });
    expect(response.body).toMatchObject({ applied: true, valid: 2, invalid: 14, inserted: 2 });
    const rows = await dataSource.query<Array<Record<string, unknown>>>(
      `SELECT d.code, d.status, d.classification, d.inter_agency, d.level_code, d.supplement_count,
              d.received_at = d.submitted_at AS submitted_is_received, d.appointment_at = d.due_at AS appointment_is_due,
              d.received_at, d.resolved_at, d.ended_at, d.applicant_name, d.row_version,
              (SELECT count(*)::int FROM dossier_events e WHERE e.dossier_id = d.id) AS events
       FROM dossiers d WHERE d.imported_at IS NOT NULL ORDER BY d.code`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        code: 'H55.22015-190304-0001',
        status: 'RETURNED',
        classification: 'EARLY',
        inter_agency: false,
        level_code: 'COMMUNE',
        supplement_count: 1,
        submitted_is_received: true,
        appointment_is_due: true,
        applicant_name: 'Hồ sơ nhập từ hệ thống cũ',
        row_version: 1,
        events: 0,
      }),
      expect.objectContaining({
        code: 'H55.555-190305-0002',
        status: 'WITHDRAWN',
        classification: null,
        inter_agency: true,
        supplement_count: 0,
        // "2019-03-05 09:00" read as Vietnamese time; a withdrawal's end instant from resolved_at
        received_at: new Date('2019-03-05T02:00:00Z'),
        resolved_at: null,
        ended_at: new Date('2019-03-15T03:00:00Z'),
      }),
    ]);
    const [audit] = await dataSource.query<Array<{ count: string }>>(
      `SELECT count(*) FROM audit_events WHERE action = 'dossier.import'`,
    );
    expect(Number(audit.count)).toBe(2); // one per import, none per dossier
  });

  it('re-importing the same rows reports them as already there and inserts nothing', async () => {
    const file = smallFile().split('\n').slice(0, 3).join('\n');
    const response = await postCsv(file);
    expect(response.body).toMatchObject({
      applied: true,
      rows: 2,
      valid: 0,
      invalid: 0,
      alreadyImported: 2,
      inserted: 0,
    });
    expect(
      (response.body.issues as Issue[]).every((issue) => !issue.isError && /đã có/.test(issue.message)),
    ).toBe(true);
    expect(await importedCount()).toBe(2);
  });

  it('accepts a multipart upload, refuses a wrong header, a wrong media type and a non-admin', async () => {
    const multipart = await testApp
      .http()
      .post('/api/v1/admin/dossier-imports')
      .set(...bearer(adminToken))
      .attach('file', Buffer.from(`\uFEFF${smallFile().split('\n').slice(0, 3).join('\n')}`), 'legacy.csv');
    expect(multipart.status).toBe(200);
    expect(multipart.body).toMatchObject({ rows: 2, alreadyImported: 2 });
    const header = await postCsv('ma,thu_tuc\nx,y\n');
    expect(header.status).toBe(400);
    expect(header.headers['content-type']).toMatch(/problem\+json/);
    expect(header.body.detail).toMatch(/code,procedure_code,receiving_agency/);
    const json = await testApp
      .http()
      .post('/api/v1/admin/dossier-imports')
      .set(...bearer(adminToken))
      .send({ rows: [] });
    expect(json.status).toBe(415);
    expect((await postCsv(smallFile(), {}, leaderToken)).status).toBe(403);
  });

  it('a line COPY cannot read is a 400 naming it; nothing is written and the next import works', async () => {
    const before = await importedCount();
    const lines = smallFile().split('\n');
    const broken = `${lines.slice(0, 2).join('\n')}\n"H55.1-190304-0099,unterminated\n`;
    const response = await postCsv(broken, { applyValid: 'true' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.body.detail).toMatch(/^Tệp CSV không đọc được \(dòng 4\): unterminated CSV quoted field/);
    expect(await importedCount()).toBe(before);
    const again = await postCsv(`${lines[0]}\n${lines[2]}`, { applyValid: 'true' });
    expect(again.body).toMatchObject({ applied: true, rows: 1, inserted: before === 0 ? 1 : 0 });
  });

  it('a synthetic year shaped like Phú Yên 2020, imported, reproduces the year’s figures and 93.61 %', async () => {
    const agencies = await loadSyntheticAgencies(dataSource);
    expect(agencies.departments.length).toBeGreaterThan(0);
    expect(agencies.districtDesks.length).toBeGreaterThan(0);
    expect(agencies.communeDesks.length).toBeGreaterThan(0);
    const csv = buildSyntheticYearCsv(agencies, procedureCodes);
    const started = performance.now();
    const imported = await postCsv(csv);
    const elapsedMs = Math.round(performance.now() - started);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ applied: true, invalid: 0, inserted: PHU_YEN_2020.received });
    console.log(
      `Historical import of ${PHU_YEN_2020.received} rows (${(csv.length / 1e6).toFixed(1)} MB): ${elapsedMs} ms over HTTP; ` +
        `server timings ${JSON.stringify(imported.body.timings)}`,
    );

    const report = await testApp
      .http()
      .get('/api/v1/reports/on-time')
      .query({ period: '2020', groupBy: 'level' })
      .set(...bearer(leaderToken));
    expect(report.status).toBe(200);
    const total = report.body.total as Record<string, number>;
    expect(total).toMatchObject({
      received: PHU_YEN_2020.received,
      carriedOver: 0,
      resolved: PHU_YEN_2020.earlyOrOnTime + PHU_YEN_2020.late,
      early: PHU_YEN_2020.early,
      onTime: PHU_YEN_2020.earlyOrOnTime - PHU_YEN_2020.early,
      late: PHU_YEN_2020.late,
      inProgress: PHU_YEN_2020.openOrWithdrawn,
      onTimeRate: PHU_YEN_2020.onTimeRate,
    });
    expect(total.early + total.onTime).toBe(PHU_YEN_2020.earlyOrOnTime);
    const byLevel = Object.fromEntries(
      (report.body.rows as Array<{ key: string; received: number }>).map((row) => [row.key, row.received]),
    );
    expect(byLevel).toEqual(PHU_YEN_2020.byLevel);

    // Online service levels and inter-level routes, straight from the imported rows.
    const [counts] = await dataSource.query<Array<Record<string, number>>>(
      `SELECT count(*) FILTER (WHERE channel = 'ONLINE' AND service_level = 3)::int AS "onlineLevel3",
              count(*) FILTER (WHERE channel = 'ONLINE' AND service_level = 4)::int AS "onlineLevel4",
              count(*) FILTER (WHERE inter_agency)::int AS "interLevel"
       FROM dossiers WHERE imported_at IS NOT NULL AND received_at >= '2020-01-01T00:00:00+07:00'`,
    );
    expect(counts).toEqual({
      onlineLevel3: PHU_YEN_2020.onlineLevel3,
      onlineLevel4: PHU_YEN_2020.onlineLevel4,
      interLevel: PHU_YEN_2020.interLevel,
    });
  }, 600_000);
});
