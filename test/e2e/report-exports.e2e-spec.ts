import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { MEASURES } from '../../src/modules/reports/report-measures.repository';
import { ReportExportsService } from '../../src/modules/reports/exports/report-exports.service';
import { bearer, staffToken } from '../support/auth';
import { openReportFixtures, type ReportFixtures } from '../support/report-fixtures';
import { binaryBody, parseReportCsv, readReportWorkbook, sheetValues } from '../support/report-files';
import { createTestApp, describeWithRedis, type TestApp, type TestAppOptions } from '../support/test-app';

// Every report as CSV and XLSX, equal to its JSON; the drill-down's dossiers all in the file; and
// background exports through the queue (in-process, and on Bull when REDIS_URL is set).
const at = (local: string): string => `${local}:00+07:00`;

// March 2027 at the commune 22015 and the district 555 (as in the on-time report's test).
const MARCH = [
  {
    code: 'X-01',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-02-20 09:00',
    due: '2027-03-10 09:00',
    resolved: '2027-03-05 10:00',
    classification: 'EARLY',
  },
  { code: 'X-02', desk: 'commune', channel: 'DIRECT', received: '2027-02-10 09:00', due: '2027-03-15 09:00' },
  {
    code: 'X-03',
    desk: 'commune',
    channel: 'ONLINE',
    received: '2027-03-02 09:00',
    due: '2027-03-09 17:00',
    resolved: '2027-03-09 10:00',
    classification: 'ON_TIME',
  },
  {
    code: 'X-04',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-03 09:00',
    due: '2027-03-10 09:00',
    resolved: '2027-03-12 10:00',
    classification: 'LATE',
  },
  { code: 'X-05', desk: 'commune', channel: 'POST', received: '2027-03-25 09:00', due: '2027-04-05 09:00' },
  {
    code: 'X-06',
    desk: 'district',
    channel: 'DIRECT',
    received: '2027-03-10 09:00',
    due: '2027-03-20 09:00',
    resolved: '2027-03-25 09:00',
    classification: 'LATE',
  },
  {
    code: 'X-07',
    desk: 'district',
    channel: 'ONLINE',
    received: '2027-03-11 09:00',
    due: '2027-04-01 09:00',
    resolved: '2027-03-31 23:30',
    classification: 'EARLY',
  },
] as const;

// More dossiers than one batch of the background export (5,000), and than a direct download
// holds (10,000): all received in May 2026 at the commune, all late.
const MANY = 10_050;

type Http = ReturnType<TestApp['http']>;

async function setUp(options: TestAppOptions): Promise<{ testApp: TestApp; fixtures: ReportFixtures }> {
  const testApp = await createTestApp(options);
  const fixtures = await openReportFixtures(testApp);
  for (const dossier of MARCH) {
    const resolved = 'resolved' in dossier ? dossier.resolved : null;
    await fixtures.insert({
      code: dossier.code,
      desk: dossier.desk,
      channel: dossier.channel,
      status: resolved ? 'RESOLVED' : 'IN_PROGRESS',
      receivedAt: at(dossier.received),
      dueAt: at(dossier.due),
      resolvedAt: resolved ? at(resolved) : null,
      classification: 'classification' in dossier ? dossier.classification : null,
    });
  }
  // X-04 went commune → district: the commune's step was late (lateness attribution).
  await testApp.dataSource.query(
    `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status, planned_due_at,
       started_at, due_at, completed_at, result)
     SELECT d.id, 1, $1, 'COMMUNE', 'Phần việc', '{"amount": 2, "unit": "WORKING_DAYS"}', 'DONE', $3::timestamptz,
       $2::timestamptz, $3::timestamptz, $4::timestamptz, 'LATE'
     FROM dossiers d WHERE d.code = 'X-04'`,
    [
      fixtures.ids['PY-COMMUNE-22015'],
      at('2027-03-03 09:30'),
      at('2027-03-05 09:30'),
      at('2027-03-08 09:30'),
    ],
  );
  await testApp.dataSource.query(`UPDATE dossiers SET late_step_agency_id = $1 WHERE code = 'X-04'`, [
    fixtures.ids['PY-COMMUNE-22015'],
  ]);
  // The many: copies of X-04's columns, received a minute apart in May 2026, resolved late.
  await testApp.dataSource.query(
    `INSERT INTO dossiers (code, procedure_id, procedure_version_id, receiving_agency_id, resolving_agency_id,
       current_agency_id, level_code, sector_id, channel, service_level, status, applicant_kind, applicant_name,
       submitted_at, received_at, due_at, appointment_at, resolved_at, classification, row_version,
       supplement_count, clock, documents)
     SELECT 'M-' || lpad(n::text, 5, '0'), d.procedure_id, d.procedure_version_id, d.receiving_agency_id,
       d.resolving_agency_id, d.current_agency_id, d.level_code, d.sector_id, d.channel, d.service_level, 'RESOLVED',
       'PERSON', 'Người kiểm thử', t, t, t + interval '3 days', t + interval '3 days', t + interval '5 days', 'LATE',
       1, 0, '{}', '[]'
     FROM dossiers d, generate_series(1, $1::int) AS n,
       LATERAL (SELECT timestamptz '2026-05-01 08:00+07' + n * interval '1 minute') AS s(t)
     WHERE d.code = 'X-04'`,
    [MANY],
  );
  return { testApp, fixtures };
}

