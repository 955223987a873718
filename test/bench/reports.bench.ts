// npm run bench:reports — every report of issue 8 over HTTP with BENCH_REPORT_DOSSIERS (default
// 220,000: a province-year) generated inside PostgreSQL by bench:intake's generator (two years of
// receipts over every desk of the seeded province), for a province leader, each shape run
// BENCH_QUERY_RUNS times one after another; next to a naive GROUP BY over the raw table in the same
// run as the baseline. Prints plain "name value" lines.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../../src/modules/identity';
import { ReportMeasuresRepository } from '../../src/modules/reports/report-measures.repository';
import { ReportRollupFolder } from '../../src/modules/reports/rollups/report-rollup-folder';
import { DELTAS_TABLE, ROLLUP_TABLES } from '../../src/modules/reports/rollups/rollup-schema';
import {
  formatIsoDate,
  fromDayNumber,
  vietnamDayNumberOf,
} from '../../src/modules/calendar/domain/local-date';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';
import { benchAgent, percentile, timeGet } from './http-timing';
import { generateDossiers } from './intake-dossiers';
import { generateRouteSteps } from './report-route-steps';

const DOSSIERS = Number(process.env.BENCH_REPORT_DOSSIERS ?? 220_000);
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 50);

// The raw baselines take seconds each at ten million: fewer runs of them.
const BASELINE_RUNS = Math.min(RUNS, Number(process.env.BENCH_BASELINE_RUNS ?? 10));

async function timeShape(name: string, run: () => Promise<number>, runs = RUNS): Promise<void> {
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    durations.push(await run());
  }
  durations.sort((left, right) => left - right);
  console.log(
    `reports.${name}_p50_ms ${percentile(durations, 50).toFixed(2)}  p95_ms ${percentile(durations, 95).toFixed(2)}`,
  );
}

