import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type MeasureRow,
  narrowingFilters,
  type ReportGroup,
  type ReportScope,
} from '../report-measures.repository';
import {
  averageWorkingDays,
  CUMULATIVE_COUNTERS,
  type CumulativeCounter,
  type CumulativeCounts,
  measuresBetween,
  type Index766Counts,
  type PeriodMeasures,
  ZERO_CUMULATIVE,
} from './cumulative-counts';
import { type RollupBoundary, rollupBoundary } from './rollup-boundary';
import { DELTAS_TABLE, EVENT_COUNTERS, ROLLUP_TABLES, type RollupTableSet } from './rollup-schema';

export interface RolledMeasureRow extends MeasureRow {
  readonly averageHandlingWorkingDays: number | null;
}

// Each cumulative counter as an aggregate over rollup rows.
const COUNTER_SQL: Readonly<Record<CumulativeCounter, string>> = {
  received: 'sum(r.received)',
  closed: 'sum(r.closed)',
  early: 'sum(r.early)',
  onTime: 'sum(r.on_time)',
  late: 'sum(r.late)',
  withdrawn: 'sum(r.withdrawn)',
  overdue: 'sum(r.overdue)',
  handled: 'sum(r.handled)',
  handlingMinutes: 'sum(r.handling_minutes)',
  receivedOnline: "sum(r.received) FILTER (WHERE r.channel = 'ONLINE')",
  receivedDirect: "sum(r.received) FILTER (WHERE r.channel = 'DIRECT')",
  receivedPost: "sum(r.received) FILTER (WHERE r.channel = 'POST')",
  onlineLevel3: "sum(r.received) FILTER (WHERE r.channel = 'ONLINE' AND r.service_level = 3)",
  onlineLevel4: "sum(r.received) FILTER (WHERE r.channel = 'ONLINE' AND r.service_level = 4)",
  receivedInterAgency: 'sum(r.received) FILTER (WHERE r.inter_agency)',
  closedInterAgency: 'sum(r.closed) FILTER (WHERE r.inter_agency)',
  receivedWithSupplement: 'sum(r.received) FILTER (WHERE r.with_supplement)',
  closedWithSupplement: 'sum(r.closed) FILTER (WHERE r.with_supplement)',
  receivedWithApology: 'sum(r.received) FILTER (WHERE r.with_apology)',
  closedWithApology: 'sum(r.closed) FILTER (WHERE r.with_apology)',
  portalOnTime: 'sum(r.portal_on_time)',
  receivedDigitised: 'sum(r.received_digitised)',
};

const GROUP_KEY: Readonly<Record<ReportGroup, string>> = {
  level: 'r.level_code',
  agency: 'r.resolving_agency_id::text',
  sector: 'r.sector_id::text',
  procedure: 'r.procedure_id::text',
  channel: 'r.channel',
  serviceLevel: 'r.service_level::text',
  month: 'NULL::text',
  none: 'NULL::text',
};
const GROUP_LABEL: Readonly<Record<ReportGroup, string>> = {
  level: 'g.key',
  agency: '(SELECT name FROM agencies WHERE id = g.key::uuid)',
  sector: '(SELECT name FROM sectors WHERE id = g.key::uuid)',
  procedure: '(SELECT name FROM procedures WHERE id = g.key::uuid)',
  channel: 'g.key',
  serviceLevel: "'Mức độ ' || g.key",
  month: 'NULL::text',
  none: 'NULL::text',
};

// One dossier's reporting dimensions, named as in the rollups (the events of the unfinished day
// of a report "as of now" are read from the dossiers).
const DOSSIER_DIMENSIONS = `d.receiving_agency_id, d.resolving_agency_id, d.level_code, d.sector_id,
  d.procedure_id, d.channel, d.service_level, d.inter_agency, d.supplement_count > 0 AS with_supplement,
  d.apology_count > 0 AS with_apology, d.ended_at IS NOT NULL AND d.resolved_at IS NULL AS ended_unresolved`;

