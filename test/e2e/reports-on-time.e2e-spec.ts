import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DashboardService } from '../../src/modules/reports/dashboard.service';
import {
  countDossierInPeriod,
  WITHDRAWN_POLICIES,
} from '../../src/modules/reports/domain/dossier-period-facts';
import { sumForm06Counts } from '../../src/modules/reports/domain/form-06-counts';
import { parseReportPeriod } from '../../src/modules/reports/domain/report-period';
import { type MeasureRow } from '../../src/modules/reports/report-measures.repository';
import { toForm06Counts } from '../../src/modules/reports/reports.service';
import { bearer } from '../support/auth';
import { openReportFixtures, type ReportFixtures } from '../support/report-fixtures';
import { DossierLateStepAgency1795741700000 } from '../../migrations/1795741700000-dossier-late-step-agency';
import { createTestApp, type TestApp } from '../support/test-app';

// Hand-computed fixtures for March 2027 (Asia/Ho_Chi_Minh): each dossier sits in known columns
// of Biểu 06, straddling the period's edges, withdrawn by or after its appointment, out of scope.
const at = (local: string): string => `${local}:00+07:00`;

interface Fixture {
  code: string;
  desk: 'commune' | 'district';
  channel: 'DIRECT' | 'ONLINE' | 'POST';
  received: string | null;
  due?: string;
  appointment?: string;
  resolved?: string;
  classification?: 'EARLY' | 'ON_TIME' | 'LATE';
  ended?: string;
}

const FIXTURES: Fixture[] = [
  // 1. carried over, resolved early in March
  {
    code: 'T-01',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-02-20 09:00',
    due: '2027-03-10 09:00',
    resolved: '2027-03-05 10:00',
    classification: 'EARLY',
  },
  // 2. carried over, still open at the end, overdue
  { code: 'T-02', desk: 'commune', channel: 'DIRECT', received: '2027-02-10 09:00', due: '2027-03-15 09:00' },
  // 3. new online, on time
  {
    code: 'T-03',
    desk: 'commune',
    channel: 'ONLINE',
    received: '2027-03-02 09:00',
    due: '2027-03-09 17:00',
    resolved: '2027-03-09 10:00',
    classification: 'ON_TIME',
  },
  // 4. new direct, late
  {
    code: 'T-04',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-03 09:00',
    due: '2027-03-10 09:00',
    resolved: '2027-03-12 10:00',
    classification: 'LATE',
  },
  // 5. new by post, open and within time at the end
  { code: 'T-05', desk: 'commune', channel: 'POST', received: '2027-03-25 09:00', due: '2027-04-05 09:00' },
  // 6. new direct, withdrawn before its appointment: resolved on time by the default policy
  {
    code: 'T-06',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-04 09:00',
    due: '2027-03-10 09:00',
    appointment: '2027-03-10 09:00',
    ended: '2027-03-08 09:00',
  },
  // 7. new direct, withdrawn after its appointment: resolved late by the default policy
  {
    code: 'T-07',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-05 09:00',
    due: '2027-03-15 09:00',
    appointment: '2027-03-15 09:00',
    ended: '2027-03-20 09:00',
  },
  // 8. resolved before March: not in the report
  {
    code: 'T-08',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-02-01 09:00',
    due: '2027-02-20 09:00',
    resolved: '2027-02-19 09:00',
    classification: 'EARLY',
  },
  // 9. received after March: not in the report
  { code: 'T-09', desk: 'commune', channel: 'DIRECT', received: '2027-04-02 09:00', due: '2027-04-10 09:00' },
  // 10. carried over, resolved only in April: in progress at the end, within time
  {
    code: 'T-10',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-02-25 09:00',
    due: '2027-04-10 09:00',
    resolved: '2027-04-03 09:00',
    classification: 'EARLY',
  },
  // 11. never received (an online submission waiting): not in the report
  { code: 'T-11', desk: 'commune', channel: 'ONLINE', received: null },
  // 12. the district desk: new direct, resolved early on the last evening of March
  {
    code: 'T-12',
    desk: 'district',
    channel: 'DIRECT',
    received: '2027-03-10 09:00',
    due: '2027-04-01 09:00',
    resolved: '2027-03-31 23:30',
    classification: 'EARLY',
  },
];

