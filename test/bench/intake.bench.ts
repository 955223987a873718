// npm run bench:intake — the dossier hot paths under load, on the seeded province (organisation
// tree, calendar, the curated procedures). Prints plain "name value" lines:
// 1. GET /health, the baseline: requests/s, p50, p99;
// 2. desk intakes (POST /api/v1/dossiers, outcome RECEIVE) at 40 commune desks: intakes/s, p50,
//    p99, every non-2xx answer, and the ratio to /health; then without the reports' rollup
//    triggers and with them again: their cost, as the ratio of throughputs;
// 3. public tracking (GET /api/v1/public/dossiers/{code}?verifier=) of the codes issued in 2;
// 4. work queues (GET /api/v1/dossiers) of a clerk, a specialist and leaders, one request at a
//    time, p50/p95, with BENCH_DOSSIERS (default 1,000,000) dossiers in the database.
// Phases 1–3 run autocannon in a child process (intake-load.ts): the app keeps this process.
// Environment: BENCH_SECONDS (measured seconds per load phase, default 10), BENCH_CONNECTIONS
// (default 10), BENCH_DOSSIERS, BENCH_QUERY_RUNS (requests per queue shape, default 100);
// DATABASE_URL to bench on that server instead of an embedded PostgreSQL.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../../src/modules/identity';
import { generateDossiers } from './intake-dossiers';
import type { LoadRequest, LoadResult, LoadSpec } from './intake-load';
import { benchAgent } from './http-timing';
import { measureQueues, planQueueShapes, type Sign, staffPrincipal } from './intake-queues';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 100);
const INTAKE_DESKS = 40;
// Citizens reach tracking through the reverse proxy on loopback (trust proxy), each from its own
// address: the per-address limit applies to each, as in production.
const CITIZEN_ADDRESSES = 4096;
const APPLICANTS = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Hoàng Phúc', 'Phạm Ngọc Mai', 'Võ Minh Tuấn'];

function runLoad(url: string, requests: LoadRequest[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // No decorators there: TypeScript's plain transpilation is enough, and starts fast.
    const child = fork(path.join(__dirname, 'intake-load.ts'), [], {
      execArgv: ['--require', 'ts-node/register/transpile-only'],
    });
    let result: LoadResult | undefined;
    child.once('message', (message) => {
      result = message as LoadResult;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the load generator exited with ${code}`)),
    );
    const spec: LoadSpec = { url, requests, seconds: SECONDS, warmUpSeconds: 2, connections: CONNECTIONS };
    child.send(spec);
  });
}

function report(name: string, result: LoadResult): void {
  const failed = Object.entries(result.statusCounts).filter(([status]) => !status.startsWith('2'));
  console.log(`intake.${name}_per_second ${result.perSecond.toFixed(0)}`);
  console.log(`intake.${name}_p50_ms ${result.p50Ms.toFixed(2)}`);
  console.log(`intake.${name}_p99_ms ${result.p99Ms.toFixed(2)}`);
  console.log(`intake.${name}_responses ${result.responses}`);
  const details = failed.map(([status, count]) => `${status}:${count}`).join(' ');
  console.log(`intake.${name}_non_2xx ${failed.reduce((sum, [, count]) => sum + count, 0)} ${details}`);
  if (result.errors > 0) {
    console.log(`intake.${name}_errors ${result.errors} (timeouts ${result.timeouts})`);
  }
}

async function measureIntakes(dataSource: DataSource, url: string, sign: Sign): Promise<LoadResult> {
  const [procedure] = await dataSource.query<Array<{ id: string; documents: number }>>(
    `SELECT p.id, jsonb_array_length(v.documents)::int AS documents FROM procedures p
     JOIN procedure_versions v ON v.procedure_id = p.id AND v.version_no = p.latest_version_no
     WHERE p.name = 'Đăng ký khai sinh' AND 'COMMUNE' = ANY(p.levels)`,
  );
  const desks = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM agencies WHERE kind = 'ONE_STOP_DESK' AND level_code = 'COMMUNE'
     AND qcvn_code IS NOT NULL AND valid_to IS NULL ORDER BY key LIMIT ${INTAKE_DESKS}`,
  );
  const checklist = Array.from({ length: procedure.documents }, (_, documentIndex) => ({
    documentIndex,
    provided: true,
  }));
  const requests: LoadRequest[] = desks.flatMap((desk, deskIndex) => {
    const token = sign(staffPrincipal('CLERK', desk.id));
    return APPLICANTS.map((name, index) => ({
      method: 'POST' as const,
      path: '/api/v1/dossiers',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        procedureId: procedure.id,
        channel: 'DIRECT',
        applicant: {
          kind: 'PERSON',
          name,
          phone: `0905${String(deskIndex * APPLICANTS.length + index).padStart(6, '0')}`,
          idNumber: '054200001234',
        },
        checklist,
        outcome: 'RECEIVE',
      }),
    }));
  });
  return runLoad(url, requests);
}

