import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Rollups of the report measures (issue 8): each dossier is a handful of dated events (received;
// closed, with its class; became overdue while open), counted per Vietnamese day and month and
// per reporting dimension. Statement triggers on dossiers append the change of a statement's
// events to report_count_deltas in the same transaction (old rows negated, new rows added), so
// the rollups can never disagree with the dossiers; a job folds the deltas into the day and month
// tables, and readers add the deltas not folded yet. See src/modules/reports/rollups/.
const DIMENSIONS = `
  receiving_agency_id uuid NOT NULL,
  resolving_agency_id uuid NOT NULL,
  level_code varchar(20) NOT NULL,
  sector_id uuid NOT NULL,
  procedure_id uuid NOT NULL,
  channel varchar(10) NOT NULL,
  service_level smallint NOT NULL,
  inter_agency boolean NOT NULL,
  with_supplement boolean NOT NULL,
  with_apology boolean NOT NULL,
  ended_unresolved boolean NOT NULL`;
const DIMENSION_NAMES = `receiving_agency_id, resolving_agency_id, level_code, sector_id, procedure_id, channel,
  service_level, inter_agency, with_supplement, with_apology, ended_unresolved`;
const COUNTERS = `
  received integer NOT NULL,
  closed integer NOT NULL,
  early integer NOT NULL,
  on_time integer NOT NULL,
  late integer NOT NULL,
  withdrawn integer NOT NULL,
  overdue integer NOT NULL,
  handled integer NOT NULL,
  handling_minutes bigint NOT NULL,
  portal_on_time integer NOT NULL,
  received_digitised integer NOT NULL`;
const COUNTER_NAMES = [
  'received',
  'closed',
  'early',
  'on_time',
  'late',
  'withdrawn',
  'overdue',
  'handled',
  'handling_minutes',
  'portal_on_time',
  'received_digitised',
];
const sums = (prefix = '') => COUNTER_NAMES.map((name) => `sum(${prefix}${name})`).join(', ');
const nonZero = COUNTER_NAMES.map((name) => `sum(${name}) <> 0`).join(' OR ');

// The events of one dossier (nothing before its receipt):
// - at received_at: received;
// - at its close (resolved_at, else ended_at): closed, in its class (a resolution's stored
//   classification; a withdrawal or stop on time when by the appointment; none when unknown — a
//   resolution without a classification, an end without an appointment — as the raw GROUP BY),
//   withdrawn when ended without a result, and its handling time;
// - at greatest(received_at, due_at), if still open then: overdue +1, and -1 at its close.
// Summed over the events before an instant T: received - closed = in progress at T, overdue =
// in progress and past due at T (domain/dossier-period-facts.ts says the same per dossier).
// For the service-quality index (Decision 766) the received event also says whether the dossier
// holds a digitised document, and a resolution whether it is on time as the national portal
// counts it: resolved minus the SUPPLEMENT pauses of its clock by the appointment (the deadline
// when none was promised), with at most one supplement request (domain/index-766.ts).
const EVENTS_FUNCTION = `
CREATE FUNCTION report_events(d dossiers)
RETURNS TABLE (at timestamptz, received integer, closed integer, early integer, on_time integer,
  late integer, withdrawn integer, overdue integer, handled integer, handling_minutes bigint,
  portal_on_time integer, received_digitised integer)
LANGUAGE sql STABLE AS $fn$
  SELECT e.at, e.received, e.closed, e.early, e.on_time, e.late, e.withdrawn, e.overdue, e.handled,
         e.handling_minutes, e.portal_on_time, e.received_digitised
  FROM (SELECT coalesce(d.resolved_at, d.ended_at) AS closed_at,
               (d.resolved_at IS NOT NULL AND d.supplement_count <= 1
                AND (extract(epoch FROM d.resolved_at) * 1000)::bigint - coalesce((
                  SELECT sum(coalesce((p->>'toMs')::bigint, (extract(epoch FROM d.resolved_at) * 1000)::bigint)
                             - (p->>'fromMs')::bigint)
                  FROM jsonb_array_elements(CASE jsonb_typeof(d.clock->'pauses')
                    WHEN 'array' THEN d.clock->'pauses' ELSE '[]'::jsonb END) p
                  WHERE p->>'reason' = 'SUPPLEMENT'), 0)
                  <= (extract(epoch FROM coalesce(d.appointment_at, d.due_at)) * 1000)::bigint) AS portal_on_time,
               (jsonb_typeof(d.documents) = 'array' AND EXISTS (
                  SELECT 1 FROM jsonb_array_elements(d.documents) doc WHERE doc->>'digitised' = 'true')) AS digitised,
               CASE WHEN d.resolved_at IS NOT NULL THEN d.classification
                    WHEN d.ended_at <= d.appointment_at THEN 'ON_TIME'
                    WHEN d.ended_at > d.appointment_at THEN 'LATE' END AS class,
               CASE WHEN d.due_at IS NOT NULL THEN greatest(d.received_at, d.due_at) END AS overdue_at) f,
  LATERAL (VALUES
    (d.received_at, 1, 0, 0, 0, 0, 0, 0, 0, 0::bigint, 0, f.digitised::int),
    (f.closed_at, 0, 1, coalesce(f.class = 'EARLY', false)::int, coalesce(f.class = 'ON_TIME', false)::int,
      coalesce(f.class = 'LATE', false)::int,
      (d.resolved_at IS NULL)::int,
      CASE WHEN f.overdue_at < f.closed_at THEN -1 ELSE 0 END,
      (d.resolved_at IS NOT NULL AND d.handling_working_minutes IS NOT NULL)::int,
      coalesce(CASE WHEN d.resolved_at IS NOT NULL THEN d.handling_working_minutes END, 0)::bigint,
      coalesce(f.portal_on_time, false)::int, 0),
    (CASE WHEN f.closed_at IS NULL OR f.overdue_at < f.closed_at THEN f.overdue_at END,
      0, 0, 0, 0, 0, 0, 1, 0, 0::bigint, 0, 0)
  ) e(at, received, closed, early, on_time, late, withdrawn, overdue, handled, handling_minutes,
      portal_on_time, received_digitised)
  WHERE d.received_at IS NOT NULL AND e.at IS NOT NULL
$fn$`;

// One dossier row's dimension values, as stored in the rollups.
const dimensionsOf = (alias: string) => `${alias}.receiving_agency_id, ${alias}.resolving_agency_id,
  ${alias}.level_code, ${alias}.sector_id, ${alias}.procedure_id, ${alias}.channel, ${alias}.service_level,
  ${alias}.inter_agency, ${alias}.supplement_count > 0 AS with_supplement, ${alias}.apology_count > 0 AS with_apology,
  ${alias}.ended_at IS NOT NULL AND ${alias}.resolved_at IS NULL AS ended_unresolved`;
const VIETNAM_DAY = "(e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
const eventsOf = (table: string, sign: string) =>
  `SELECT ${VIETNAM_DAY} AS day, ${dimensionsOf('r')},
     ${COUNTER_NAMES.map((name) => `${sign}e.${name} AS ${name}`).join(', ')}
   FROM ${table} r, LATERAL report_events(r) e`;

const capture = (name: string, body: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO report_count_deltas (day, ${DIMENSION_NAMES}, ${COUNTER_NAMES.join(', ')})
  SELECT day, ${DIMENSION_NAMES}, ${sums()}
  FROM (${body}) changed
  GROUP BY day, ${DIMENSION_NAMES}
  HAVING ${nonZero};
  RETURN NULL;
END
$fn$`;

// The same counts without sector and procedure, for the reports that neither group nor filter by
// them (an order of magnitude fewer rows).
const AGENCY_DIMENSIONS = `
  receiving_agency_id uuid NOT NULL,
  resolving_agency_id uuid NOT NULL,
  level_code varchar(20) NOT NULL,
  channel varchar(10) NOT NULL,
  service_level smallint NOT NULL,
  inter_agency boolean NOT NULL,
  with_supplement boolean NOT NULL,
  with_apology boolean NOT NULL,
  ended_unresolved boolean NOT NULL`;
const AGENCY_DIMENSION_NAMES = `receiving_agency_id, resolving_agency_id, level_code, channel, service_level,
  inter_agency, with_supplement, with_apology, ended_unresolved`;

export class ReportRollups1795741100000 implements MigrationInterface {
  name = 'ReportRollups1795741100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const key = `${DIMENSION_NAMES}`;
    await queryRunner.query(
      `CREATE TABLE report_count_deltas (id bigserial PRIMARY KEY, day date NOT NULL, ${DIMENSIONS}, ${COUNTERS})`,
    );
    await queryRunner.query(
      `CREATE TABLE report_counts_day (day date NOT NULL, ${DIMENSIONS}, ${COUNTERS}, PRIMARY KEY (day, ${key}))`,
    );
    await queryRunner.query(
      `CREATE TABLE report_counts_month (month date NOT NULL, ${DIMENSIONS}, ${COUNTERS}, PRIMARY KEY (month, ${key}))`,
    );
    await queryRunner.query(EVENTS_FUNCTION);
    await queryRunner.query(
      `INSERT INTO report_counts_day (day, ${key}, ${COUNTER_NAMES.join(', ')})
       SELECT day, ${key}, ${sums()} FROM (${eventsOf('dossiers', '')}) events GROUP BY day, ${key}`,
    );
    await queryRunner.query(
      `INSERT INTO report_counts_month (month, ${key}, ${COUNTER_NAMES.join(', ')})
       SELECT date_trunc('month', day)::date, ${key}, ${sums()} FROM report_counts_day GROUP BY 1, ${key}`,
    );
    for (const bucket of ['day', 'month']) {
      await queryRunner.query(
        `CREATE TABLE report_agency_counts_${bucket} (${bucket} date NOT NULL, ${AGENCY_DIMENSIONS}, ${COUNTERS},
           PRIMARY KEY (${bucket}, ${AGENCY_DIMENSION_NAMES}))`,
      );
      await queryRunner.query(
        `INSERT INTO report_agency_counts_${bucket} (${bucket}, ${AGENCY_DIMENSION_NAMES}, ${COUNTER_NAMES.join(', ')})
         SELECT ${bucket}, ${AGENCY_DIMENSION_NAMES}, ${sums()} FROM report_counts_${bucket}
         GROUP BY ${bucket}, ${AGENCY_DIMENSION_NAMES}`,
      );
    }
    await queryRunner.query(capture('report_capture_insert', eventsOf('new_rows', '')));
    await queryRunner.query(
      capture('report_capture_update', `${eventsOf('old_rows', '-')} UNION ALL ${eventsOf('new_rows', '')}`),
    );
    await queryRunner.query(capture('report_capture_delete', eventsOf('old_rows', '-')));
    await queryRunner.query(
      `CREATE TRIGGER report_capture_insert AFTER INSERT ON dossiers REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION report_capture_insert()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER report_capture_update AFTER UPDATE ON dossiers
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION report_capture_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER report_capture_delete AFTER DELETE ON dossiers REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION report_capture_delete()`,
    );
    // The events of the last, unfinished day of a report ending now are read from the dossiers.
    await queryRunner.query('CREATE INDEX "IDX_dossiers_received_at" ON dossiers (received_at)');
    await queryRunner.query(
      'CREATE INDEX "IDX_dossiers_closed_at" ON dossiers ((coalesce(resolved_at, ended_at)))',
    );
    // Handling time (average and median) of the dossiers resolved within a period, read from the
    // index alone.
    await queryRunner.query(
      `CREATE INDEX "IDX_dossiers_resolved_handling" ON dossiers (resolved_at)
       INCLUDE (handling_working_minutes, receiving_agency_id, resolving_agency_id, level_code, sector_id,
         procedure_id, channel)
       WHERE handling_working_minutes IS NOT NULL`,
    );
    // Satisfaction: the ratings recorded within a period.
    await queryRunner.query(
      'CREATE INDEX "IDX_dossier_evaluations_recorded_at" ON dossier_evaluations (recorded_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_dossier_evaluations_recorded_at"');
    await queryRunner.query('DROP INDEX "IDX_dossiers_resolved_handling"');
    await queryRunner.query('DROP INDEX "IDX_dossiers_closed_at"');
    await queryRunner.query('DROP INDEX "IDX_dossiers_received_at"');
    for (const name of ['report_capture_insert', 'report_capture_update', 'report_capture_delete']) {
      await queryRunner.query(`DROP TRIGGER ${name} ON dossiers`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query('DROP FUNCTION report_events(dossiers)');
    await queryRunner.query('DROP TABLE report_agency_counts_month');
    await queryRunner.query('DROP TABLE report_agency_counts_day');
    await queryRunner.query('DROP TABLE report_counts_month');
    await queryRunner.query('DROP TABLE report_counts_day');
    await queryRunner.query('DROP TABLE report_count_deltas');
  }
}