describe('the on-time report and its drill-down (Biểu 06 measures)', () => {
  let testApp: TestApp;
  let ids: ReportFixtures['ids'];
  let tokens: ReportFixtures['tokens'];

  beforeAll(async () => {
    testApp = await createTestApp();
    const dataSource = testApp.app.get(DataSource);
    const fixtures = await openReportFixtures(testApp);
    ({ ids, tokens } = fixtures);
    for (const fixture of FIXTURES) {
      const status =
        fixture.received === null
          ? 'SUBMITTED'
          : fixture.ended
            ? 'WITHDRAWN'
            : fixture.resolved
              ? 'RESOLVED'
              : 'IN_PROGRESS';
      const instant = (local: string | undefined | null) => (local ? at(local) : null);
      await fixtures.insert({
        code: fixture.code,
        desk: fixture.desk,
        channel: fixture.channel,
        status,
        receivedAt: instant(fixture.received),
        dueAt: instant(fixture.due),
        appointmentAt: instant(fixture.appointment),
        resolvedAt: instant(fixture.resolved),
        classification: fixture.classification ?? null,
        endedAt: instant(fixture.ended),
      });
    }
    // Handling times measured at resolution (T-12 has none: not counted).
    await dataSource.query(
      `UPDATE dossiers SET handling_working_minutes = v.minutes
       FROM (VALUES ('T-01', 960), ('T-03', 480), ('T-04', 2400)) AS v(code, minutes) WHERE dossiers.code = v.code`,
    );
    // Citizens' ratings: T-01 16 and T-04 11 in March, T-03 18 in April (outside March).
    await dataSource.query(
      `INSERT INTO dossier_evaluations (dossier_id, source, scores, total_score, recorded_by_kind, recorded_by_id, recorded_at)
       SELECT d.id, 'ONLINE', '{}', v.total, 'CITIZEN', gen_random_uuid(), v.recorded_at::timestamptz
       FROM dossiers d JOIN (VALUES ('T-01', 16, $1), ('T-04', 11, $2), ('T-03', 18, $3)) AS v(code, total, recorded_at)
         ON d.code = v.code`,
      [at('2027-03-06 10:00'), at('2027-03-20 10:00'), at('2027-04-02 10:00')],
    );
    // T-04 (late) went commune → district: the commune's step was late, the district's on time.
    await dataSource.query(
      `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status, planned_due_at,
         started_at, due_at, completed_at, result)
       SELECT d.id, v.sequence, v.agency_id::uuid, v.level_code, 'Phần việc', '{"amount": 2, "unit": "WORKING_DAYS"}',
         'DONE', v.due_at::timestamptz, v.started_at::timestamptz, v.due_at::timestamptz, v.completed_at::timestamptz, v.result
       FROM dossiers d, (VALUES
         (1, $1, 'COMMUNE', $3, $4, $5, 'LATE'),
         (2, $2, 'DISTRICT', $5, $6, $7, 'EARLY')
       ) AS v(sequence, agency_id, level_code, started_at, due_at, completed_at, result)
       WHERE d.code = 'T-04'`,
      [
        ids['PY-COMMUNE-22015'],
        ids['PY-DISTRICT-555'],
        at('2027-03-03 09:30'),
        at('2027-03-05 09:30'),
        at('2027-03-08 09:30'),
        at('2027-03-10 09:30'),
        at('2027-03-09 09:30'),
      ],
    );
    // What the workflow keeps at the close: the commune's step was the first late one.
    await dataSource.query(`UPDATE dossiers SET late_step_agency_id = $1 WHERE code = 'T-04'`, [
      ids['PY-COMMUNE-22015'],
    ]);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const report = (token: string, query: Record<string, string>) =>
    testApp
      .http()
      .get('/api/v1/reports/on-time')
      .query(query)
      .set(...bearer(token));

  it('counts each column by hand for March 2027, with the identities of the form', async () => {
    const response = await report(tokens.districtLeader, { period: '2027-03', groupBy: 'level' });
    expect(response.status).toBe(200);
    expect(response.body.period).toMatchObject({
      key: '2027-03',
      fromDate: '2027-03-01',
      toDate: '2027-03-31',
    });
    const byLevel = Object.fromEntries(
      (response.body.rows as Array<{ key: string }>).map((row) => [row.key, row]),
    );
    expect(byLevel.COMMUNE).toMatchObject({
      received: 8,
      newOnline: 1,
      newDirect: 3,
      newPost: 1,
      carriedOver: 3,
      resolved: 5,
      early: 1,
      onTime: 2,
      late: 2,
      inProgress: 3,
      withinTime: 2,
      overdue: 1,
      withdrawn: 2,
      onTimeRate: 60,
    });
    expect(byLevel.DISTRICT).toMatchObject({
      received: 1,
      newDirect: 1,
      resolved: 1,
      early: 1,
      inProgress: 0,
    });
    expect(response.body.handling).toEqual({ averageWorkingDays: 2.67, medianWorkingDays: 2, dossiers: 3 });
    const total = response.body.total as Record<string, number>;
    expect(total).toMatchObject({ received: 9, resolved: 6, inProgress: 3, onTimeRate: 66.67 });
    for (const row of [...(response.body.rows as Array<Record<string, number>>), total]) {
      expect(row.received).toBe(row.newOnline + row.newDirect + row.newPost + row.carriedOver);
      expect(row.resolved).toBe(row.early + row.onTime + row.late);
      expect(row.inProgress).toBe(row.withinTime + row.overdue);
      expect(row.received).toBe(row.resolved + row.inProgress);
    }
  });

  it('gives a month-by-month series, each month a period of its own', async () => {
    const response = await report(tokens.districtLeader, { period: '2027-Q1', groupBy: 'month' });
    expect(response.status).toBe(200);
    const rows = response.body.rows as Array<{
      key: string;
      received: number;
      resolved: number;
      inProgress: number;
    }>;
    expect(rows.map((row) => [row.key, row.received, row.resolved, row.inProgress])).toEqual([
      ['2027-01', 0, 0, 0],
      ['2027-02', 4, 1, 3],
      ['2027-03', 9, 6, 3],
    ]);
  });

  it('exports the same rows as CSV with Vietnamese headings', async () => {
    const csv = await report(tokens.districtLeader, { period: '2027-03', groupBy: 'level', format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^Mã nhóm,Nhóm,Tổng số hồ sơ nhận,/);
    expect(lines).toHaveLength(4); // heading, COMMUNE, DISTRICT, total
    expect(lines[3]).toMatch(/^,Tổng cộng,9,/);
  });

  it('leaves withdrawn dossiers out when asked to', async () => {
    const response = await report(tokens.districtLeader, {
      period: '2027-03',
      groupBy: 'none',
      withdrawnPolicy: 'EXCLUDED',
      level: 'COMMUNE',
    });
    expect(response.body.total).toMatchObject({
      received: 6,
      newDirect: 1,
      resolved: 3,
      withdrawn: 0,
      onTimeRate: 66.67,
    });
  });

  it('opens the dossiers behind a number, by the same definitions', async () => {
    const late = await testApp
      .http()
      .get('/api/v1/reports/on-time/dossiers')
      .query({ period: '2027-03', measure: 'late' })
      .set(...bearer(tokens.viewer));
    expect(late.status).toBe(200);
    expect(late.body.total).toBe(2);
    expect((late.body.items as Array<{ code: string }>).map((item) => item.code).sort()).toEqual([
      'T-04',
      'T-07',
    ]);
    const carried = await testApp
      .http()
      .get('/api/v1/reports/on-time/dossiers')
      .query({ period: '2027-03', measure: 'carriedOver', pageSize: '2' })
      .set(...bearer(tokens.viewer));
    expect([carried.body.total, carried.body.items.length]).toEqual([3, 2]);
    const tooLarge = await testApp
      .http()
      .get('/api/v1/reports/on-time/dossiers')
      .query({ period: '2027-03', measure: 'late', pageSize: '1000' })
      .set(...bearer(tokens.viewer));
    expect(tooLarge.status).toBe(400);
  });

  it('scopes by the reader: a commune leader sees the commune, other agencies are not found', async () => {
    const commune = await report(tokens.communeLeader, { period: '2027-03', groupBy: 'none' });
    expect(commune.body.total).toMatchObject({ received: 8 });
    const outside = await report(tokens.otherCommune, {
      period: '2027-03',
      agencyId: ids['PY-COMMUNE-22015'],
    });
    expect(outside.status).toBe(404);
    expect((await report(tokens.clerk, { period: '2027-03' })).status).toBe(403);
    const badPeriod = await report(tokens.districtLeader, { period: '2027-13' });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.headers['content-type']).toMatch(/problem\+json/);
  });

  it('reports the official cut-off year (15/12 to 14/12) and quarters', async () => {
    const year = await report(tokens.districtLeader, { period: '2027-KY', groupBy: 'none' });
    expect(year.status).toBe(200);
    expect(year.body.period).toMatchObject({ fromDate: '2026-12-15', toDate: '2027-12-14' });
    // Every fixture received in 2027 but T-11 (never received); T-08 was resolved within it too.
    expect(year.body.total).toMatchObject({ received: 11, carriedOver: 0 });
    const quarter = await report(tokens.districtLeader, { period: '2027-KY-Q1', groupBy: 'none' });
    expect(quarter.body.period).toMatchObject({ fromDate: '2026-12-15', toDate: '2027-03-14' });
  });

  it('lays the same numbers out as Biểu 06/VPCP/KSTT, in JSON and XLSX, with every identity holding', async () => {
    const json = await testApp
      .http()
      .get('/api/v1/reports/form-06')
      .query({ period: '2027-03' })
      .set(...bearer(tokens.districtLeader));
    expect(json.status).toBe(200);
    const rows = json.body.rows as Array<{
      kind: string;
      number: string;
      label: string;
      counts: Record<string, number>;
    }>;
    expect(rows.map((row) => [row.kind, row.number])).toEqual([
      ['LEVEL', 'I'],
      ['SECTOR', '1'],
      ['LEVEL', 'II'],
      ['SECTOR', '1'],
      ['TOTAL', ''],
    ]);
    expect(rows[0].label).toBe('Cấp huyện');
    expect(rows.at(-1)!.counts).toMatchObject({
      receivedTotal: 9,
      receivedOnline: 1,
      receivedDirectOrPost: 5,
      carriedOver: 3,
      resolvedTotal: 6,
      resolvedEarly: 2,
      resolvedOnTime: 2,
      resolvedLate: 2,
      inProgressTotal: 3,
      inProgressWithinTime: 2,
      inProgressOverdue: 1,
    });
    expect(json.body.reportingUnit).toMatch(/Ủy ban nhân dân/);
    for (const { counts } of rows) {
      expect(counts.receivedTotal).toBe(
        counts.receivedOnline + counts.receivedDirectOrPost + counts.carriedOver,
      );
      expect(counts.resolvedTotal).toBe(counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate);
      expect(counts.inProgressTotal).toBe(counts.inProgressWithinTime + counts.inProgressOverdue);
      expect(counts.receivedTotal).toBe(counts.resolvedTotal + counts.inProgressTotal);
    }
    const xlsx = await testApp
      .http()
      .get('/api/v1/reports/form-06')
      .query({ period: '2027-03', format: 'xlsx' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .set(...bearer(tokens.districtLeader));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('gives a leader this month as of now, its trend per agency, and where the overdue dossiers are', async () => {
    const leader = {
      kind: 'staff' as const,
      id: randomUUID(),
      username: 'test.leader',
      roles: ['AGENCY_LEADER' as const],
      agencyId: ids['PY-DISTRICT-555'],
    };
    const board = await testApp.app
      .get(DashboardService)
      .dashboard(leader, undefined, new Date(at('2027-03-20 12:00')));
    expect(board.month.period).toMatchObject({ key: '2027-03' });
    // As of 20/3 12:00: T-05 not yet received; T-07 withdrawn that morning after its appointment.
    expect(board.month.kpis).toMatchObject({
      received: 8,
      resolved: 5,
      late: 2,
      inProgress: 3,
      overdue: 1,
      onTimeRate: 60,
    });
    expect(board.month.previous).toMatchObject({ resolved: 1, onTimeRate: 100 });
    const commune = board.agencies.find((row) => row.agencyId === ids['PY-COMMUNE-22015'])!;
    expect(commune).toMatchObject({ onTimeRate: 60, previousOnTimeRate: 100, onTimeRateChange: -40 });
    expect(board.worstAgencies).toEqual([
      expect.objectContaining({ agencyId: ids['PY-COMMUNE-22015'], overdue: 1 }),
    ]);
    // The one overdue dossier's procedure, named, with its count (read from the rollups as of now).
    const [procedure] = await testApp.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT p.id, p.name FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
       WHERE d.receiving_agency_id = ANY($1::uuid[]) AND d.received_at <= $2 AND d.resolved_at IS NULL
         AND d.ended_at IS NULL AND d.due_at < $2`,
      [[ids['PY-COMMUNE-22015'], ids['PY-COMMUNE-22015-DESK']], new Date(at('2027-03-20 12:00'))],
    );
    expect(board.worstProcedures).toEqual([{ procedureId: procedure.id, name: procedure.name, overdue: 1 }]);
    const http = await testApp
      .http()
      .get('/api/v1/reports/dashboard')
      .set(...bearer(tokens.viewer));
    expect(http.status).toBe(200);
    expect(http.body).toHaveProperty('yearToDate.kpis.onTimeRate');
  });

  it('agrees with the pure per-dossier reference for every period and policy (the SQL never drifts)', async () => {
    const received = FIXTURES.filter((fixture) => fixture.received !== null);
    const facts = received.map((fixture) => ({
      channel: fixture.channel,
      receivedAtMs: Date.parse(at(fixture.received!)),
      dueAtMs: Date.parse(at(fixture.due!)),
      appointmentAtMs: Date.parse(at(fixture.appointment ?? fixture.due!)),
      resolvedAtMs: fixture.resolved ? Date.parse(at(fixture.resolved)) : null,
      classification: fixture.classification ?? null,
      endedAtMs: fixture.ended ? Date.parse(at(fixture.ended)) : null,
    }));
    for (const key of [
      '2027-03',
      '2027-02',
      '2027-04',
      '2027-Q1',
      '2027-KY',
      '2027-KY-Q1',
      '2027-03-08',
      '2027-03-09..2027-03-20',
    ]) {
      for (const policy of WITHDRAWN_POLICIES) {
        const period = parseReportPeriod(key);
        const expected = sumForm06Counts(facts.map((fact) => countDossierInPeriod(fact, period, policy)));
        const response = await report(tokens.districtLeader, {
          period: key,
          groupBy: 'none',
          withdrawnPolicy: policy,
        });
        expect([key, policy, toForm06Counts(response.body.total as MeasureRow)]).toEqual([
          key,
          policy,
          expected,
        ]);
      }
    }
  });

  it('gives the satisfaction of each row: the ratings recorded in the period and their average (0–18)', async () => {
    const byLevel = await report(tokens.districtLeader, { period: '2027-03', groupBy: 'level' });
    expect(byLevel.status).toBe(200);
    const rows = Object.fromEntries(
      (byLevel.body.rows as Array<{ key: string; ratings: number; averageRating: number | null }>).map(
        (row) => [row.key, [row.ratings, row.averageRating]],
      ),
    );
    expect(rows).toMatchObject({ COMMUNE: [2, 13.5], DISTRICT: [0, null] }); // T-04 is a commune dossier
    expect([byLevel.body.total.ratings, byLevel.body.total.averageRating]).toEqual([2, 13.5]);
    const months = await report(tokens.districtLeader, {
      period: '2027-03-01..2027-04-30',
      groupBy: 'month',
    });
    expect(
      (months.body.rows as Array<{ key: string; ratings: number; averageRating: number | null }>).map(
        (row) => [row.key, row.ratings, row.averageRating],
      ),
    ).toEqual([
      ['2027-03', 2, 13.5],
      ['2027-04', 1, 18],
    ]);
  });

  it('names the agency whose route step made dossiers late, and counts the rest apart', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reports/lateness')
      .query({ period: '2027-03' })
      .set(...bearer(tokens.districtLeader));
    expect(response.status).toBe(200);
    expect(response.body.agencies).toEqual([
      expect.objectContaining({ agencyId: ids['PY-COMMUNE-22015'], late: 1 }),
    ]);
    expect(response.body.withoutLateStep).toBe(1); // T-07, withdrawn after its appointment
  });

  it('fills in the attribution of dossiers closed before the column existed (migration)', async () => {
    const runner = testApp.dataSource.createQueryRunner();
    try {
      const migration = new DossierLateStepAgency1795741700000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await testApp.dataSource.query<Array<{ code: string; late_step_agency_id: string }>>(
      `SELECT code, late_step_agency_id FROM dossiers WHERE late_step_agency_id IS NOT NULL`,
    );
    expect(rows).toEqual([{ code: 'T-04', late_step_agency_id: ids['PY-COMMUNE-22015'] }]);
  });

  it('opens the dossiers behind each row of the lateness report, with its count', async () => {
    const codesOf = (body: { items: Array<{ code: string }> }) => body.items.map((item) => item.code);
    const behind = (query: Record<string, string>) =>
      testApp
        .http()
        .get('/api/v1/reports/on-time/dossiers')
        .query({ period: '2027-03', measure: 'late', ...query })
        .set(...bearer(tokens.districtLeader));
    const commune = await behind({ lateStepAgencyId: ids['PY-COMMUNE-22015'] });
    expect(commune.status).toBe(200);
    expect([commune.body.total, codesOf(commune.body)]).toEqual([1, ['T-04']]);
    const none = await behind({ lateStepAgencyId: 'none' });
    expect([none.body.total, codesOf(none.body)]).toEqual([1, ['T-07']]);
    const district = await behind({ lateStepAgencyId: ids['PY-DISTRICT-555'] });
    expect([district.status, district.body.total, district.body.items]).toEqual([200, 0, []]);

    const csv = await behind({ lateStepAgencyId: ids['PY-COMMUNE-22015'], format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(/T-04/);
    expect(csv.text).not.toMatch(/T-07/);

    const notLate = await behind({ measure: 'overdue', lateStepAgencyId: 'none' });
    expect(notLate.status).toBe(400);
    expect(notLate.body).toMatchObject({ errors: [expect.objectContaining({ field: 'lateStepAgencyId' })] });
    const malformed = await behind({ lateStepAgencyId: 'xã' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/problem\+json/);
  });
});
