import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DELTAS_TABLE, EVENT_COUNTERS, ROLLUP_TABLES, type RollupTableSet } from './rollup-schema';

const COUNTERS = EVENT_COUNTERS.join(', ');
const SUMS = EVENT_COUNTERS.map((name) => `sum(${name}) AS ${name}`).join(', ');
const FOLD_LOCK = "hashtext('report_rollup_fold')";
const BATCH = 100_000;
// After a fold this large (a historical import, a mass update), the emptied deltas table is
// vacuumed at once: readers scan it, and its dead rows would cost them until autovacuum came.
const VACUUM_AFTER = 50_000;
const TABLE_SETS: readonly RollupTableSet[] = Object.values(ROLLUP_TABLES);

export interface RollupCheck {
  readonly dayRowsDiffering: number; // day groups whose stored counts differ from a recount
  readonly monthRowsDiffering: number; // month groups that are not the sum of their days
  readonly agencyRowsDiffering: number; // rows of the by-agency tables that are not the fine ones summed
  readonly procedureRowsDiffering: number; // the same of the by-procedure tables
  readonly sectorRowsDiffering: number; // the same of the by-sector tables
}

// Every dossier's events, recounted from the dossiers, by Vietnamese day and the fine dimensions.
const FRESH_EVENTS = `
  SELECT (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, d.receiving_agency_id, d.resolving_agency_id,
    d.level_code, d.sector_id, d.procedure_id, d.channel, d.service_level, d.inter_agency,
    d.supplement_count > 0 AS with_supplement, d.apology_count > 0 AS with_apology,
    d.ended_at IS NOT NULL AND d.resolved_at IS NULL AS ended_unresolved,
    ${EVENT_COUNTERS.map((name) => `e.${name}`).join(', ')}
  FROM dossiers d, LATERAL report_events(d) e`;

// A set's counter columns, and their sums over rows of the fine columns (the split counters
// computed from the dimensions they stand for).
function countersOf(set: RollupTableSet): string[] {
  return [...EVENT_COUNTERS, ...set.splitCounters.map((split) => split.name)];
}
function sumsFromFine(set: RollupTableSet): string {
  return [SUMS, ...set.splitCounters.map((split) => `sum(${split.of}) AS ${split.name}`)].join(', ');
}

// A day row's bucket in a day or month table.
const bucketOf = (bucket: 'day' | 'month') => (bucket === 'day' ? 'day' : "date_trunc('month', day)::date");

// The upsert of one rollup table from the CTE `moved` (deltas by day).
function foldInto(set: RollupTableSet, bucket: 'day' | 'month'): string {
  const dimensions = set.dimensions.join(', ');
  const counters = countersOf(set);
  const accumulate = counters.map((name) => `${name} = t.${name} + EXCLUDED.${name}`).join(', ');
  return `INSERT INTO ${set[bucket]} AS t (${bucket}, ${dimensions}, ${counters.join(', ')})
          SELECT ${bucketOf(bucket)}, ${dimensions}, ${sumsFromFine(set)} FROM moved GROUP BY 1, ${dimensions}
          ON CONFLICT (${bucket}, ${dimensions}) DO UPDATE SET ${accumulate}`;
}

// Folds the deltas the dossiers' triggers append into the rollup tables, and checks the rollups
// against a recount from the dossiers.
@Injectable()
export class ReportRollupFolder {
  constructor(private readonly dataSource: DataSource) {}

