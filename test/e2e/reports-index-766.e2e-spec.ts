import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer } from '../support/auth';
import { openReportFixtures, type ReportFixtures } from '../support/report-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

// Hand-computed fixtures for March 2027 (Asia/Ho_Chi_Minh) for the service-quality index of
// Decision 766: the portal's on-time rule (supplement waiting subtracted, two supplement requests
// late), the online and digitised shares of new dossiers, and the citizens' ratings.
const at = (local: string): string => `${local}:00+07:00`;
const ms = (local: string): number => Date.parse(at(local));

interface Fixture {
  code: string;
  desk: 'commune' | 'district';
  channel: 'DIRECT' | 'ONLINE';
  received: string;
  appointment: string;
  resolved?: string;
  ended?: string;
  supplementCount?: number;
  pauses?: Array<{ reason: 'SUPPLEMENT' | 'FINANCIAL_OBLIGATION'; from: string; to: string }>;
  digitised?: boolean; // one document, digitised or not; none when undefined
  rating?: { recorded: string; total: number };
}

const FIXTURES: Fixture[] = [
  // resolved a day after the appointment, but waited two days for the supplement: on time (766)
  {
    code: 'Q-01',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-02 09:00',
    appointment: '2027-03-09 09:00',
    resolved: '2027-03-10 09:00',
    supplementCount: 1,
    pauses: [{ reason: 'SUPPLEMENT', from: '2027-03-03 09:00', to: '2027-03-05 09:00' }],
    digitised: true,
    rating: { recorded: '2027-03-11 10:00', total: 13 },
  },
  // resolved early, but asked twice for a supplement: late (766)
  {
    code: 'Q-02',
    desk: 'commune',
    channel: 'ONLINE',
    received: '2027-03-03 09:00',
    appointment: '2027-03-10 09:00',
    resolved: '2027-03-08 09:00',
    supplementCount: 2,
    digitised: false,
  },
  // a day late after a financial-obligation pause, which is not subtracted: late
  {
    code: 'Q-03',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-04 09:00',
    appointment: '2027-03-11 09:00',
    resolved: '2027-03-12 09:00',
    pauses: [{ reason: 'FINANCIAL_OBLIGATION', from: '2027-03-05 09:00', to: '2027-03-07 09:00' }],
    digitised: true,
  },
  // new online, still open
  {
    code: 'Q-04',
    desk: 'commune',
    channel: 'ONLINE',
    received: '2027-03-05 09:00',
    appointment: '2027-04-05 09:00',
  },
  // carried over from February, resolved on time, digitised (not new: not in the shares), rated
  {
    code: 'Q-05',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-02-20 09:00',
    appointment: '2027-03-03 09:00',
    resolved: '2027-03-02 09:00',
    digitised: true,
    rating: { recorded: '2027-03-06 10:00', total: 16 },
  },
  // new direct, withdrawn: received, never resolved
  {
    code: 'Q-06',
    desk: 'commune',
    channel: 'DIRECT',
    received: '2027-03-10 09:00',
    appointment: '2027-03-20 09:00',
    ended: '2027-03-15 09:00',
  },
  // the district desk: new online, resolved on time, digitised, rated in April (not counted)
  {
    code: 'Q-07',
    desk: 'district',
    channel: 'ONLINE',
    received: '2027-03-10 09:00',
    appointment: '2027-03-20 09:00',
    resolved: '2027-03-19 09:00',
    digitised: true,
    rating: { recorded: '2027-04-02 10:00', total: 18 },
  },
];

interface GroupBody {
  group: string;
  points: number | null;
}
const pointsOf = (score: { groups: GroupBody[] }): Record<string, number | null> =>
  Object.fromEntries(score.groups.map((group) => [group.group, group.points]));