async function main(): Promise<void> {
  // BENCH_REPORT_KEEP_DATABASE=true keeps the generated dossiers (motcua_bench_reports_<count>) for
  // the next run, which then only measures: ten million take half an hour to make here.
  const keep = process.env.BENCH_REPORT_KEEP_DATABASE === 'true';
  const database = await openBenchDatabase(keep ? `motcua_bench_reports_${DOSSIERS}` : undefined);
  const { app, port } = await startBenchApp(database, {
    SEED_ON_START: 'true',
    QUEUE_PROCESSORS_ENABLED: 'false',
  });
  try {
    const dataSource = app.get(DataSource);
    const [{ id: province }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM agencies WHERE key = 'PY-PROVINCE-54'`,
    );
    // A fresh token for each request: generating and the baselines outlast an access token.
    const tokens = app.get(AccessTokenService);
    const headers = () => ({
      Authorization: `Bearer ${
        tokens.sign({
          kind: 'staff',
          id: '00000000-0000-4000-8000-00000000beef',
          username: 'bench.leader',
          roles: ['AGENCY_LEADER'],
          agencyId: province,
        }).token
      }`,
    });
    const started = Date.now();
    const [{ present }] = await dataSource.query<Array<{ present: number }>>(
      'SELECT count(*)::int AS present FROM dossiers',
    );
    if (present < DOSSIERS) {
      await generateDossiers(dataSource, DOSSIERS);
      await dataSource.query('ANALYZE dossiers');
    }
    const steps = await generateRouteSteps(dataSource);
    console.log(
      `reports.dossiers ${DOSSIERS}  route_steps ${steps}  generate_s ${((Date.now() - started) / 1000).toFixed(1)}`,
    );
    // The generator's inserts left their rollup deltas; the fold timer would take them in
    // batches, here they are folded at once and timed.
    const folding = Date.now();
    const folded = await app.get(ReportRollupFolder).fold();
    const foldSeconds = (Date.now() - folding) / 1000;
    const tables = Object.values(ROLLUP_TABLES);
    for (const table of [...tables.flatMap((set) => [set.month, set.day]), DELTAS_TABLE]) {
      await dataSource.query(`ANALYZE ${table}`);
    }
    const sizes: string[] = [];
    for (const [name, set] of Object.entries(ROLLUP_TABLES)) {
      const [{ months, days }] = await dataSource.query<Array<{ months: number; days: number }>>(
        `SELECT (SELECT count(*) FROM ${set.month})::int AS months, (SELECT count(*) FROM ${set.day})::int AS days`,
      );
      sizes.push(`${name}_month_rows ${months}  ${name}_day_rows ${days}`);
    }
    console.log(`reports.rollup_fold_s ${foldSeconds.toFixed(1)}  deltas ${folded}  ${sizes.join('  ')}`);
    // The last twelve months to yesterday (the generator spreads receipts over two years to today).
    const today = vietnamDayNumberOf(Date.now());
    const period = `${formatIsoDate(fromDayNumber(today - 365))}..${formatIsoDate(fromDayNumber(today - 1))}`;
    const get = (path: string) => () => timeGet(port, `/api/v1/reports/${path}`, headers());
    const query = `period=${encodeURIComponent(period)}`;
    await timeShape(
      'naive_group_by_level_sql',
      async () => {
        const begun = performance.now();
        await dataSource.query(
          `SELECT level_code, count(*) FILTER (WHERE classification = 'LATE') FROM dossiers GROUP BY 1`,
        );
        return performance.now() - begun;
      },
      BASELINE_RUNS,
    );
    // The same measures by GROUP BY over the raw dossiers, as before the rollups (the reference
    // the rollups are tested against).
    const agencyIds = (
      await dataSource.query<Array<{ id: string }>>(
        'SELECT descendant_id AS id FROM agency_closure WHERE ancestor_id = $1',
        [province],
      )
    ).map((row) => row.id);
    const rawMeasures = app.get(ReportMeasuresRepository);
    const [fromDate, toDate] = period.split('..');
    const rawScope = {
      agencyIds,
      fromMs: Date.parse(`${fromDate}T00:00:00+07:00`),
      toExclusiveMs: Date.parse(`${toDate}T00:00:00+07:00`) + 86_400_000,
      policy: 'RESOLVED_BY_APPOINTMENT' as const,
    };
    for (const group of ['level', 'procedure'] as const) {
      await timeShape(
        `raw_measures_by_${group}_sql`,
        async () => {
          const begun = performance.now();
          await rawMeasures.measure(rawScope, group);
          return performance.now() - begun;
        },
        BASELINE_RUNS,
      );
    }
    for (const group of ['level', 'sector', 'agency', 'procedure', 'channel', 'serviceLevel', 'month']) {
      await timeShape(`on_time_by_${group}`, get(`on-time?${query}&groupBy=${group}`));
    }
    await timeShape('form_06_json', get(`form-06?${query}`));
    await timeShape('form_06_xlsx', get(`form-06?${query}&format=xlsx`));
    await timeShape('drill_down_overdue', get(`on-time/dossiers?${query}&measure=overdue`));
    await timeShape('drill_down_late', get(`on-time/dossiers?${query}&measure=late`));
    await timeShape('lateness', get(`lateness?${query}`));
    // A lateness row's dossiers: the agency that made most late, and those no route step made late.
    const lateness = (await (
      await fetch(`http://127.0.0.1:${port}/api/v1/reports/lateness?${query}`, { headers: headers() })
    ).json()) as { agencies: Array<{ agencyId: string; late: number }>; withoutLateStep: number };
    const worst = lateness.agencies[0];
    console.log(
      `reports.lateness_rows ${lateness.agencies.length}  worst_late ${worst?.late ?? 0}  without_late_step ${lateness.withoutLateStep}`,
    );
    const lateRow = (agencyId: string) =>
      get(`on-time/dossiers?${query}&measure=late&lateStepAgencyId=${agencyId}`);
    if (worst) {
      await timeShape('drill_down_lateness_agency', lateRow(worst.agencyId));
    }
    await timeShape('drill_down_lateness_none', lateRow('none'));
    await timeShape('dashboard', get('dashboard'));
    await timeShape(
      'on_time_official_year_by_level',
      get(`on-time?period=${new Date().getFullYear() - 1}-KY&groupBy=level`),
    );
    await timeShape('index_766', get(`index-766?${query}`));
  } finally {
    benchAgent.destroy();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
