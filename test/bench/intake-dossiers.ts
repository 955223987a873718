// Dossiers in bulk for bench:intake's work-queue phase, generated inside PostgreSQL (INSERT ...
// SELECT generate_series, in chunks): two years of receipts spread over every current one-stop
// desk of the seeded province, each with a procedure of its level. Old dossiers are mostly
// returned; the last 40 days hold the open work (received, in progress, awaiting approval...),
// assigned round-robin to four specialists per organisation. Codes follow Circular 01/2018 art. 19
// and end yesterday, so they never collide with the codes the intake phase issued today.
import { performance } from 'node:perf_hooks';
import { type DataSource, type EntityManager } from 'typeorm';

const DAYS = 730;
const RECENT_DAYS = 40;
const CHUNK = 250_000;
const SPECIALISTS_PER_ORGANISATION = 4;

const FAMILY_NAMES = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'.split(' ');
const MIDDLE_NAMES = 'Văn Thị Hữu Đức Minh Ngọc Thanh Quốc Xuân Hoài Kim Công Đình Bảo Như Quang'.split(' ');
const GIVEN_NAMES = [
  ...'An Bình Cường Dũng Giang Hà Hải Hạnh Hoa Hùng Hương Khánh Lan Linh Long Mai'.split(' '),
  ...'Nam Ngân Phúc Phương Quân Sơn Tâm Thảo Thắng Trang Trung Tuấn Vy Yến Hiếu Nhung'.split(' '),
];

const RECEPTION = `('SUBMITTED', 'SUPPLEMENT_REQUESTED_AT_RECEPTION', 'NOT_RECEIVED')`;
const AT_UNIT = `('IN_PROGRESS', 'AWAITING_APPROVAL', 'APPROVED', 'SUPPLEMENT_REQUESTED', 'AWAITING_FINANCIAL_OBLIGATION', 'STOPPED')`;
const ENDED = `('NOT_RECEIVED', 'WITHDRAWN', 'STOPPED')`;

// The specialist of an organisation (by its desk's number) who gets a dossier: the same formula
// as the SQL below, so the bench can sign in as one of them.
export const specialistId = (deskNumber: number, slot: number): string =>
  `00000000-0000-4000-8000-${String(deskNumber * SPECIALISTS_PER_ORGANISATION + slot).padStart(12, '0')}`;

export interface BenchDesk {
  n: number;
  deskId: string;
  organisationId: string;
  levelCode: string;
  qcvnCode: string;
}

