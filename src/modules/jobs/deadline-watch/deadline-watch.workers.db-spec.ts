import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { type DataSource } from 'typeorm';
import { atVietnamTime } from '../../calendar/domain/engine/test-fixtures';
import { insertStaffUser, insertTestTree, type TestTree } from '../../../../test/support/identity-fixtures';
import { createTestApp, describeWithRedis, type TestApp } from '../../../../test/support/test-app';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { DeadlineWatchModule } from './deadline-watch.module';
import { type DeadlineWatchTick, DeadlineWatchService } from './deadline-watch.service';

const at = (text: string) => new Date(atVietnamTime(text));
const NOW = at('2025-06-11 10:00');
const LATE_DOSSIERS = 40;

// Overdue dossiers at commune A, due a working day and more before NOW: each crosses OVERDUE,
// APOLOGY_MISSING and ESCALATION_1.
async function insertLateDossiers(
  dataSource: DataSource,
  tree: TestTree,
  handlerId: string,
): Promise<string[]> {
  const rows = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO dossiers (code, row_version, procedure_id, procedure_version_id, receiving_agency_id,
       resolving_agency_id, current_agency_id, assigned_to_id, level_code, sector_id, channel,
       service_level, status, applicant_kind, applicant_name, submitted_at, received_at, due_at,
       appointment_at)
     SELECT 'W-' || $5 || '-' || g.i, 1, p.id, v.id, $1, $2, $2, $3, 'COMMUNE', p.sector_id, 'DIRECT',
       p.service_level, 'IN_PROGRESS', 'PERSON', 'Trần Văn Hùng', $4::timestamptz - interval '10 days',
       $4::timestamptz - interval '10 days', $4::timestamptz - g.i * interval '1 hour',
       $4::timestamptz - g.i * interval '1 hour'
     FROM generate_series(1, ${LATE_DOSSIERS}) AS g(i)
     CROSS JOIN (SELECT * FROM procedures ORDER BY code LIMIT 1) p
     JOIN procedure_versions v ON v.procedure_id = p.id AND v.version_no = p.latest_version_no
     RETURNING id`,
    [
      tree.communeADesk.id,
      tree.communeA.id,
      handlerId,
      at('2025-06-10 09:00'),
      randomBytes(3).toString('hex'),
    ],
  );
  return rows.map((row) => row.id);
}

async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [{ count }] = await dataSource.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  return count;
}

const noticeTotal = (tick: DeadlineWatchTick) => Object.values(tick.notices).reduce((sum, n) => sum + n, 0);

describe('deadline watch with two workers on one database (in-process mode)', () => {
  let database: TestDatabase;
  let workerA: TestApp;
  let workerB: TestApp;
  let lateDossiers: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = {
      databaseUrl: database.url,
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '0' },
    };
    workerA = await createTestApp(options);
    workerB = await createTestApp(options);
    const tree = await insertTestTree(workerA);
    const handler = await insertStaffUser(workerA, { agencyId: tree.communeA.id, roles: ['SPECIALIST'] });
    await insertStaffUser(workerA, { agencyId: tree.communeA.id, roles: ['UNIT_HEAD'] });
    await insertStaffUser(workerA, { agencyId: tree.district.id, roles: ['AGENCY_LEADER'] });
    lateDossiers = await insertLateDossiers(workerA.dataSource, tree, handler.id);
  });

  afterAll(async () => {
    await workerA?.close();
    await workerB?.close();
    await database?.drop();
  });

  it('while one worker runs a tick, the other one sees the lock and does nothing', async () => {
    // Hold back worker A inside its tick: an uncommitted notice of its first dossier makes A's
    // INSERT ... ON CONFLICT wait, with the advisory lock already taken.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO deadline_notices (dossier_id, step_key, threshold, due_at) VALUES ($1, '', 'OVERDUE', now())`,
        [lateDossiers[0]],
      );
      const tickA = workerA.app.get(DeadlineWatchService).tick(NOW);
      await waitForWatchLock(blocker);
      const tickB = await workerB.app.get(DeadlineWatchService).tick(NOW);
      expect(tickB).toMatchObject({ ran: false, notices: {}, marksChanged: 0, deliveries: 0 });
      await blocker.query('ROLLBACK');
      const resultA = await tickA;
      expect(resultA).toMatchObject({
        ran: true,
        notices: { OVERDUE: LATE_DOSSIERS, APOLOGY_MISSING: LATE_DOSSIERS, ESCALATION_1: LATE_DOSSIERS },
        marksChanged: LATE_DOSSIERS,
      });
    } finally {
      await blocker.end();
    }
    expect(await countRows(workerA.dataSource, 'deadline_notices')).toBe(3 * LATE_DOSSIERS);
  });

  it('ticks started together by both workers note each notice once and plan each delivery once', async () => {
    // A week later every dossier crosses ESCALATION_2 (over 40 working hours).
    const instants = ['2025-06-18 10:00', '2025-06-18 10:01', '2025-06-18 10:02'].map(at);
    const notesBefore = await countRows(workerA.dataSource, 'deadline_notices');
    const deliveriesBefore = await countRows(workerA.dataSource, 'notification_deliveries');
    let noted = 0;
    let planned = 0;
    for (const instant of instants) {
      const ticks = await Promise.all([
        workerA.app.get(DeadlineWatchService).tick(instant),
        workerB.app.get(DeadlineWatchService).tick(instant),
      ]);
      // Either one ran and the other saw the lock, or they ran one after the other and the
      // second found nothing new.
      expect(ticks.filter((tick) => tick.ran && noticeTotal(tick) > 0).length).toBeLessThanOrEqual(1);
      noted += ticks.reduce((sum, tick) => sum + noticeTotal(tick), 0);
      planned += ticks.reduce((sum, tick) => sum + tick.deliveries, 0);
    }
    expect(noted).toBe(LATE_DOSSIERS);
    expect(await countRows(workerA.dataSource, 'deadline_notices')).toBe(notesBefore + LATE_DOSSIERS);
    expect(await countRows(workerA.dataSource, 'notification_deliveries')).toBe(deliveriesBefore + planned);
    const [{ duplicates }] = await workerA.dataSource.query<Array<{ duplicates: number }>>(
      `SELECT (count(*) - count(DISTINCT (recipient_id, dossier_id, template)))::int AS duplicates
       FROM notification_deliveries WHERE template = 'staff.escalation'`,
    );
    expect(duplicates).toBe(0);
  });
});