describe('the service-quality index of Decision 766 (GET /reports/index-766)', () => {
  let testApp: TestApp;
  let ids: ReportFixtures['ids'];
  let tokens: ReportFixtures['tokens'];

  beforeAll(async () => {
    testApp = await createTestApp();
    const dataSource = testApp.app.get(DataSource);
    const fixtures = await openReportFixtures(testApp);
    ({ ids, tokens } = fixtures);
    for (const fixture of FIXTURES) {
      const clock = {
        pauses: (fixture.pauses ?? []).map((pause) => ({
          reason: pause.reason,
          fromMs: ms(pause.from),
          toMs: ms(pause.to),
        })),
      };
      const documents =
        fixture.digitised === undefined
          ? []
          : [{ documentIndex: 0, name: 'Tờ khai', provided: true, digitised: fixture.digitised }];
      const id = await fixtures.insert({
        code: fixture.code,
        desk: fixture.desk,
        channel: fixture.channel,
        status: fixture.ended ? 'WITHDRAWN' : fixture.resolved ? 'RESOLVED' : 'IN_PROGRESS',
        receivedAt: at(fixture.received),
        dueAt: at(fixture.appointment),
        resolvedAt: fixture.resolved ? at(fixture.resolved) : null,
        classification: fixture.resolved
          ? ms(fixture.resolved) <= ms(fixture.appointment)
            ? 'ON_TIME'
            : 'LATE'
          : null,
        endedAt: fixture.ended ? at(fixture.ended) : null,
        supplementCount: fixture.supplementCount ?? 0,
        clock,
        documents,
      });
      if (fixture.rating) {
        await dataSource.query(
          `INSERT INTO dossier_evaluations (dossier_id, source, scores, total_score, recorded_by_kind,
             recorded_by_id, recorded_at)
           VALUES ($1, 'KIOSK', '{}'::jsonb, $2, 'STAFF', $3, $4)`,
          [id, fixture.rating.total, randomUUID(), at(fixture.rating.recorded)],
        );
      }
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  const report = (token: string, query: Record<string, string>) =>
    testApp
      .http()
      .get('/api/v1/reports/index-766')
      .query(query)
      .set(...bearer(token));

  it('scores the district by hand for March 2027: 48.55 of the 72 measurable points', async () => {
    const response = await report(tokens.districtLeader, { period: '2027-03' });
    expect(response.status).toBe(200);
    expect(response.body.period).toMatchObject({ key: '2027-03' });
    expect(response.body.rows).toEqual([]);
    const total = response.body.total;
    // Resolved in March; on time by 766, Q-07 = 60 % → 12.
    // New: Q-01..Q-04, Q-06, Q-07 = 6; online, Q-07 = 50 % → 12 (full marks).
    // Digitised new, Q-07 = 50 % of 80 % → 13.75. Satisfaction 100 % − 40 % → 10.8.
    expect(pointsOf(total)).toEqual({
      PUBLICITY: null,
      PROGRESS: 12,
      ONLINE_SERVICE: 12,
      ONLINE_PAYMENT: null,
      SATISFACTION: 10.8,
      DIGITISATION: 13.75,
    });
    expect(total).toMatchObject({
      points: 48.55,
      availableMaxPoints: 72,
      maxPoints: 100,
      lateRatePercent: 40,
      complaintRateUnavailable: true,
      // Q-01 13 and Q-05 16 rated in March; Q-07's April rating is outside: (13 + 16) ÷ 2
      evaluationCount: 2,
      evaluationAverage: 14.5,
    });
    const groups = Object.fromEntries(
      (total.groups as Array<GroupBody & Record<string, unknown>>).map((group) => [group.group, group]),
    );
    expect(groups.PROGRESS).toMatchObject({
      label: 'Tiến độ giải quyết',
      maxPoints: 20,
      numerator: 3,
      denominator: 5,
      sharePercent: 60,
    });
    expect(groups.ONLINE_SERVICE).toMatchObject({ numerator: 3, denominator: 6, sharePercent: 50 });
    expect(groups.DIGITISATION).toMatchObject({ numerator: 3, denominator: 6, sharePercent: 50 });
    expect(groups.ONLINE_PAYMENT).toMatchObject({
      label: 'Thanh toán trực tuyến',
      maxPoints: 10,
      note: expect.stringContaining('không có dữ liệu'),
    });
    expect(groups.PUBLICITY).toMatchObject({
      label: 'Công khai, minh bạch',
      points: null,
      note: expect.any(String),
    });
  });

  it('gives each resolving agency its own score, the commune 39.6 and the district 72 of 72', async () => {
    const response = await report(tokens.viewer, { period: '2027-03', groupBy: 'agency' });
    expect(response.status).toBe(200);
    const byAgency = Object.fromEntries(
      (response.body.rows as Array<{ agencyId: string; groups: GroupBody[] }>).map((row) => [
        row.agencyId,
        row,
      ]),
    );
    expect(Object.keys(byAgency).sort()).toEqual([ids['PY-COMMUNE-22015'], ids['PY-DISTRICT-555']].sort());
    // Commune: on time 2 of 4 → 10; online 2 of 5 = 40 % → 9.6; digitised 2 of 5 = 40 % → 11;
    // satisfaction 50 % → 9.
    const commune = byAgency[ids['PY-COMMUNE-22015']];
    expect(pointsOf(commune)).toMatchObject({
      PROGRESS: 10,
      ONLINE_SERVICE: 9.6,
      DIGITISATION: 11,
      SATISFACTION: 9,
    });
    expect(commune).toMatchObject({ points: 39.6, availableMaxPoints: 72, evaluationAverage: 14.5 });
    const district = byAgency[ids['PY-DISTRICT-555']];
    expect(district).toMatchObject({
      points: 72,
      availableMaxPoints: 72,
      evaluationCount: 0,
      evaluationAverage: null,
    });
    expect(response.body.total).toMatchObject({ points: 48.55 });
  });

  it('scopes by the reader: a commune leader sees the commune, other agencies are not found, clerks are refused', async () => {
    const own = await report(tokens.communeLeader, { period: '2027-03' });
    expect(own.status).toBe(200);
    expect(own.body.total).toMatchObject({ points: 39.6, availableMaxPoints: 72 });
    const outside = await report(tokens.otherCommune, {
      period: '2027-03',
      agencyId: ids['PY-DISTRICT-555'],
    });
    expect(outside.status).toBe(404);
    expect(outside.headers['content-type']).toMatch(/problem\+json/);
    expect((await report(tokens.clerk, { period: '2027-03' })).status).toBe(403);
  });

  it('rejects an unreadable period with a 400 problem', async () => {
    const response = await report(tokens.districtLeader, { period: 'March' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });

  it('a period without dossiers scores nothing and says so', async () => {
    const response = await report(tokens.districtLeader, { period: '2026-03' });
    expect(response.status).toBe(200);
    expect(response.body.total).toMatchObject({ points: 0, availableMaxPoints: 0, evaluationAverage: null });
  });
});