const sqlTextArray = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`;

async function prepare(manager: EntityManager): Promise<number> {
  await manager.query(`
    CREATE TEMP TABLE bench_desks ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY key) - 1)::int AS n, * FROM (
      SELECT desk.key, desk.id AS desk_id, desk.parent_id AS organisation_id, desk.level_code,
        desk.qcvn_code,
        (SELECT count(*) FROM procedures p WHERE desk.level_code = ANY(p.levels))::int AS procedure_count
      FROM agencies desk
      WHERE desk.kind IN ('ONE_STOP_DESK', 'SERVICE_CENTRE') AND desk.qcvn_code IS NOT NULL
        AND desk.valid_to IS NULL AND desk.parent_id IS NOT NULL
    ) current_desks
    WHERE procedure_count > 0`);
  await manager.query(`
    CREATE TEMP TABLE bench_procedures ON COMMIT DROP AS
    SELECT level, (row_number() OVER (PARTITION BY level ORDER BY p.code) - 1)::int AS n,
      p.id AS procedure_id, v.id AS version_id, p.sector_id, p.service_level
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.version_no = p.latest_version_no
    CROSS JOIN LATERAL unnest(p.levels) AS level`);
  const [{ count }] = await manager.query<Array<{ count: number }>>(
    'SELECT count(*)::int AS count FROM bench_desks',
  );
  return count;
}

// Rows first..last of total: row i was received (total - i) / total of two years before yesterday,
// at desk i % desks; its number in the code, (i / desks) % 9999 + 1, is then unique per desk and day
// while a desk gets fewer than 9,999 of these dossiers a day (14 a day at 1,000,000).
function insertChunk(manager: EntityManager, first: number, last: number, total: number, desks: number) {
  return manager.query(
    `
    INSERT INTO dossiers (code, row_version, procedure_id, procedure_version_id, receiving_agency_id,
      resolving_agency_id, current_agency_id, assigned_to_id, level_code, sector_id, channel,
      service_level, status, applicant_kind, applicant_name, applicant_phone_last4, submitted_at,
      received_at, due_at, appointment_at, resolved_at, returned_at, ended_at, resolution,
      classification, created_at, updated_at)
    SELECT
      CASE WHEN status IN ${RECEPTION} THEN NULL
        ELSE qcvn_code || '-' || to_char(at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-'
          || lpad(((i / $4) % 9999 + 1)::text, 4, '0') END,
      1, procedure_id, version_id, desk_id, organisation_id,
      CASE WHEN status IN ${AT_UNIT} THEN organisation_id ELSE desk_id END,
      CASE WHEN status IN ${AT_UNIT} THEN ('00000000-0000-4000-8000-'
        || lpad((n * ${SPECIALISTS_PER_ORGANISATION} + i % ${SPECIALISTS_PER_ORGANISATION})::text, 12, '0'))::uuid END,
      level_code, sector_id,
      CASE WHEN status = 'SUBMITTED' OR r2 < 150 THEN 'ONLINE' WHEN r2 < 170 THEN 'POST' ELSE 'DIRECT' END,
      service_level, status,
      CASE WHEN r2 % 25 = 0 THEN 'ORGANISATION' ELSE 'PERSON' END,
      CASE WHEN r2 % 25 = 0 THEN 'Công ty TNHH ' || given || ' ' || family
        ELSE family || ' ' || middle || ' ' || given END,
      lpad((r3 % 10000)::text, 4, '0'),
      at - interval '10 minutes',
      CASE WHEN status IN ${RECEPTION} THEN NULL ELSE at END,
      CASE WHEN status IN ${RECEPTION} THEN NULL ELSE due END,
      CASE WHEN status IN ${RECEPTION} THEN NULL ELSE due END,
      CASE WHEN status IN ('RESOLVED', 'RETURNED') THEN resolved END,
      CASE WHEN status = 'RETURNED' THEN least(resolved + interval '1 day', now()) END,
      CASE WHEN status IN ${ENDED} THEN least(at + interval '2 days', now()) END,
      CASE WHEN status IN ('RESOLVED', 'RETURNED') THEN 'GRANTED' END,
      CASE WHEN status IN ('RESOLVED', 'RETURNED') THEN
        CASE WHEN resolved <= due THEN 'ON_TIME' ELSE 'LATE' END END,
      at, at
    FROM (
      SELECT *,
        at + (1 + r2 % 20) * interval '1 day' AS due,
        least(at + (r2 % 25) * interval '1 day' + interval '3 hours', now() - interval '1 hour') AS resolved,
        CASE WHEN at < now() - interval '${RECENT_DAYS} days' THEN
          CASE WHEN r < 900 THEN 'RETURNED' WHEN r < 925 THEN 'RESOLVED' WHEN r < 945 THEN 'WITHDRAWN'
            WHEN r < 960 THEN 'STOPPED' WHEN r < 980 THEN 'NOT_RECEIVED' ELSE 'IN_PROGRESS' END
        ELSE
          CASE WHEN r < 120 THEN 'RECEIVED' WHEN r < 420 THEN 'IN_PROGRESS'
            WHEN r < 500 THEN 'AWAITING_APPROVAL' WHEN r < 540 THEN 'APPROVED'
            WHEN r < 580 THEN 'SUPPLEMENT_REQUESTED' WHEN r < 600 THEN 'AWAITING_FINANCIAL_OBLIGATION'
            WHEN r < 720 THEN 'RESOLVED' WHEN r < 940 THEN 'RETURNED' WHEN r < 970 THEN 'SUBMITTED'
            WHEN r < 985 THEN 'SUPPLEMENT_REQUESTED_AT_RECEPTION' ELSE 'NOT_RECEIVED' END
        END AS status
      FROM (
        SELECT g.i, d.n, d.desk_id, d.organisation_id, d.level_code, d.qcvn_code,
          p.procedure_id, p.version_id, p.sector_id, p.service_level,
          now() - interval '1 day' - ($3 - g.i)::float8 / $3 * interval '${DAYS} days' AS at,
          abs(hashint4(g.i) % 1000) AS r,
          abs(hashint4(g.i + 1) % 1000) AS r2,
          hashint4(g.i + 2) & 65535 AS r3,
          (${sqlTextArray(FAMILY_NAMES)})[1 + (hashint4(g.i + 3) & 65535) % ${FAMILY_NAMES.length}] AS family,
          (${sqlTextArray(MIDDLE_NAMES)})[1 + (hashint4(g.i + 4) & 65535) % ${MIDDLE_NAMES.length}] AS middle,
          (${sqlTextArray(GIVEN_NAMES)})[1 + (hashint4(g.i + 5) & 65535) % ${GIVEN_NAMES.length}] AS given
        FROM generate_series($1::int, $2::int) AS g(i)
        JOIN bench_desks d ON d.n = g.i % $4
        JOIN bench_procedures p ON p.level = d.level_code AND p.n = (g.i / $4) % d.procedure_count
      ) picked
    ) placed`,
    [first, last, total, desks],
  );
}

// Inserts `total` dossiers, analyses the table, and returns the desks it used (numbered as in
// specialistId).
export async function generateDossiers(dataSource: DataSource, total: number): Promise<BenchDesk[]> {
  const started = performance.now();
  const desks = await dataSource.transaction(async (manager) => {
    const count = await prepare(manager);
    for (let first = 1; first <= total; first += CHUNK) {
      await insertChunk(manager, first, Math.min(total, first + CHUNK - 1), total, count);
    }
    return manager.query<BenchDesk[]>(
      `SELECT n, desk_id AS "deskId", organisation_id AS "organisationId",
         level_code AS "levelCode", qcvn_code AS "qcvnCode"
       FROM bench_desks ORDER BY n`,
    );
  });
  const inserted = performance.now();
  await dataSource.query('ANALYZE dossiers');
  console.log(`intake.generate_${total}_s ${((inserted - started) / 1000).toFixed(1)}`);
  console.log(`intake.analyze_s ${((performance.now() - inserted) / 1000).toFixed(1)}`);
  return desks;
}