describe('deadline watch scheduled without Redis (a timer in the API)', () => {
  it('ticks every DEADLINE_WATCH_INTERVAL_MS, and no more after shutdown', async () => {
    const testApp = await createTestApp({
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '1000' },
    });
    let spy: jest.SpyInstance;
    try {
      spy = jest.spyOn(testApp.app.get(DeadlineWatchService), 'tick');
      await sleep(2500);
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      await testApp.close();
    }
    const calls = spy.mock.calls.length;
    await sleep(1500);
    expect(spy.mock.calls.length).toBe(calls);
  });
});

describeWithRedis('deadline watch with two workers on Bull (a repeatable job every second)', () => {
  let database: TestDatabase;
  let workers: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const prefix = `test-${randomBytes(4).toString('hex')}`;
    const options = {
      withRedis: true,
      databaseUrl: database.url,
      imports: [DeadlineWatchModule],
      env: { DEADLINE_WATCH_INTERVAL_MS: '1000', QUEUE_PREFIX: prefix },
    };
    workers = [await createTestApp(options), await createTestApp(options)];
  });

  afterAll(async () => {
    for (const worker of workers) {
      await worker.close();
    }
    await database?.drop();
  });

  it('runs the watch once per tick, whichever worker takes it, never both', async () => {
    const spies = workers.map((worker) => jest.spyOn(worker.app.get(DeadlineWatchService), 'tick'));
    const callsBefore = spies.map((spy) => spy.mock.calls.length);
    const windowMs = 5000;
    await sleep(windowMs);
    const calls = spies.map((spy, index) => spy.mock.calls.length - callsBefore[index]);
    const total = calls[0] + calls[1];
    // One job per second for both workers: about 5 ticks in 5 s (both running each tick would be
    // 10). The lower bound is loose: a loaded machine may start a tick late, never twice.
    expect(total).toBeGreaterThanOrEqual(2);
    expect(total).toBeLessThanOrEqual(windowMs / 1000 + 1);
    const results = await Promise.all(
      spies.flatMap((spy) => spy.mock.results.map((result) => result.value as Promise<DeadlineWatchTick>)),
    );
    // No two ticks overlapped: none had to step back for the lock.
    expect(results.every((tick) => tick.ran)).toBe(true);
  });
});

// Until the session holding pg_try_advisory_xact_lock(0x4d434457) is waiting on the blocker.
async function waitForWatchLock(client: Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await client.query<{ held: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
         AND objid = x'4d434457'::int::oid AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))
         AS held`,
    );
    if (rows[0].held) {
      return;
    }
    await sleep(25);
  }
  throw new Error('worker A never took the watch lock');
}
