// The deadline-watch half of bench:jobs: one tick over 100,000 and 1,000,000 open dossiers
// generated inside PostgreSQL (INSERT ... SELECT generate_series) on the seeded province, with a
// realistic spread of due times (about 6 % overdue, 4 % due within a day, the rest later; 3 % of
// clocks waiting for the citizen), a tenth of them on an inter-agency route with an open step,
// and a closed history of a quarter as many. Prints "name value" lines:
// - the first tick (it notes the first 5,000 notices of the backlog, marks every dossier in the
//   window and plans the staff deliveries), with its hand-over to the queue;
// - the steady state: the backlog noted, ticks at the real time (what every minute costs);
// - EXPLAIN (ANALYZE, BUFFERS) of the notice scan and of the marks update.
// Environment: BENCH_DEADLINE_SIZES (default "100000,1000000"), BENCH_STEADY_TICKS (default 3);
// DATABASE_URL to bench on that server instead of an embedded PostgreSQL; REDIS_URL to hand the
// deliveries to Bull (processors off) instead of the in-process queue.
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../../src/config';
import { CalendarService } from '../../src/modules/calendar';
import {
  buildInsertNoticesStatement,
  buildUpdateMarksStatement,
} from '../../src/modules/jobs/deadline-watch/deadline-watch.repository';
import { DeadlineWatchModule } from '../../src/modules/jobs/deadline-watch/deadline-watch.module';
import { DeadlineWatchRepository } from '../../src/modules/jobs/deadline-watch/deadline-watch.repository';
import { DeliveryPlanner } from '../../src/modules/notifications/deliveries/delivery-planner.service';
import {
  type DeadlineWatchTick,
  DeadlineWatchService,
} from '../../src/modules/jobs/deadline-watch/deadline-watch.service';
import { computeWatchInstants } from '../../src/modules/jobs/deadline-watch/domain/watch-instants';
import { startBenchApp } from './bench-app';
import { openBenchDatabase } from './bench-database';

const SIZES = (process.env.BENCH_DEADLINE_SIZES ?? '100000,1000000').split(',').map(Number);
const STEADY_TICKS = Number(process.env.BENCH_STEADY_TICKS ?? 3);
const CHUNK = 250_000;
const DRAIN_TIMEOUT_MS = 300_000;
const REDIS_URL = process.env.REDIS_URL;

const print = (name: string, value: string | number) => console.log(`jobs.deadline_watch.${name} ${value}`);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

// Staff to notify: per organisation with a desk, a unit head, a leader and four specialists;
// per desk, two clerks. Desks and the procedures of their level numbered for the generator.
async function prepareOrganisation(dataSource: DataSource): Promise<number> {
  await dataSource.query(`
    CREATE TABLE bench_desks AS
    SELECT (row_number() OVER (ORDER BY desk.key) - 1)::int AS n, desk.id AS desk_id,
      desk.parent_id AS organisation_id, desk.level_code,
      (SELECT v.id FROM procedures p JOIN procedure_versions v
         ON v.procedure_id = p.id AND v.version_no = p.latest_version_no
       WHERE desk.level_code = ANY(p.levels) ORDER BY p.code LIMIT 1) AS version_id
    FROM agencies desk
    WHERE desk.kind IN ('ONE_STOP_DESK', 'SERVICE_CENTRE') AND desk.valid_to IS NULL
      AND desk.parent_id IS NOT NULL`);
  await dataSource.query('DELETE FROM bench_desks WHERE version_id IS NULL');
  await dataSource.query(`
    INSERT INTO staff_users (id, username, full_name, agency_id, password_hash)
    SELECT ('00000000-0000-4000-9000-' || lpad((d.n * 10 + k)::text, 12, '0'))::uuid,
      'bench-' || d.n || '-' || k, 'Cán bộ ' || d.n || '.' || k,
      CASE WHEN k < 6 THEN d.organisation_id ELSE d.desk_id END, 'not-a-password-hash'
    FROM bench_desks d CROSS JOIN generate_series(0, 7) AS k`);
  await dataSource.query(`
    INSERT INTO staff_roles (user_id, role)
    SELECT ('00000000-0000-4000-9000-' || lpad((d.n * 10 + k)::text, 12, '0'))::uuid,
      CASE k WHEN 0 THEN 'UNIT_HEAD' WHEN 1 THEN 'AGENCY_LEADER' WHEN 6 THEN 'CLERK' WHEN 7 THEN 'CLERK'
        ELSE 'SPECIALIST' END
    FROM bench_desks d CROSS JOIN generate_series(0, 7) AS k`);
  const [{ count }] = await dataSource.query<Array<{ count: number }>>(
    'SELECT count(*)::int AS count FROM bench_desks',
  );
  return count;
}

