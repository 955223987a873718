import { DataSource } from 'typeorm';
import { parseReportPeriod } from '../../src/modules/reports/domain/report-period';
import { Index766Repository } from '../../src/modules/reports/index-766.repository';
import {
  MEASURES,
  type MeasureRow,
  type ReportGroup,
  ReportMeasuresRepository,
  type ReportScope,
  WITHDRAWN_POLICIES,
} from '../../src/modules/reports/report-measures.repository';
import { ReportRollupFolder } from '../../src/modules/reports/rollups/report-rollup-folder';
import { ReportRollupRepository } from '../../src/modules/reports/rollups/report-rollup.repository';
import { openReportFixtures, type ReportFixtures } from '../support/report-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

// The rollups (day and month counts kept by triggers on dossiers, plus deltas not folded yet)
// against the GROUP BY over the raw dossiers, for many dossiers in every state, before and after
// they change, before and after a fold; and a recount from scratch that must find no difference.
const GROUPS: ReportGroup[] = ['none', 'level', 'agency', 'sector', 'procedure', 'channel', 'serviceLevel'];
const PERIODS = [
  '2027-03',
  '2027-Q1',
  '2027-KY-Q2',
  '2027-02-10..2027-04-05',
  '2027-03-20..2027-04-25',
  '2027-03-15',
  '2027-04',
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// A small deterministic generator, so a failure is reproducible.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('report rollups', () => {
  let testApp: TestApp;
  let fixtures: ReportFixtures;
  let dataSource: DataSource;
  let raw: ReportMeasuresRepository;
  let rollups: ReportRollupRepository;
  let folder: ReportRollupFolder;
  let index766: Index766Repository;
  let everyAgency: string[];
  const next = random(20_270_301);

  beforeAll(async () => {
    testApp = await createTestApp({ env: { REPORT_ROLLUP_FOLD_INTERVAL_MS: '0' } });
    fixtures = await openReportFixtures(testApp);
    dataSource = testApp.app.get(DataSource);
    raw = testApp.app.get(ReportMeasuresRepository);
    rollups = testApp.app.get(ReportRollupRepository);
    folder = testApp.app.get(ReportRollupFolder);
    index766 = testApp.app.get(Index766Repository);
    everyAgency = (await dataSource.query<Array<{ id: string }>>('SELECT id FROM agencies')).map(
      (row) => row.id,
    );
    const start = Date.parse('2027-01-20T00:00:00+07:00');
    for (let index = 0; index < 240; index += 1) {
      const received = start + Math.floor(next() * 95 * DAY);
      const due = received + Math.floor(next() * 15 * DAY);
      const fate = next();
      const closedAt = received + Math.floor(next() * 20 * DAY);
      const resolved = fate < 0.55 ? closedAt : null;
      const ended = fate >= 0.55 && fate < 0.65 ? closedAt : null;
      await fixtures.insert({
        code: `RU-${index}`,
        desk: next() < 0.6 ? 'commune' : 'district',
        channel: ['DIRECT', 'ONLINE', 'POST'][Math.floor(next() * 3)],
        status: resolved ? 'RESOLVED' : ended ? 'WITHDRAWN' : fate < 0.97 ? 'IN_PROGRESS' : 'SUBMITTED',
        receivedAt: fate < 0.97 ? new Date(received).toISOString() : null,
        dueAt: fate < 0.97 ? new Date(due).toISOString() : null,
        appointmentAt: next() < 0.1 ? new Date(due + 2 * DAY).toISOString() : null,
        resolvedAt: resolved ? new Date(resolved).toISOString() : null,
        classification: resolved
          ? resolved < due - DAY
            ? 'EARLY'
            : resolved <= due
              ? 'ON_TIME'
              : 'LATE'
          : null,
        endedAt: ended ? new Date(ended).toISOString() : null,
        supplementCount: next() < 0.2 ? 1 : 0,
      });
    }
    // A resolution without a classification and an end without a deadline nor an appointment:
    // counted resolved, in no class (and the triggers must take them).
    await fixtures.insert({
      code: 'RU-unclassified',
      desk: 'commune',
      channel: 'DIRECT',
      status: 'RESOLVED',
      receivedAt: '2027-03-02T02:00:00Z',
      dueAt: '2027-03-09T02:00:00Z',
      resolvedAt: '2027-03-05T02:00:00Z',
      classification: null,
    });
    await fixtures.insert({
      code: 'RU-no-deadline',
      desk: 'district',
      channel: 'POST',
      status: 'WITHDRAWN',
      receivedAt: '2027-03-03T02:00:00Z',
      dueAt: null,
      endedAt: '2027-03-04T02:00:00Z',
    });
    // Vary the dimensions the fixture writer leaves fixed (this also runs the update trigger).
    await dataSource.query(
      `UPDATE dossiers SET service_level = 3 + (abs(hashtext(code)) % 2), inter_agency = abs(hashtext(code)) % 5 = 0,
         apology_count = CASE WHEN abs(hashtext(code)) % 7 = 0 THEN 1 ELSE 0 END,
         handling_working_minutes = CASE WHEN resolved_at IS NOT NULL THEN abs(hashtext(code)) % 9000 END
       WHERE code LIKE 'RU-%' AND abs(hashtext(code)) % 3 = 0`,
    );
    // Supplement waits on the clock (the portal subtracts them) and digitised documents (Decision 766).
    await dataSource.query(
      `UPDATE dossiers SET
         clock = jsonb_build_object('pauses', jsonb_build_array(jsonb_build_object('reason', 'SUPPLEMENT',
           'fromMs', (extract(epoch FROM received_at) * 1000)::bigint + 3600000,
           'toMs', (extract(epoch FROM received_at) * 1000)::bigint + 3600000 * (1 + abs(hashtext(code)) % 100)))),
         documents = jsonb_build_array(jsonb_build_object('code', 'TK', 'digitised', abs(hashtext(code)) % 2 = 0))
       WHERE code LIKE 'RU-%' AND received_at IS NOT NULL AND abs(hashtext(code || 'c')) % 3 = 0`,
    );
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const comparable = (rows: readonly MeasureRow[]) =>
    rows
      .map((row) => ({
        key: row.key,
        label: row.label,
        levelCode: row.levelCode,
        ...Object.fromEntries(MEASURES.map((measure) => [measure, row[measure]])),
      }))
      .sort((left, right) =>
        `${left.levelCode}|${left.key}`.localeCompare(`${right.levelCode}|${right.key}`),
      );

  async function expectAgreement(stage: string): Promise<number> {
    let compared = 0;
    const [{ sectorId }] = await dataSource.query<Array<{ sectorId: string }>>(
      `SELECT sector_id AS "sectorId" FROM dossiers WHERE code LIKE 'RU-%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const scopes: Array<Omit<ReportScope, 'fromMs' | 'toExclusiveMs' | 'policy'>> = [
      { agencyIds: everyAgency, everyAgency: true }, // no agency filter at all
      { agencyIds: [fixtures.ids['PY-COMMUNE-22015'], fixtures.ids['PY-COMMUNE-22015-DESK']] },
      { agencyIds: everyAgency, channel: 'ONLINE', levelCode: 'COMMUNE' },
      { agencyIds: everyAgency, resolvingAgencyId: fixtures.ids['PY-DISTRICT-555'] },
      { agencyIds: everyAgency, everyAgency: true, sectorId }, // the by-sector and by-procedure rollups
      { agencyIds: everyAgency, sectorId, channel: 'DIRECT' }, // the fine ones
    ];
    const periods = PERIODS.map((key) => parseReportPeriod(key));
    // A report "as of" an instant within a day (the dashboard's now).
    const asOf = { fromMs: periods[0].fromMs, toExclusiveMs: Date.parse('2027-03-20T10:17:00+07:00') };
    for (const base of scopes) {
      for (const bounds of [...periods, asOf]) {
        for (const policy of WITHDRAWN_POLICIES) {
          const scope: ReportScope = {
            ...base,
            fromMs: bounds.fromMs,
            toExclusiveMs: bounds.toExclusiveMs,
            policy,
          };
          for (const group of GROUPS) {
            for (const alsoByLevel of group === 'sector' ? [false, true] : [false]) {
              const [expected, actual] = await Promise.all([
                raw.measure(scope, group, alsoByLevel),
                rollups.measure(scope, group, alsoByLevel),
              ]);
              expect({ stage, scope, group, rows: comparable(actual) }).toEqual({
                stage,
                scope,
                group,
                rows: comparable(expected),
              });
              compared += 1;
            }
          }
        }
      }
    }
    const scope: ReportScope = { agencyIds: everyAgency, ...periods[1], policy: 'RESOLVED_BY_APPOINTMENT' };
    const boundaries = [
      periods[1].fromMs,
      Date.parse('2027-02-01T00:00:00+07:00'),
      Date.parse('2027-02-15T00:00:00+07:00'),
      periods[1].toExclusiveMs,
    ];
    const series = await rollups.series(scope, boundaries);
    for (let index = 0; index + 1 < boundaries.length; index += 1) {
      const [expected] = await raw.measure(
        { ...scope, fromMs: boundaries[index], toExclusiveMs: boundaries[index + 1] },
        'none',
      );
      expect(comparable([series[index]])).toEqual(comparable([expected]));
    }
    // The service-quality index's dossier counts (Decision 766), per resolving agency.
    for (const bounds of periods) {
      const scope: ReportScope = { agencyIds: everyAgency, ...bounds, policy: 'RESOLVED_BY_APPOINTMENT' };
      const expected = (await index766.facts(scope, 'agency')).map(
        ({ evaluations: _evaluations, evaluationScoreSum: _sum, ...counts }) => counts,
      );
      const actual = (await rollups.index766Counts(scope, 'agency'))
        .filter(({ counts }) => counts.resolved > 0 || counts.newReceived > 0)
        .map(({ key, label, counts }) => ({ agencyId: key, agencyName: label, ...counts }));
      const byAgency = (rows: typeof expected) =>
        [...rows].sort((left, right) => (left.agencyId ?? '').localeCompare(right.agencyId ?? ''));
      expect({ stage, period: bounds.key, rows: byAgency(actual) }).toEqual({
        stage,
        period: bounds.key,
        rows: byAgency(expected),
      });
    }
    return compared;
  }

  it('gives the raw GROUP BY numbers for every grouping, scope, filter, period and policy', async () => {
    const [{ deltas }] = await dataSource.query<Array<{ deltas: number }>>(
      'SELECT count(*)::int AS deltas FROM report_count_deltas',
    );
    expect(deltas).toBeGreaterThan(0); // nothing folded yet: the readers add the deltas
    expect(await expectAgreement('unfolded')).toBeGreaterThan(300);
    expect(await folder.check()).toEqual({
      dayRowsDiffering: 0,
      monthRowsDiffering: 0,
      agencyRowsDiffering: 0,
      procedureRowsDiffering: 0,
      sectorRowsDiffering: 0,
    });
  });

  it('still agrees after the dossiers change and after a fold, and a recount finds no difference', async () => {
    expect(await folder.fold()).toBeGreaterThan(0);
    const [{ deltas }] = await dataSource.query<Array<{ deltas: number }>>(
      'SELECT count(*)::int AS deltas FROM report_count_deltas',
    );
    expect(deltas).toBe(0);
    await expectAgreement('folded');
    // Open dossiers resolved late, some withdrawn, deadlines moved (a supplement restarting the
    // clock), apologies, a dossier deleted, one moved to another resolving agency.
    await dataSource.query(
      `UPDATE dossiers SET resolved_at = due_at + interval '2 days', classification = 'LATE', status = 'RESOLVED'
       WHERE code LIKE 'RU-%' AND received_at IS NOT NULL AND resolved_at IS NULL AND ended_at IS NULL
         AND abs(hashtext(code || 'r')) % 3 = 0`,
    );
    await dataSource.query(
      `UPDATE dossiers SET ended_at = received_at + interval '3 days', status = 'WITHDRAWN'
       WHERE code LIKE 'RU-%' AND received_at IS NOT NULL AND resolved_at IS NULL AND ended_at IS NULL
         AND abs(hashtext(code || 'w')) % 4 = 0`,
    );
    await dataSource.query(
      `UPDATE dossiers SET due_at = due_at + interval '9 days', supplement_count = supplement_count + 1,
         apology_count = 1
       WHERE code LIKE 'RU-%' AND due_at IS NOT NULL AND abs(hashtext(code || 'd')) % 5 = 0`,
    );
    await dataSource.query(`DELETE FROM dossiers WHERE code IN ('RU-3', 'RU-4')`);
    await expectAgreement('changed');
    expect(await folder.check()).toEqual({
      dayRowsDiffering: 0,
      monthRowsDiffering: 0,
      agencyRowsDiffering: 0,
      procedureRowsDiffering: 0,
      sectorRowsDiffering: 0,
    });
    await folder.fold();
    await expectAgreement('changed and folded');
    expect(await folder.check()).toEqual({
      dayRowsDiffering: 0,
      monthRowsDiffering: 0,
      agencyRowsDiffering: 0,
      procedureRowsDiffering: 0,
      sectorRowsDiffering: 0,
    });
  });

  it('notices a rollup that disagrees with the dossiers', async () => {
    await dataSource.query(
      `UPDATE report_counts_day SET received = received + 1
       WHERE ctid = (SELECT ctid FROM report_counts_day LIMIT 1)`,
    );
    expect(await folder.check()).toEqual({
      dayRowsDiffering: 1,
      monthRowsDiffering: 1,
      agencyRowsDiffering: 1,
      procedureRowsDiffering: 1,
      sectorRowsDiffering: 1,
    });
    // A by-sector count standing for a dimension it drops (received online) gone wrong.
    await dataSource.query(
      `UPDATE report_sector_counts_month SET received_online = received_online + 1
       WHERE ctid = (SELECT ctid FROM report_sector_counts_month LIMIT 1)`,
    );
    expect((await folder.check()).sectorRowsDiffering).toBe(2);
  });

  it('rebuilds every rollup from the dossiers, unfolded changes included', async () => {
    await dataSource.query(
      `UPDATE dossiers SET resolved_at = due_at - interval '1 day', classification = 'EARLY', status = 'RESOLVED'
       WHERE code LIKE 'RU-%' AND received_at IS NOT NULL AND due_at IS NOT NULL AND resolved_at IS NULL
         AND ended_at IS NULL AND abs(hashtext(code || 'e')) % 2 = 0`,
    );
    expect(await folder.rebuild()).toBeGreaterThan(0);
    const [{ deltas }] = await dataSource.query<Array<{ deltas: number }>>(
      'SELECT count(*)::int AS deltas FROM report_count_deltas',
    );
    expect(deltas).toBe(0);
    expect(await folder.check()).toEqual({
      dayRowsDiffering: 0,
      monthRowsDiffering: 0,
      agencyRowsDiffering: 0,
      procedureRowsDiffering: 0,
      sectorRowsDiffering: 0,
    });
    await expectAgreement('rebuilt');
  });
});