const get = (http: Http, path: string, token: string, query: Record<string, string> = {}) =>
  http
    .get(`/api/v1/reports/${path}`)
    .query(query)
    .set(...bearer(token));

async function csvOf(http: Http, path: string, token: string, query: Record<string, string>) {
  const response = await get(http, path, token, { ...query, format: 'csv' });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers['content-disposition']).toMatch(
    /^attachment; filename="[^"]+\.csv"; filename\*=UTF-8''/,
  );
  return parseReportCsv(response.text);
}

async function sheetOf(http: Http, path: string, token: string, query: Record<string, string>) {
  const response = await get(http, path, token, { ...query, format: 'xlsx' })
    .buffer(true)
    .parse(binaryBody);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/spreadsheetml/);
  expect(response.headers['content-disposition']).toMatch(/\.xlsx$/);
  return sheetValues(await readReportWorkbook(response.body as Buffer));
}

// The rows of a sheet from its heading row (found by its first cell) to the next empty row.
function tableAfter(values: unknown[][], heading: string): unknown[][] {
  const start = values.findIndex((row) => row?.[0] === heading);
  expect(start).toBeGreaterThan(0);
  const rows: unknown[][] = [];
  for (
    let index = start + 1;
    index < values.length && values[index]?.some((cell) => cell !== null);
    index += 1
  ) {
    rows.push(values[index]);
  }
  return rows;
}

async function waitUntilFinished(http: Http, id: string, token: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const response = await http.get(`/api/v1/reports/exports/${id}`).set(...bearer(token));
    expect(response.status).toBe(200);
    if (response.body.status === 'DONE' || response.body.status === 'FAILED') {
      return response.body as Record<string, unknown>;
    }
    await sleep(100);
  }
  throw new Error(`export ${id} did not finish`);
}

// A leader of the district asks for the late dossiers of May 2026 in the background.
async function exportManyLate(testApp: TestApp, token: string, format: 'csv' | 'xlsx') {
  const created = await testApp
    .http()
    .post('/api/v1/reports/exports')
    .set(...bearer(token))
    .send({
      report: 'on-time-dossiers',
      format,
      query: { period: '2026-05', measure: 'late', pageSize: '10' },
    });
  expect(created.status).toBe(202);
  // The answer is the export as it stands once queued: a free worker may already have started it.
  expect(created.body).toMatchObject({ report: 'on-time-dossiers', format });
  expect(['QUEUED', 'RUNNING', 'DONE']).toContain(created.body.status);
  expect(created.body.links.self).toBe(`/api/v1/reports/exports/${created.body.id}`);
  const done = await waitUntilFinished(testApp.http(), created.body.id as string, token);
  expect(done).toMatchObject({ status: 'DONE', progress: 100, rows: MANY });
  expect(done.links).toEqual({
    self: `/api/v1/reports/exports/${created.body.id}`,
    file: `/api/v1/reports/exports/${created.body.id}/file`,
  });
  const file = await testApp
    .http()
    .get(`/api/v1/reports/exports/${created.body.id}/file`)
    .set(...bearer(token))
    .buffer(true)
    .parse(binaryBody);
  expect(file.status).toBe(200);
  expect(Number(file.headers['content-length'])).toBe(done.sizeBytes);
  return { id: created.body.id as string, done, content: file.body as Buffer };
}