// Open dossiers first..last: received in the last 30 days; due: 6 % overdue (up to 14 days),
// 4 % within the next day, the rest within 25 days after; 2 % stopped for a supplement, 1 %
// waiting for the financial obligation, 12 % still at the desk; a third of the overdue ones
// have their apology. Closed dossiers (open = false): returned a year or two ago.
function insertDossiers(dataSource: DataSource, first: number, last: number, desks: number, open: boolean) {
  return dataSource.query(
    `INSERT INTO dossiers (code, row_version, procedure_id, procedure_version_id, receiving_agency_id,
       resolving_agency_id, current_agency_id, assigned_to_id, level_code, sector_id, channel,
       service_level, status, applicant_kind, applicant_name, submitted_at, received_at, due_at,
       appointment_at, resolved_at, returned_at, classification, apology_count, missing_apology)
     SELECT CASE WHEN $4 THEN 'OPEN-' ELSE 'CLOSED-' END || g.i, 1, v.procedure_id, v.id, d.desk_id, d.organisation_id,
       CASE WHEN g.status = 'RECEIVED' THEN d.desk_id ELSE d.organisation_id END,
       CASE WHEN g.status <> 'RECEIVED' THEN
         ('00000000-0000-4000-9000-' || lpad((d.n * 10 + 2 + g.i % 4)::text, 12, '0'))::uuid END,
       d.level_code, p.sector_id, 'DIRECT', p.service_level, g.status, 'PERSON', 'Nguyễn Văn An',
       g.received, g.received, g.due, g.due,
       CASE WHEN NOT $4 THEN g.due - interval '1 day' END,
       CASE WHEN NOT $4 THEN g.due END,
       CASE WHEN NOT $4 THEN 'EARLY' END,
       CASE WHEN g.due < now() AND g.r3 % 3 = 0 THEN 1 ELSE 0 END,
       NOT $4 AND g.r3 % 20 = 0
     FROM (
       SELECT g.i, r, r3,
         CASE WHEN $4 THEN now() - (abs(hashint4(g.i + 1)) % 43200) * interval '1 minute'
           ELSE now() - interval '1 year' - interval '30 days' - (abs(hashint4(g.i + 1)) % 525600) * interval '1 minute'
           END AS received,
         CASE WHEN NOT $4 THEN now() - interval '1 year' + (abs(hashint4(g.i + 4)) % 40000) * interval '1 minute'
             - (abs(hashint4(g.i + 1)) % 525600) * interval '1 minute'
           WHEN r2 < 60 THEN now() - (abs(hashint4(g.i + 4)) % 20160 + 1) * interval '1 minute'
           WHEN r2 < 100 THEN now() + (abs(hashint4(g.i + 4)) % 1440) * interval '1 minute'
           ELSE now() + interval '1 day' + (abs(hashint4(g.i + 4)) % 36000) * interval '1 minute' END AS due,
         CASE WHEN NOT $4 THEN 'RETURNED' WHEN r < 20 THEN 'SUPPLEMENT_REQUESTED'
           WHEN r < 30 THEN 'AWAITING_FINANCIAL_OBLIGATION' WHEN r < 150 THEN 'RECEIVED'
           WHEN r < 800 THEN 'IN_PROGRESS' ELSE 'AWAITING_APPROVAL' END AS status
       FROM (
         SELECT g.i, abs(hashint4(g.i)) % 1000 AS r, abs(hashint4(g.i + 2)) % 1000 AS r2,
           abs(hashint4(g.i + 3)) % 1000 AS r3
         FROM generate_series($1::int, $2::int) AS g(i)
       ) g
     ) g
     JOIN bench_desks d ON d.n = g.i % $3
     JOIN procedure_versions v ON v.id = d.version_id
     JOIN procedures p ON p.id = v.procedure_id`,
    [first, last, desks, open],
  );
}

