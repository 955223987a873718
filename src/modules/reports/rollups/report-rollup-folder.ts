import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const DIMENSIONS = `receiving_agency_id, resolving_agency_id, level_code, sector_id, procedure_id, channel,
  service_level, inter_agency, with_supplement, with_apology, ended_unresolved`;
const COUNTERS = [
  'received',
  'closed',
  'early',
  'on_time',
  'late',
  'withdrawn',
  'overdue',
  'handled',
  'handling_minutes',
];
const SUMS = COUNTERS.map((name) => `sum(${name}) AS ${name}`).join(', ');
const accumulate = (table: string) =>
  COUNTERS.map((name) => `${name} = ${table}.${name} + EXCLUDED.${name}`).join(', ');
const FOLD_LOCK = "hashtext('report_rollup_fold')";
const BATCH = 100_000;

export interface RollupCheck {
  readonly dayRowsDiffering: number; // day groups whose stored counts differ from a recount
  readonly monthRowsDiffering: number; // month groups that are not the sum of their days
}

// Folds the deltas the dossiers' triggers append into the day and month rollups, and checks the
// rollups against a recount from the dossiers.
@Injectable()
export class ReportRollupFolder {
  constructor(private readonly dataSource: DataSource) {}

  // One fold at a time (others skip); the deltas taken are removed and added in one transaction,
  // so a reader sees them either as deltas or in the rollups, never twice nor not at all.
  async fold(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query<Array<{ locked: boolean }>>(
          `SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS locked`,
        );
        if (!locked) {
          return 0;
        }
        const [{ count }] = await manager.query<Array<{ count: number }>>(
          `WITH moved AS (
             DELETE FROM report_count_deltas
             WHERE id IN (SELECT id FROM report_count_deltas ORDER BY id LIMIT $1)
             RETURNING day, ${DIMENSIONS}, ${COUNTERS.join(', ')}
           ),
           by_day AS (
             INSERT INTO report_counts_day AS t (day, ${DIMENSIONS}, ${COUNTERS.join(', ')})
             SELECT day, ${DIMENSIONS}, ${SUMS} FROM moved GROUP BY day, ${DIMENSIONS}
             ON CONFLICT (day, ${DIMENSIONS}) DO UPDATE SET ${accumulate('t')}
           ),
           by_month AS (
             INSERT INTO report_counts_month AS t (month, ${DIMENSIONS}, ${COUNTERS.join(', ')})
             SELECT date_trunc('month', day)::date, ${DIMENSIONS}, ${SUMS}
             FROM moved GROUP BY 1, ${DIMENSIONS}
             ON CONFLICT (month, ${DIMENSIONS}) DO UPDATE SET ${accumulate('t')}
           )
           SELECT count(*)::int AS count FROM moved`,
          [BATCH],
        );
        return count;
      });
      total += moved;
      if (moved < BATCH) {
        return total;
      }
    }
  }

  // Recounts every dossier's events from scratch and compares with the day rollup plus the
  // unfolded deltas, and each month with the sum of its days; both are 0 when all is well.
  async check(): Promise<RollupCheck> {
    const differs = COUNTERS.map((name) => `coalesce(a.${name}, 0) <> coalesce(b.${name}, 0)`).join(' OR ');
    const [{ dayRowsDiffering }] = await this.dataSource.query<Array<{ dayRowsDiffering: number }>>(
      `WITH fresh AS (
         SELECT (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, d.receiving_agency_id,
           d.resolving_agency_id, d.level_code, d.sector_id, d.procedure_id, d.channel, d.service_level,
           d.inter_agency, d.supplement_count > 0 AS with_supplement, d.apology_count > 0 AS with_apology,
           d.ended_at IS NOT NULL AND d.resolved_at IS NULL AS ended_unresolved,
           e.received, e.closed, e.early, e.on_time, e.late, e.withdrawn, e.overdue, e.handled, e.handling_minutes
         FROM dossiers d, LATERAL report_events(d) e
       ),
       a AS (SELECT day, ${DIMENSIONS}, ${SUMS} FROM fresh GROUP BY day, ${DIMENSIONS}),
       b AS (
         SELECT day, ${DIMENSIONS}, ${SUMS}
         FROM (SELECT day, ${DIMENSIONS}, ${COUNTERS.join(', ')} FROM report_counts_day
               UNION ALL SELECT day, ${DIMENSIONS}, ${COUNTERS.join(', ')} FROM report_count_deltas) stored
         GROUP BY day, ${DIMENSIONS}
       )
       SELECT count(*)::int AS "dayRowsDiffering" FROM a FULL JOIN b USING (day, ${DIMENSIONS}) WHERE ${differs}`,
    );
    const [{ monthRowsDiffering }] = await this.dataSource.query<Array<{ monthRowsDiffering: number }>>(
      `WITH a AS (SELECT date_trunc('month', day)::date AS month, ${DIMENSIONS}, ${SUMS}
                  FROM report_counts_day GROUP BY 1, ${DIMENSIONS}),
            b AS (SELECT month, ${DIMENSIONS}, ${COUNTERS.join(', ')} FROM report_counts_month)
       SELECT count(*)::int AS "monthRowsDiffering" FROM a FULL JOIN b USING (month, ${DIMENSIONS}) WHERE ${differs}`,
    );
    return { dayRowsDiffering, monthRowsDiffering };
  }
}