  // One fold at a time (others skip); the deltas taken are removed and added in one transaction,
  // so a reader sees them either as deltas or in the rollups, never twice nor not at all.
  async fold(): Promise<number> {
    const upserts = TABLE_SETS.flatMap((set, index) => [
      `day_${index} AS (${foldInto(set, 'day')})`,
      `month_${index} AS (${foldInto(set, 'month')})`,
    ]);
    const fine = ROLLUP_TABLES.fine.dimensions.join(', ');
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
             DELETE FROM ${DELTAS_TABLE}
             WHERE id IN (SELECT id FROM ${DELTAS_TABLE} ORDER BY id LIMIT $1)
             RETURNING day, ${fine}, ${COUNTERS}
           ),
           ${upserts.join(',\n')}
           SELECT count(*)::int AS count FROM moved`,
          [BATCH],
        );
        return count;
      });
      total += moved;
      if (moved < BATCH) {
        if (total >= VACUUM_AFTER) {
          await this.dataSource.query(`VACUUM (ANALYZE) ${DELTAS_TABLE}`);
        }
        return total;
      }
    }
  }

  // Rebuilds every rollup table from the dossiers, for an operator after check() found a
  // difference (npm run reports:rollups -- rebuild). Dossier writes wait while it runs (the
  // recount and the emptied deltas must be of one state), and so do the reports (the tables are
  // truncated): minutes at national scale, so out of office hours. Returns the day rows written.
  async rebuild(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`); // a running fold finishes first
      await manager.query('LOCK TABLE dossiers IN SHARE MODE');
      const tables = TABLE_SETS.flatMap((set) => [set.day, set.month]);
      await manager.query(`TRUNCATE ${[DELTAS_TABLE, ...tables].join(', ')}`);
      const fine = ROLLUP_TABLES.fine;
      const dimensions = fine.dimensions.join(', ');
      const nonZero = EVENT_COUNTERS.map((name) => `sum(${name}) <> 0`).join(' OR ');
      await manager.query(
        `INSERT INTO ${fine.day} (day, ${dimensions}, ${COUNTERS})
         SELECT day, ${dimensions}, ${SUMS} FROM (${FRESH_EVENTS}) fresh
         GROUP BY day, ${dimensions} HAVING ${nonZero}`,
      );
      for (const set of TABLE_SETS) {
        const setDimensions = set.dimensions.join(', ');
        for (const bucket of ['day', 'month'] as const) {
          if (set === fine && bucket === 'day') {
            continue;
          }
          await manager.query(
            `INSERT INTO ${set[bucket]} (${bucket}, ${setDimensions}, ${countersOf(set).join(', ')})
             SELECT ${bucketOf(bucket)}, ${setDimensions}, ${sumsFromFine(set)} FROM ${fine.day} GROUP BY 1, ${setDimensions}`,
          );
        }
      }
      const [{ rows }] = await manager.query<Array<{ rows: number }>>(
        `SELECT count(*)::int AS rows FROM ${fine.day}`,
      );
      return rows;
    });
  }

  // Recounts every dossier's events from scratch and compares with the day rollup plus the
  // unfolded deltas, each month with the sum of its days, and the coarser tables (by agency, by
  // procedure, by sector) with the fine ones summed; all are 0 when all is well.
  async check(): Promise<RollupCheck> {
    const fine = ROLLUP_TABLES.fine;
    const dimensions = fine.dimensions.join(', ');
    const [{ dayRowsDiffering }] = await this.dataSource.query<Array<{ dayRowsDiffering: number }>>(
      `WITH fresh AS (${FRESH_EVENTS}),
       a AS (SELECT day, ${dimensions}, ${SUMS} FROM fresh GROUP BY day, ${dimensions}),
       b AS (
         SELECT day, ${dimensions}, ${SUMS}
         FROM (SELECT day, ${dimensions}, ${COUNTERS} FROM ${fine.day}
               UNION ALL SELECT day, ${dimensions}, ${COUNTERS} FROM ${DELTAS_TABLE}) stored
         GROUP BY day, ${dimensions}
       )
       ${differing('dayRowsDiffering', 'day', dimensions)}`,
    );
    const [{ monthRowsDiffering }] = await this.dataSource.query<Array<{ monthRowsDiffering: number }>>(
      `WITH a AS (SELECT ${bucketOf('month')} AS month, ${dimensions}, ${SUMS}
                  FROM ${fine.day} GROUP BY 1, ${dimensions}),
            b AS (SELECT month, ${dimensions}, ${COUNTERS} FROM ${fine.month})
       ${differing('monthRowsDiffering', 'month', dimensions)}`,
    );
    const coarserRowsDiffering = async (coarse: RollupTableSet) => {
      let rows = 0;
      const dimensions = coarse.dimensions.join(', ');
      for (const bucket of ['day', 'month'] as const) {
        const [found] = await this.dataSource.query<Array<{ rows: number }>>(
          `WITH a AS (SELECT ${bucket}, ${dimensions}, ${sumsFromFine(coarse)} FROM ${fine[bucket]}
                      GROUP BY ${bucket}, ${dimensions}),
                b AS (SELECT ${bucket}, ${dimensions}, ${countersOf(coarse).join(', ')} FROM ${coarse[bucket]})
           ${differing('rows', bucket, dimensions, countersOf(coarse))}`,
        );
        rows += found.rows;
      }
      return rows;
    };
    return {
      dayRowsDiffering,
      monthRowsDiffering,
      agencyRowsDiffering: await coarserRowsDiffering(ROLLUP_TABLES.byAgency),
      procedureRowsDiffering: await coarserRowsDiffering(ROLLUP_TABLES.byProcedure),
      sectorRowsDiffering: await coarserRowsDiffering(ROLLUP_TABLES.bySector),
    };
  }
}

// Rows of a and b (same key) whose counters differ, a missing row counting as zeros.
function differing(
  alias: string,
  bucket: string,
  dimensions: string,
  counters: readonly string[] = EVENT_COUNTERS,
): string {
  const differs = counters.map((name) => `coalesce(a.${name}, 0) <> coalesce(b.${name}, 0)`).join(' OR ');
  return `SELECT count(*)::int AS "${alias}" FROM a FULL JOIN b USING (${bucket}, ${dimensions}) WHERE ${differs}`;
}