// One open step at another organisation for a tenth of the dossiers in progress, due as spread
// as the dossiers.
async function insertSteps(dataSource: DataSource, desks: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status,
       planned_due_at, started_at, due_at)
     SELECT d.id, 1, other.organisation_id, other.level_code, 'Phối hợp xác minh',
       '{"amount":3,"unit":"WORKING_DAYS"}', 'ACTIVE', step_due, d.received_at, step_due
     FROM (
       SELECT dossier.*, abs(hashint4(hashtext(dossier.code))) AS h,
         CASE WHEN abs(hashint4(hashtext(dossier.code))) % 1000 < 60
             THEN now() - (abs(hashint4(hashtext(dossier.code) + 1)) % 20160 + 1) * interval '1 minute'
           WHEN abs(hashint4(hashtext(dossier.code))) % 1000 < 100
             THEN now() + (abs(hashint4(hashtext(dossier.code) + 1)) % 1440) * interval '1 minute'
           ELSE now() + interval '1 day' + (abs(hashint4(hashtext(dossier.code) + 1)) % 7200) * interval '1 minute'
         END AS step_due
       FROM dossiers dossier
       WHERE dossier.status = 'IN_PROGRESS' AND abs(hashint4(hashtext(dossier.code) + 2)) % 10 = 0
     ) d
     JOIN bench_desks other ON other.n = d.h % $1`,
    [desks],
  );
}

async function generate(dataSource: DataSource, open: number, desks: number): Promise<void> {
  const started = performance.now();
  for (let first = 1; first <= open; first += CHUNK) {
    await insertDossiers(dataSource, first, Math.min(open, first + CHUNK - 1), desks, true);
  }
  const closed = Math.floor(open / 4);
  for (let first = 1; first <= closed; first += CHUNK) {
    await insertDossiers(dataSource, first, Math.min(closed, first + CHUNK - 1), desks, false);
  }
  await insertSteps(dataSource, desks);
  await dataSource.query('ANALYZE dossiers');
  await dataSource.query('ANALYZE dossier_steps');
  print(`${open}.generate_s`, seconds(performance.now() - started));
  const [shape] = await dataSource.query<Array<Record<string, number>>>(
    `SELECT count(*) FILTER (WHERE resolved_at IS NULL)::int AS open,
       count(*) FILTER (WHERE resolved_at IS NOT NULL)::int AS closed,
       count(*) FILTER (WHERE resolved_at IS NULL AND due_at < now())::int AS overdue,
       count(*) FILTER (WHERE resolved_at IS NULL AND due_at >= now() AND due_at < now() + interval '1 day')::int
         AS due_within_a_day,
       (SELECT count(*)::int FROM dossier_steps WHERE status = 'ACTIVE') AS open_steps
     FROM dossiers`,
  );
  print(`${open}.dossiers`, JSON.stringify(shape));
}

// Time spent in each step of a tick, by wrapping the repository's and the planner's methods.
const phases = new Map<string, number>();

function timePhases(target: object, methods: readonly string[]): void {
  const instance = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of methods) {
    const original = instance[method].bind(target);
    instance[method] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        phases.set(method, (phases.get(method) ?? 0) + performance.now() - started);
      }
    };
  }
}

function reportTick(name: string, tick: DeadlineWatchTick): void {
  print(`${name}_ms`, tick.durationMs.toFixed(0));
  print(
    `${name}_steps_ms`,
    JSON.stringify(Object.fromEntries([...phases].map(([phase, ms]) => [phase, Math.round(ms)]))),
  );
  phases.clear();
  print(`${name}_hand_over_ms`, tick.handOverMs.toFixed(0));
  print(`${name}_notices`, JSON.stringify(tick.notices));
  print(`${name}_marks_changed`, tick.marksChanged);
  print(`${name}_deliveries`, tick.deliveries);
}

// Without Redis the in-process queue sends the planned in-app notices in the background; wait
// for them, so they do not weigh on the next measurement. (With REDIS_URL the bench runs Bull
// with processors off: the jobs wait in Redis and nothing is sent.)
async function waitForDeliveries(dataSource: DataSource, size: number): Promise<void> {
  if (REDIS_URL) {
    return;
  }
  const started = performance.now();
  while (performance.now() - started < DRAIN_TIMEOUT_MS) {
    const pending = await dataSource
      .query<Array<{ pending: number }>>(
        `SELECT count(*)::int AS pending FROM notification_deliveries WHERE status = 'PENDING'`,
      )
      .then(([row]) => row.pending)
      .catch(() => -1); // the pool is busy with the sends
    if (pending === 0) {
      print(`${size}.deliveries_sent_s`, seconds(performance.now() - started));
      return;
    }
    await sleep(500);
  }
  print(`${size}.deliveries_sent_s`, `over ${DRAIN_TIMEOUT_MS / 1000} (still pending)`);
}

async function explain(dataSource: DataSource, label: string, [sql, parameters]: [string, unknown[]]) {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const rows = (await runner.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, parameters)) as Array<{
      'QUERY PLAN': string;
    }>;
    console.log(`--- EXPLAIN ${label}`);
    console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

async function measureSize(
  dataSource: DataSource,
  watch: DeadlineWatchService,
  calendar: CalendarService,
  config: AppConfig,
  size: number,
  desks: number,
): Promise<void> {
  await generate(dataSource, size, desks);
  reportTick(`${size}.first_tick`, await watch.tick());
  await waitForDeliveries(dataSource, size);

  // The rest of the backlog, noted and marked in one statement each without deliveries (a bench
  // shortcut for the ticks that would do it 5,000 notices and 10,000 marks at a time), so that
  // what follows is the steady state.
  const cal = await calendar.calendarFor();
  const started = performance.now();
  const backlog = await dataSource.query<unknown[]>(
    ...buildInsertNoticesStatement(computeWatchInstants(cal, Date.now(), config.deadlineWatch), 100_000_000),
  );
  print(`${size}.backlog_noted`, backlog.length);
  print(`${size}.backlog_noted_s`, seconds(performance.now() - started));
  const marking = performance.now();
  const [, marked] = await dataSource.query<[unknown, number]>(
    ...buildUpdateMarksStatement(computeWatchInstants(cal, Date.now(), config.deadlineWatch), 100_000_000),
  );
  print(`${size}.backlog_marked`, marked);
  print(`${size}.backlog_marked_s`, seconds(performance.now() - marking));
  await dataSource.query('VACUUM ANALYZE deadline_notices');
  await dataSource.query('VACUUM ANALYZE dossiers');

  await measureSteadyState(watch, `${size}.steady_tick`);
  const instants = computeWatchInstants(cal, Date.now(), config.deadlineWatch);
  await explain(dataSource, `${size}: notice scan`, buildInsertNoticesStatement(instants, 5000));
  await explain(dataSource, `${size}: marks update`, buildUpdateMarksStatement(instants, 10_000));
}

async function measureSteadyState(watch: DeadlineWatchService, name: string): Promise<void> {
  const durations: number[] = [];
  for (let run = 1; run <= STEADY_TICKS; run += 1) {
    const tick = await watch.tick();
    reportTick(`${name}_${run}`, tick);
    durations.push(tick.durationMs);
    await sleep(1000);
  }
  durations.sort((left, right) => left - right);
  print(`${name}_median_ms`, durations[Math.floor(durations.length / 2)].toFixed(0));
}

// A fresh database per size (dossier history is append-only: no TRUNCATE), seeded as at start.
export async function runDeadlineWatchBench(): Promise<void> {
  for (const size of SIZES) {
    const database = await openBenchDatabase();
    const queuePrefix = `bench-${randomBytes(4).toString('hex')}`;
    const queue = REDIS_URL
      ? { REDIS_URL, QUEUE_PREFIX: queuePrefix, QUEUE_PROCESSORS_ENABLED: 'false' }
      : ({} as Record<string, string>);
    const { app, config } = await startBenchApp(
      database,
      { SEED_ON_START: 'true', DEADLINE_WATCH_INTERVAL_MS: '0', ...queue },
      [DeadlineWatchModule],
    );
    print(`${size}.queue`, REDIS_URL ? 'bull, processors off' : 'in-process');
    try {
      const dataSource = app.get(DataSource);
      timePhases(app.get(DeadlineWatchRepository), [
        'tryLock',
        'insertNewNotices',
        'updateMarks',
        'findRecipients',
      ]);
      timePhases(app.get(DeliveryPlanner), ['plan', 'enqueue']);
      const desks = await prepareOrganisation(dataSource);
      print(`${size}.desks`, desks);
      await measureSize(
        dataSource,
        app.get(DeadlineWatchService),
        app.get(CalendarService),
        config,
        size,
        desks,
      );
    } finally {
      await app.close();
      await database.close();
      if (REDIS_URL) {
        await deleteQueueKeys(REDIS_URL, queuePrefix);
      }
    }
  }
}

async function deleteQueueKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    for (let start = 0; start < keys.length; start += 1000) {
      await redis.del(...keys.slice(start, start + 1000));
    }
  } finally {
    redis.disconnect();
  }
}
