import { type DataSource } from 'typeorm';

// Inter-agency routes for the reports bench: about 3 in 100 received dossiers get two route
// steps, at their resolving committee and then at the province, so that lateness attribution and
// its drill-down read real steps. The first step is late for about half of them (one to four
// days' work against two allotted); the second is open while the dossier is, else it ended with
// the dossier; a closed dossier keeps its first late step's agency, as the workflow does. Added
// once: a kept bench database that has steps is left as it is.
export async function generateRouteSteps(dataSource: DataSource): Promise<number> {
  const [{ present }] = await dataSource.query<Array<{ present: number }>>(
    'SELECT count(*)::int AS present FROM dossier_steps',
  );
  if (present > 0) {
    return present;
  }
  const [{ id: province }] = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM agencies WHERE key = 'PY-PROVINCE-54'`,
  );
  await dataSource.query(
    `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status,
       planned_due_at, started_at, due_at, completed_at, result)
     SELECT d.id, v.sequence, v.agency_id, v.level_code, 'Phần việc', v.allotted, v.status,
       v.due_at, v.started_at, v.due_at, v.completed_at, v.result
     FROM (
       SELECT d.*, d.received_at + interval '1 hour' AS first_start,
         d.received_at + interval '1 hour' + (1 + abs(hashtext(d.id::text)) % 4) * interval '1 day' AS first_end,
         coalesce(d.resolved_at, d.ended_at) AS closed_at
       FROM dossiers d
       WHERE d.received_at IS NOT NULL AND abs(hashtext(d.id::text)) % 100 < 3
     ) d
     CROSS JOIN LATERAL (VALUES
       (1, d.resolving_agency_id, d.level_code, '{"amount": 2, "unit": "WORKING_DAYS"}'::jsonb,
        'DONE', d.first_start, d.first_start + interval '2 days', d.first_end,
        CASE WHEN d.first_end > d.first_start + interval '2 days' THEN 'LATE' ELSE 'ON_TIME' END),
       (2, $1::uuid, 'PROVINCE', '{"amount": 3, "unit": "WORKING_DAYS"}'::jsonb,
        CASE WHEN d.closed_at IS NULL THEN 'ACTIVE' ELSE 'DONE' END,
        d.first_end, d.first_end + interval '3 days', d.closed_at,
        CASE WHEN d.closed_at IS NULL THEN NULL
          WHEN d.closed_at > d.first_end + interval '3 days' THEN 'LATE' ELSE 'ON_TIME' END)
     ) AS v(sequence, agency_id, level_code, allotted, status, started_at, due_at, completed_at, result)`,
    [province],
  );
  // What the workflow keeps at a dossier's close: its first late step's agency.
  await dataSource.query(
    `UPDATE dossiers d SET late_step_agency_id = late.agency_id
     FROM (SELECT DISTINCT ON (dossier_id) dossier_id, agency_id FROM dossier_steps
           WHERE result = 'LATE' ORDER BY dossier_id, sequence) late
     WHERE d.id = late.dossier_id AND coalesce(d.resolved_at, d.ended_at) IS NOT NULL`,
  );
  await dataSource.query('ANALYZE dossier_steps');
  await dataSource.query('ANALYZE dossiers');
  const [{ steps }] = await dataSource.query<Array<{ steps: number }>>(
    'SELECT count(*)::int AS steps FROM dossier_steps',
  );
  return steps;
}