describe('report files and background exports (in-process queue)', () => {
  let testApp: TestApp;
  let fixtures: ReportFixtures;
  let http: Http;

  beforeAll(async () => {
    ({ testApp, fixtures } = await setUp({}));
    http = testApp.http();
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('gives the on-time report as CSV and XLSX with the JSON report’s figures, row by row', async () => {
    const query = { period: '2027-03', groupBy: 'level' };
    const json = await get(http, 'on-time', fixtures.tokens.districtLeader, query);
    const expected = [...json.body.rows, json.body.total].map((row: Record<string, number>) =>
      MEASURES.map((measure) => row[measure]),
    );
    expect(expected.at(-1)![0]).toBe(7);
    const csv = await csvOf(http, 'on-time', fixtures.tokens.districtLeader, query);
    expect(csv.slice(1).map((row) => row.slice(2, 2 + MEASURES.length).map(Number))).toEqual(expected);
    expect(csv.at(-1)!.slice(0, 2)).toEqual(['', 'Tổng cộng']);
    const sheet = tableAfter(
      await sheetOf(http, 'on-time', fixtures.tokens.districtLeader, query),
      'Mã nhóm',
    );
    expect(sheet.map((row) => row.slice(2, 2 + MEASURES.length))).toEqual(expected);
    expect(sheet.at(-1)![2 + MEASURES.length]).toBe(json.body.total.onTimeRate);
  });

  it('gives Biểu 06 as CSV with the JSON form’s counts, and still as the paper-form XLSX', async () => {
    const json = await get(http, 'form-06', fixtures.tokens.districtLeader, { period: '2027-03' });
    const columns = (json.body.columns as Array<{ count: string | null }>).map((column) => column.count);
    const expected = (json.body.rows as Array<{ label: string; counts: Record<string, number> }>).map(
      (row) => [row.label, ...columns.filter((count) => count !== null).map((count) => row.counts[count])],
    );
    const csv = await csvOf(http, 'form-06', fixtures.tokens.districtLeader, { period: '2027-03' });
    expect(csv.slice(1).map((row) => [row[1], ...row.slice(2).map(Number)])).toEqual(expected);
    const sheet = await sheetOf(http, 'form-06', fixtures.tokens.districtLeader, { period: '2027-03' });
    expect(sheet.find((row) => row?.[1] === 'Tổng cộng')?.slice(2)).toEqual(expected.at(-1)!.slice(1));
  });

  it('gives lateness attribution as CSV and XLSX with the JSON report’s agencies and total', async () => {
    const json = await get(http, 'lateness', fixtures.tokens.districtLeader, { period: '2027-03' });
    const agencies = (json.body.agencies as Array<{ agencyName: string; late: number }>).map((row) => [
      row.agencyName,
      row.late,
    ]);
    expect(agencies.map(([, late]) => late)).toEqual([1]); // X-04, late at the commune's step
    const total = agencies.reduce(
      (sum, [, late]) => sum + (late as number),
      json.body.withoutLateStep as number,
    );
    const csv = await csvOf(http, 'lateness', fixtures.tokens.districtLeader, { period: '2027-03' });
    expect(csv.slice(1).map(([name, late]) => [name, Number(late)])).toEqual([
      ...agencies,
      [expect.stringMatching(/^Không do bước liên thông/), json.body.withoutLateStep],
      ['Tổng cộng', total],
    ]);
    const sheet = tableAfter(
      await sheetOf(http, 'lateness', fixtures.tokens.districtLeader, { period: '2027-03' }),
      'Cơ quan có bước liên thông quá hạn đầu tiên',
    );
    expect(sheet.at(-1)).toEqual(['Tổng cộng', total]);
  });

  it('gives the index of Decision 766 as CSV and XLSX with the JSON report’s points', async () => {
    const query = { period: '2027-03', groupBy: 'agency' };
    const json = await get(http, 'index-766', fixtures.tokens.districtLeader, query);
    expect(json.status).toBe(200);
    const expected = [...json.body.rows, { ...json.body.total, agencyName: 'Toàn phạm vi' }].map(
      (row: { agencyName: string; points: number; availableMaxPoints: number }) => [
        row.agencyName,
        row.points,
        row.availableMaxPoints,
      ],
    );
    const csv = await csvOf(http, 'index-766', fixtures.tokens.districtLeader, query);
    const scores = csv.slice(2, 2 + expected.length);
    expect(scores.map((row) => [row[0], Number(row[7]), Number(row[8])])).toEqual(expected);
    const sheet = tableAfter(
      await sheetOf(http, 'index-766', fixtures.tokens.districtLeader, query),
      'Đơn vị',
    );
    expect(sheet.map((row) => [row[0], row[7], row[8]])).toEqual(expected);
  });

  it('gives the dashboard as CSV and XLSX with the JSON dashboard’s indicators', async () => {
    const json = await get(http, 'dashboard', fixtures.tokens.districtLeader);
    expect(json.status).toBe(200);
    const kpis = (value: Record<string, number | null>) =>
      ['received', 'resolved', 'late', 'inProgress', 'overdue', 'onTimeRate', 'onlineShare'].map(
        (kpi) => value[kpi],
      );
    const csv = await csvOf(http, 'dashboard', fixtures.tokens.districtLeader, {});
    expect(csv[0]).toEqual(['Chỉ tiêu chung']);
    const numbers = (row: string[]) => row.slice(1).map((cell) => (cell === '' ? null : Number(cell)));
    expect(numbers(csv[2])).toEqual(kpis(json.body.month.kpis));
    expect(numbers(csv[5])).toEqual(kpis(json.body.yearToDate.previous));
    const sheet = tableAfter(await sheetOf(http, 'dashboard', fixtures.tokens.districtLeader, {}), 'Kỳ');
    expect(sheet[2].slice(1)).toEqual(kpis(json.body.yearToDate.kpis));
  });

  it('gives the dossiers behind a number, every one of them and not one page, as CSV and XLSX', async () => {
    const query = { period: '2027-03', measure: 'late', pageSize: '1' };
    const json = await get(http, 'on-time/dossiers', fixtures.tokens.viewer, query);
    expect(json.body.total).toBe(2);
    const csv = await csvOf(http, 'on-time/dossiers', fixtures.tokens.viewer, query);
    expect(csv.slice(1).map((row) => [row[1], row[6], row[9]])).toEqual([
      ['X-04', '03/03/2027 09:00', 'Quá hạn'],
      ['X-06', '10/03/2027 09:00', 'Quá hạn'],
    ]);
    const sheet = tableAfter(await sheetOf(http, 'on-time/dossiers', fixtures.tokens.viewer, query), 'STT');
    expect(sheet.map((row) => [row[0], row[1], row[6]])).toEqual([
      [1, 'X-04', new Date('2027-03-03T09:00:00Z')],
      [2, 'X-06', new Date('2027-03-10T09:00:00Z')],
    ]);
  });

  it('refuses a direct download of more than 10,000 dossiers, in Vietnamese, pointing to the background export', async () => {
    const response = await get(http, 'on-time/dossiers', fixtures.tokens.districtLeader, {
      period: '2026-05',
      measure: 'late',
      format: 'csv',
    });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:mot-cua:problem:report-export-too-large');
    expect(response.body.detail).toMatch(/10\.050 hồ sơ.*POST \/api\/v1\/reports\/exports/);
  });

  it('exports every dossier of a long drill-down in the background, for its requester only', async () => {
    const token = fixtures.tokens.districtLeader;
    const { id, content } = await exportManyLate(testApp, token, 'csv');
    const rows = parseReportCsv(content.toString('utf8'));
    expect(rows).toHaveLength(MANY + 1);
    const codes = new Set(rows.slice(1).map((row) => row[1]));
    expect(codes.size).toBe(MANY);
    expect(codes.has('M-00001') && codes.has(`M-${MANY}`)).toBe(true);
    // Another leader of the same district, a leader of another commune: not theirs, not found.
    const otherLeader = staffToken(testApp, ['AGENCY_LEADER'], fixtures.ids['PY-DISTRICT-555']);
    for (const stranger of [otherLeader, fixtures.tokens.otherCommune, fixtures.tokens.viewer]) {
      expect((await http.get(`/api/v1/reports/exports/${id}`).set(...bearer(stranger))).status).toBe(404);
      expect((await http.get(`/api/v1/reports/exports/${id}/file`).set(...bearer(stranger))).status).toBe(
        404,
      );
    }
    const admin = staffToken(testApp, ['ADMIN'], fixtures.ids['PY-DISTRICT-555']);
    expect((await http.get(`/api/v1/reports/exports/${id}`).set(...bearer(admin))).status).toBe(200);
    const mine = await http.get('/api/v1/reports/exports').set(...bearer(token));
    expect((mine.body.items as Array<{ id: string }>).map((item) => item.id)).toContain(id);
    const theirs = await http.get('/api/v1/reports/exports').set(...bearer(otherLeader));
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
  }, 120_000);

  it('writes a background XLSX in batches too, and writes it again from the start after a crash', async () => {
    const { id, content } = await exportManyLate(testApp, fixtures.tokens.districtLeader, 'xlsx');
    const sheet = tableAfter(sheetValues(await readReportWorkbook(content)), 'STT');
    expect(sheet).toHaveLength(MANY);
    expect(sheet.at(-1)!.slice(0, 2)).toEqual([MANY, `M-${MANY}`]);
    // A worker died mid-export: the row says RUNNING and Bull hands the job over again.
    const [before] = await testApp.dataSource.query<Array<{ file_key: string }>>(
      `UPDATE report_exports SET status = 'RUNNING', progress = 40 WHERE id = $1 RETURNING file_key`,
      [id],
    );
    await testApp.app.get(ReportExportsService).run(id);
    const [after] = await testApp.dataSource.query<
      Array<{ status: string; progress: number; rows: number; file_key: string; attempts: number }>
    >('SELECT status, progress, rows, file_key, attempts FROM report_exports WHERE id = $1', [id]);
    expect(after).toMatchObject({ status: 'DONE', progress: 100, rows: MANY, attempts: 2 });
    expect(after.file_key).not.toBe(before.file_key);
    // A redelivered job of a finished export changes nothing.
    await testApp.app.get(ReportExportsService).run(id);
    const [again] = await testApp.dataSource.query<Array<{ file_key: string; attempts: number }>>(
      'SELECT file_key, attempts FROM report_exports WHERE id = $1',
      [id],
    );
    expect(again).toEqual({ file_key: after.file_key, attempts: 2 });
  }, 120_000);

  it('records a Vietnamese reason and FAILED when the requester’s scope no longer covers the report', async () => {
    const token = fixtures.tokens.communeLeader;
    const created = await http
      .post('/api/v1/reports/exports')
      .set(...bearer(token))
      .send({ report: 'lateness', format: 'xlsx', query: { period: '2027-03' } });
    expect(created.status).toBe(202);
    await waitUntilFinished(http, created.body.id as string, token);
    // As if the commune's leader had asked for the district: re-checked when the job runs.
    await testApp.dataSource.query(
      `UPDATE report_exports SET status = 'QUEUED', query = query || jsonb_build_object('agencyId', $2::text)
       WHERE id = $1`,
      [created.body.id, fixtures.ids['PY-DISTRICT-555']],
    );
    await testApp.app.get(ReportExportsService).run(created.body.id as string);
    const failed = await http.get(`/api/v1/reports/exports/${created.body.id}`).set(...bearer(token));
    expect(failed.body).toMatchObject({
      status: 'FAILED',
      error: { title: 'Không tìm thấy đơn vị' },
      links: { file: null },
    });
    const file = await http.get(`/api/v1/reports/exports/${created.body.id}/file`).set(...bearer(token));
    expect(file.status).toBe(409);
    expect(file.body.detail).toMatch(/thất bại/);
  });

  it('refuses an unknown report, format or query with a 400, another scope with a 404, and stores nothing', async () => {
    const count = async () =>
      Number(
        (await testApp.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM report_exports'))[0]
          .n,
      );
    const before = await count();
    const bad: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ report: 'nope', format: 'csv', query: { period: '2027-03' } }, 400, /report/],
      [{ report: 'on-time', format: 'pdf', query: { period: '2027-03' } }, 400, /format/],
      [{ report: 'on-time', format: 'csv', query: {} }, 400, /query\.period/],
      [{ report: 'on-time', format: 'csv', query: { period: '2027-13' } }, 400, /2027-13|kỳ/i],
      [
        { report: 'on-time', format: 'csv', query: { period: '2027-03', groupBy: 'planet' } },
        400,
        /query\.groupBy/,
      ],
      [{ report: 'on-time-dossiers', format: 'csv', query: { period: '2027-03' } }, 400, /query\.measure/],
      [
        {
          report: 'on-time-dossiers',
          format: 'csv',
          query: { period: '2027-03', measure: 'overdue', lateStepAgencyId: 'none' },
        },
        400,
        /measure=late/,
      ],
      [
        { report: 'lateness', format: 'csv', query: { period: '2027-03', colour: 'red' } },
        400,
        /query\.colour/,
      ],
      [{ report: 'lateness', format: 'csv', query: 'period=2027-03' }, 400, /query/],
      [{ report: 'lateness', format: 'csv', query: { period: '2027-03' }, extra: 1 }, 400, /extra/],
    ];
    for (const [body, status, detail] of bad) {
      const response = await http
        .post('/api/v1/reports/exports')
        .set(...bearer(fixtures.tokens.districtLeader))
        .send(body);
      expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), status]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(`${response.body.detail as string} ${response.body.title as string}`).toMatch(detail);
    }
    // A commune's leader asking for the district above it: not found, as the report answers.
    const outside = await http
      .post('/api/v1/reports/exports')
      .set(...bearer(fixtures.tokens.communeLeader))
      .send({
        report: 'lateness',
        format: 'csv',
        query: { period: '2027-03', agencyId: fixtures.ids['PY-DISTRICT-555'] },
      });
    expect(outside.status).toBe(404);
    expect(outside.body.title).toBe('Không tìm thấy đơn vị');
    expect(await count()).toBe(before);
    const clerk = await http
      .post('/api/v1/reports/exports')
      .set(...bearer(fixtures.tokens.clerk))
      .send({ report: 'lateness', format: 'csv', query: { period: '2027-03' } });
    expect(clerk.status).toBe(403);
    expect(
      (await http.get(`/api/v1/reports/exports/${randomUUID()}`).set(...bearer(fixtures.tokens.viewer)))
        .status,
    ).toBe(404);
  });
});

describeWithRedis('background exports on Bull with Redis', () => {
  let testApp: TestApp;
  let fixtures: ReportFixtures;

  beforeAll(async () => {
    ({ testApp, fixtures } = await setUp({ withRedis: true }));
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('exports every dossier of a long drill-down through the exports queue', async () => {
    const { content } = await exportManyLate(testApp, fixtures.tokens.districtLeader, 'csv');
    const rows = parseReportCsv(content.toString('utf8'));
    expect(new Set(rows.slice(1).map((row) => row[1])).size).toBe(MANY);
  }, 120_000);
});