interface GroupPeriod {
  readonly key: string | null;
  readonly label: string | null;
  readonly levelCode: string | null;
  readonly period: PeriodMeasures;
}

function toMeasureRow(row: GroupPeriod): RolledMeasureRow {
  const { measures, handled, handlingMinutes } = row.period;
  return {
    key: row.key,
    label: row.label,
    levelCode: row.levelCode,
    ...measures,
    averageHandlingWorkingDays: averageWorkingDays(handled, handlingMinutes),
  };
}

interface GroupCounts {
  readonly boundary: number;
  readonly key: string | null;
  readonly label: string | null;
  readonly levelCode: string | null;
  readonly counts: CumulativeCounts;
}

// The report measures read from the rollups (migrations/…-report-rollups.ts): the same numbers as
// ReportMeasuresRepository's GROUP BY over the dossiers (a test compares them), from a table
// whose size grows with months × reporting dimensions instead of with dossiers.
@Injectable()
export class ReportRollupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async measure(scope: ReportScope, group: ReportGroup, alsoByLevel = false): Promise<RolledMeasureRow[]> {
    const [rows] = await this.segments(scope, [scope.fromMs, scope.toExclusiveMs], group, alsoByLevel);
    const measured = rows.map(toMeasureRow);
    return group === 'none' && measured.length === 0 ? [zeroRow()] : measured;
  }

  // Consecutive periods [b0, b1), [b1, b2) … (a month series) in one reading.
  async series(scope: ReportScope, boundariesMs: readonly number[]): Promise<RolledMeasureRow[]> {
    const segments = await this.segments(scope, boundariesMs, 'none', false);
    return segments.map((rows) => (rows[0] ? toMeasureRow(rows[0]) : zeroRow()));
  }

  // The dossier counts of the service-quality index (Decision 766) for the scope or per
  // resolving agency; the ratings are read apart.
  async index766Counts(
    scope: ReportScope,
    group: 'none' | 'agency',
  ): Promise<Array<{ key: string | null; label: string | null; counts: Index766Counts }>> {
    const [rows] = await this.segments(scope, [scope.fromMs, scope.toExclusiveMs], group, false);
    return rows.map((row) => ({ key: row.key, label: row.label, counts: row.period.index766 }));
  }

  private async segments(
    scope: ReportScope,
    boundariesMs: readonly number[],
    group: ReportGroup,
    alsoByLevel: boolean,
  ): Promise<GroupPeriod[][]> {
    const counts = await this.cumulative(scope, boundariesMs.map(rollupBoundary), group, alsoByLevel);
    const byBoundary = boundariesMs.map(() => new Map<string, GroupCounts>());
    for (const row of counts) {
      byBoundary[row.boundary].set(`${row.levelCode}|${row.key}`, row);
    }
    return boundariesMs.slice(1).map((_, index) => {
      const before = byBoundary[index];
      return [...byBoundary[index + 1].entries()]
        .map(([groupKey, after]): GroupPeriod => ({
          key: after.key,
          label: after.label,
          levelCode: after.levelCode,
          period: measuresBetween(before.get(groupKey)?.counts ?? ZERO_CUMULATIVE, after.counts),
        }))
        .filter((row) => row.period.measures.received > 0); // no dossier of the period: no row
    });
  }

  // The cumulative counters of each group at each boundary, ordered as the reports list groups.
  private async cumulative(
    scope: ReportScope,
    boundaries: readonly RollupBoundary[],
    group: ReportGroup,
    alsoByLevel: boolean,
  ): Promise<GroupCounts[]> {
    const none = '0001-01-01'; // an empty day range
    const parameters: unknown[] = [
      [...scope.agencyIds],
      boundaries.map((boundary) => new Date(boundary.atMs)),
      boundaries.map((boundary) => boundary.monthsBefore),
      boundaries.map((boundary) => boundary.addDays?.from ?? none),
      boundaries.map((boundary) => boundary.addDays?.to ?? none),
      boundaries.map((boundary) => boundary.subtractDays?.from ?? none),
      boundaries.map((boundary) => boundary.subtractDays?.to ?? none),
      boundaries.map((boundary) => boundary.dayStart),
      boundaries.map((boundary) => new Date(boundary.subtractEvents?.fromMs ?? 0)),
      boundaries.map((boundary) => new Date(boundary.subtractEvents?.toMs ?? 0)),
    ];
    const parameter = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    const latestMonth = boundaries
      .map((boundary) => boundary.monthsBefore)
      .sort()
      .at(-1);
    const latestDay = boundaries
      .map((boundary) => boundary.dayStart)
      .sort()
      .at(-1);
    const tables = tablesFor(scope, group); // every set holds the level
    // The rollup tables' columns, and the same computed from the fine ones (deltas, events).
    const columns = [
      ...tables.dimensions,
      ...EVENT_COUNTERS,
      ...tables.splitCounters.map(({ name }) => name),
    ].join(', ');
    const fineColumns = [
      ...tables.dimensions,
      ...EVENT_COUNTERS,
      ...tables.splitCounters.map((split) => `${split.of} AS ${split.name}`),
    ].join(', ');
    const sources = [
      `SELECT 'M' AS src, r.month AS bucket, NULL::timestamptz AS at, ${columns}
       FROM ${tables.month} r WHERE r.month < ${parameter(latestMonth)}`,
      `SELECT 'X', r.day, NULL::timestamptz, ${fineColumns}
       FROM ${DELTAS_TABLE} r WHERE r.day < ${parameter(latestDay)}`,
    ];
    const dayRanges = boundaries.flatMap((boundary) =>
      [boundary.addDays, boundary.subtractDays].filter((range) => range !== null),
    );
    if (dayRanges.length > 0) {
      const ranges = dayRanges.map(
        (range) => `(r.day >= ${parameter(range.from)} AND r.day < ${parameter(range.to)})`,
      );
      sources.push(
        `SELECT 'D', r.day, NULL::timestamptz, ${columns}
         FROM ${tables.day} r WHERE ${ranges.join(' OR ')}`,
      );
    }
    const ranges = boundaries.flatMap((boundary) =>
      boundary.subtractEvents ? [boundary.subtractEvents] : [],
    );
    if (ranges.length > 0) {
      const from = parameter(new Date(Math.min(...ranges.map((range) => range.fromMs))));
      const to = parameter(new Date(Math.max(...ranges.map((range) => range.toMs))));
      const within = (column: string) => `(${column} >= ${from} AND ${column} < ${to})`;
      sources.push(
        `SELECT 'R', NULL::date, e.at, ${fineColumns}
         FROM (SELECT e.at, ${DOSSIER_DIMENSIONS}, ${EVENT_COUNTERS.map((name) => `e.${name}`).join(', ')}
               FROM dossiers d, LATERAL report_events(d) e
               WHERE (${within('d.received_at')} OR ${within('coalesce(d.resolved_at, d.ended_at)')}
                      OR ${within('d.due_at')})
                 AND e.at >= ${from} AND e.at < ${to}) e`,
      );
    }
    const conditions = scope.everyAgency
      ? ['$1::uuid[] IS NOT NULL']
      : [
          '(r.receiving_agency_id IN (SELECT unnest($1::uuid[])) OR r.resolving_agency_id IN (SELECT unnest($1::uuid[])))',
        ];
    for (const [column, value] of narrowingFilters(scope)) {
      conditions.push(`r.${column}::text = ${parameter(value)}`);
    }
    if (scope.policy === 'EXCLUDED') {
      conditions.push('NOT r.ended_unresolved');
    }
    const level = alsoByLevel ? 'r.level_code' : 'NULL::text';
    const counterSql: Record<CumulativeCounter, string> = { ...COUNTER_SQL };
    for (const split of tables.splitCounters) {
      counterSql[split.counter] = `sum(r.${split.name})`;
    }
    const aggregates = CUMULATIVE_COUNTERS.map(
      (counter) => `coalesce(${counterSql[counter]}, 0) AS "${counter}"`,
    ).join(',\n             ');
    const totals = CUMULATIVE_COUNTERS.map(
      (counter) => `sum(w.weight * g."${counter}")::float8 AS "${counter}"`,
    ).join(', ');
    const rows = await this.dataSource.query<
      Array<
        {
          boundary: number;
          key: string | null;
          label: string | null;
          levelCode: string | null;
        } & CumulativeCounts
      >
    >(
      `WITH b AS (
         SELECT * FROM unnest($2::timestamptz[], $3::date[], $4::date[], $5::date[], $6::date[], $7::date[],
             $8::date[], $9::timestamptz[], $10::timestamptz[])
           WITH ORDINALITY AS b(at, months_before, add_from, add_to, subtract_from, subtract_to, day_start,
             events_from, events_to, i)
       ),
       per_bucket AS MATERIALIZED (
         SELECT r.src, r.bucket, r.at, ${GROUP_KEY[group]} AS key, ${level} AS level,
             ${aggregates}
         FROM (${sources.join('\nUNION ALL\n')}) r
         WHERE ${conditions.join(' AND ')}
         GROUP BY 1, 2, 3, 4, 5
       ),
       g AS (
         SELECT (b.i - 1)::int AS boundary, g.key, g.level, ${totals}
         FROM b CROSS JOIN per_bucket g
         CROSS JOIN LATERAL (SELECT CASE
             WHEN g.src = 'M' AND g.bucket < b.months_before THEN 1
             WHEN g.src = 'D' AND g.bucket >= b.add_from AND g.bucket < b.add_to THEN 1
             WHEN g.src = 'D' AND g.bucket >= b.subtract_from AND g.bucket < b.subtract_to THEN -1
             WHEN g.src = 'X' AND g.bucket < b.day_start THEN 1
             WHEN g.src = 'R' AND g.at >= b.events_from AND g.at < b.events_to THEN -1
             ELSE 0 END AS weight) w
         WHERE w.weight <> 0
         GROUP BY 1, 2, 3
       )
       SELECT g.*, ${GROUP_LABEL[group]} AS label, g.level AS "levelCode"
       FROM g ORDER BY g.boundary, g.level NULLS FIRST, label NULLS FIRST`,
      parameters,
    );
    return rows.map((row) => ({
      boundary: row.boundary,
      key: row.key,
      label: row.label,
      levelCode: row.levelCode,
      counts: Object.fromEntries(
        CUMULATIVE_COUNTERS.map((counter) => [counter, Number(row[counter])]),
      ) as Record<CumulativeCounter, number>,
    }));
  }
}

// The smallest tables that hold what the report groups and filters by: the fine ones when it needs
// the channel or service level with the sector or procedure; otherwise by procedure, by sector or
// by agency, whichever is the finest it needs.
function tablesFor(scope: ReportScope, group: ReportGroup): RollupTableSet {
  const needsProcedure = group === 'procedure' || scope.procedureId !== undefined;
  const needsSector = group === 'sector' || scope.sectorId !== undefined;
  const needsChannel = group === 'channel' || group === 'serviceLevel' || scope.channel !== undefined;
  if ((needsProcedure || needsSector) && needsChannel) {
    return ROLLUP_TABLES.fine;
  }
  if (needsProcedure) {
    return ROLLUP_TABLES.byProcedure;
  }
  return needsSector ? ROLLUP_TABLES.bySector : ROLLUP_TABLES.byAgency;
}

function zeroRow(): RolledMeasureRow {
  return {
    key: null,
    label: null,
    levelCode: null,
    ...measuresBetween(ZERO_CUMULATIVE, ZERO_CUMULATIVE).measures,
    averageHandlingWorkingDays: null,
  };
}