async function measureTracking(dataSource: DataSource, url: string): Promise<LoadResult> {
  const issued = await dataSource.query<Array<{ code: string; verifier: string }>>(
    `SELECT code, applicant_phone_last4 AS verifier FROM dossiers WHERE code IS NOT NULL
     ORDER BY random() LIMIT 2000`,
  );
  const requests = Array.from({ length: CITIZEN_ADDRESSES }, (_, address): LoadRequest => {
    const { code, verifier } = issued[address % issued.length];
    return {
      method: 'GET',
      path: `/api/v1/public/dossiers/${encodeURIComponent(code)}?verifier=${verifier}`,
      headers: { 'x-forwarded-for': `127.1.${address >> 8}.${address & 255}` },
    };
  });
  return runLoad(url, requests);
}

// What the reports' rollup triggers cost the intake (migrations/…-report-rollups.ts): the same
// intakes with them disabled, then enabled again, each run next to the one before it. The
// rollups of this throwaway database are wrong afterwards, and nothing here reads them.
const REPORT_TRIGGERS = ['report_capture_insert', 'report_capture_update', 'report_capture_delete'];

async function measureReportTriggerCost(
  dataSource: DataSource,
  url: string,
  sign: Sign,
  withTriggers: LoadResult,
): Promise<void> {
  const setTriggers = (state: 'ENABLE' | 'DISABLE') =>
    dataSource.query(
      `ALTER TABLE dossiers ${REPORT_TRIGGERS.map((name) => `${state} TRIGGER ${name}`).join(', ')}`,
    );
  await setTriggers('DISABLE');
  let without: LoadResult;
  try {
    without = await measureIntakes(dataSource, url, sign);
  } finally {
    await setTriggers('ENABLE');
  }
  report('receive_without_report_triggers', without);
  const again = await measureIntakes(dataSource, url, sign);
  report('receive_with_report_triggers_again', again);
  const withMean = (withTriggers.perSecond + again.perSecond) / 2;
  console.log(`intake.report_triggers_throughput_ratio ${(withMean / without.perSecond).toFixed(3)}`);
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  // Tracking's per-address limit at its maximum: the bench measures lookups, not 429s (the load
  // is spread over CITIZEN_ADDRESSES addresses as well). The API as deployed with workers: its
  // processors off (the relay and deliveries are bench:jobs' subject).
  const { app, port } = await startBenchApp(database, {
    SEED_ON_START: 'true',
    LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    TRACKING_REQUESTS_PER_MINUTE: '1000000',
    QUEUE_PROCESSORS_ENABLED: 'false',
  });
  try {
    const dataSource = app.get(DataSource);
    const tokens = app.get(AccessTokenService);
    const sign: Sign = (principal) => tokens.sign(principal).token;
    const url = `http://127.0.0.1:${port}`;
    const [{ version }] = await dataSource.query<Array<{ version: string }>>(
      `SELECT current_setting('server_version') AS version`,
    );
    console.log(`intake.postgresql ${version}`);
    console.log(`intake.seconds_per_phase ${SECONDS}`);
    console.log(`intake.connections ${CONNECTIONS}`);
    const health = await runLoad(url, [{ method: 'GET', path: '/health', headers: {} }]);
    report('health', health);
    const intakes = await measureIntakes(dataSource, url, sign);
    report('receive', intakes);
    console.log(`intake.receive_to_health_ratio ${(intakes.perSecond / health.perSecond).toFixed(3)}`);
    await measureReportTriggerCost(dataSource, url, sign, intakes);
    report('tracking', await measureTracking(dataSource, url));
    const desks = await generateDossiers(dataSource, DOSSIERS);
    console.log(`intake.queue_dossiers ${DOSSIERS}  desks ${desks.length}  runs_per_shape ${QUERY_RUNS}`);
    await measureQueues(port, await planQueueShapes(dataSource, desks), sign, QUERY_RUNS);
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
