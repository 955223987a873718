import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WITHDRAWN_POLICIES, type WithdrawnPolicy } from './domain/dossier-period-facts';

// The measures of the periodic report (domain.md, Statistics) as one GROUP BY over the dossiers,
// each column a FILTER that mirrors domain/dossier-period-facts.ts (a test compares the two).
// A period is [from, toExclusive) of Vietnamese midnights. Withdrawn and stopped dossiers
// (ended, never resolved) follow the policy: RESOLVED_BY_APPOINTMENT counts one ended within the
// period as resolved, on time if ended by the appointment and late otherwise; EXCLUDED leaves
// them out everywhere.
export { WITHDRAWN_POLICIES, type WithdrawnPolicy };

export const REPORT_GROUPS = [
  'level',
  'agency',
  'sector',
  'procedure',
  'channel',
  'serviceLevel',
  'month',
  'none',
] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export const MEASURES = [
  'received',
  'newOnline',
  'newDirect',
  'newPost',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'inProgress',
  'withinTime',
  'overdue',
  'withdrawn',
  'interAgency',
  'supplementRequests',
  'apologies',
  'onlineLevel3',
  'onlineLevel4',
] as const;
export type Measure = (typeof MEASURES)[number];

export interface MeasureRow extends Record<Measure, number> {
  readonly key: string | null;
  readonly label: string | null;
  readonly levelCode: string | null;
}

export interface ReportScope {
  readonly agencyIds: readonly string[];
  // The agencies are every agency there is (the province's own leaders): no dossier is outside.
  readonly everyAgency?: boolean;
  readonly fromMs: number;
  readonly toExclusiveMs: number;
  readonly policy: WithdrawnPolicy;
  // Narrowing filters (a drill-down from a grouped row, or the caller's query).
  readonly levelCode?: string;
  readonly sectorId?: string;
  readonly procedureId?: string;
  readonly channel?: string;
  readonly resolvingAgencyId?: string;
}

// SQL conditions over `d` with $1 = from, $2 = toExclusive.
const ENDED_UNRESOLVED = 'd.ended_at IS NOT NULL AND d.resolved_at IS NULL';
const RESOLVED_IN = 'd.resolved_at >= $1 AND d.resolved_at < $2';
const ENDED_IN = `${ENDED_UNRESOLVED} AND d.ended_at >= $1 AND d.ended_at < $2`;
const OPEN_AT_END =
  '(d.resolved_at IS NULL OR d.resolved_at >= $2) AND (d.ended_at IS NULL OR d.ended_at >= $2)';

export const MEASURE_CONDITIONS: Readonly<Record<Measure, string>> = {
  received: 'TRUE',
  newOnline: "d.received_at >= $1 AND d.channel = 'ONLINE'",
  newDirect: "d.received_at >= $1 AND d.channel = 'DIRECT'",
  newPost: "d.received_at >= $1 AND d.channel = 'POST'",
  carriedOver: 'd.received_at < $1',
  resolved: `(${RESOLVED_IN}) OR (${ENDED_IN})`,
  early: `${RESOLVED_IN} AND d.classification = 'EARLY'`,
  onTime: `(${RESOLVED_IN} AND d.classification = 'ON_TIME') OR (${ENDED_IN} AND d.ended_at <= d.appointment_at)`,
  late: `(${RESOLVED_IN} AND d.classification = 'LATE') OR (${ENDED_IN} AND d.ended_at > d.appointment_at)`,
  inProgress: OPEN_AT_END,
  withinTime: `${OPEN_AT_END} AND d.due_at >= $2`,
  overdue: `${OPEN_AT_END} AND d.due_at < $2`,
  withdrawn: ENDED_IN,
  interAgency: 'd.inter_agency',
  supplementRequests: 'd.supplement_count > 0',
  apologies: 'd.apology_count > 0',
  // New online dossiers by online service level (the national portal's level 3 / level 4 counts).
  onlineLevel3: "d.received_at >= $1 AND d.channel = 'ONLINE' AND d.service_level = 3",
  onlineLevel4: "d.received_at >= $1 AND d.channel = 'ONLINE' AND d.service_level = 4",
};

// A number of a report: a measure, or a row of the lateness report (late dossiers whose first
// late step was this agency's, or, with 'none', those with no late step).
export interface NumberBehind {
  readonly measure: Measure;
  readonly lateStepAgencyId?: string;
}

export const WITHOUT_LATE_STEP = 'none';

const isLateStepAgency = (lateStepAgencyId: string | undefined) =>
  lateStepAgencyId !== undefined && lateStepAgencyId !== WITHOUT_LATE_STEP;

// The measures of dossiers closed (resolved, withdrawn or stopped) within the period: each one's
// condition implies CLOSED_IN (IDX_dossiers_closed_at is on the same expression).
const CLOSED_MEASURES: ReadonlySet<Measure> = new Set(['resolved', 'early', 'onTime', 'late', 'withdrawn']);
const CLOSED_AT = 'coalesce(d.resolved_at, d.ended_at)';
const CLOSED_IN = `${CLOSED_AT} >= $1 AND ${CLOSED_AT} < $2`;

const GROUPING: Readonly<Record<ReportGroup, { key: string; label: string; join: string }>> = {
  level: { key: 'd.level_code', label: 'd.level_code', join: '' },
  agency: {
    key: 'd.resolving_agency_id::text',
    label: 'a.name',
    join: 'JOIN agencies a ON a.id = d.resolving_agency_id',
  },
  sector: { key: 'd.sector_id::text', label: 's.name', join: 'JOIN sectors s ON s.id = d.sector_id' },
  procedure: {
    key: 'd.procedure_id::text',
    label: 'p.name',
    join: 'JOIN procedures p ON p.id = d.procedure_id',
  },
  channel: { key: 'd.channel', label: 'd.channel', join: '' },
  serviceLevel: { key: 'd.service_level::text', label: "'Mức độ ' || d.service_level", join: '' },
  // Months are separate periods (the service measures each); here they are one row.
  month: { key: 'NULL::text', label: 'NULL::text', join: '' },
  none: { key: 'NULL::text', label: 'NULL::text', join: '' },
};

@Injectable()
export class ReportMeasuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async measure(scope: ReportScope, group: ReportGroup, alsoByLevel = false): Promise<MeasureRow[]> {
    const grouping = GROUPING[group];
    const { where, parameters } = relevantDossiers(scope);
    const level = alsoByLevel ? 'd.level_code' : 'NULL::text';
    const columns = MEASURES.map(
      (measure) => `count(*) FILTER (WHERE ${MEASURE_CONDITIONS[measure]})::int AS "${measure}"`,
    ).join(',\n         ');
    const rows = await this.dataSource.query<MeasureRow[]>(
      `SELECT ${grouping.key} AS key, ${grouping.label} AS label, ${level} AS "levelCode",
         ${columns}
       FROM dossiers d ${grouping.join}
       WHERE ${where}
       GROUP BY 1, 2, 3
       ORDER BY 3 NULLS FIRST, 2 NULLS FIRST`,
      parameters,
    );
    // An ungrouped measure is one row even over no dossiers (GROUP BY gives none then).
    return group === 'none' && rows.length === 0 ? [zeroRow()] : rows;
  }

  // Citizens' satisfaction: the ratings recorded within the period (one per dossier, nine
  // indices scored 2/1/0, 0–18 in all) of the scope's dossiers, per group, with their average.
  async ratings(
    scope: ReportScope,
    group: ReportGroup,
    alsoByLevel = false,
  ): Promise<Map<string, RatingCounts>> {
    const { conditions, parameters } = scopedDossiers(scope);
    if (scope.policy === 'EXCLUDED') {
      conditions.push(`NOT (${ENDED_UNRESOLVED})`);
    }
    const level = alsoByLevel ? 'd.level_code' : 'NULL::text';
    // A month series is keyed by its months (YYYY-MM), as the rated instants fall.
    const key =
      group === 'month'
        ? "to_char(e.recorded_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')"
        : GROUPING[group].key;
    const rows = await this.dataSource.query<
      Array<{ key: string | null; levelCode: string | null; ratings: number; scoreSum: number }>
    >(
      `SELECT ${key} AS key, ${level} AS "levelCode", count(*)::int AS ratings,
              sum(e.total_score)::int AS "scoreSum"
       FROM dossier_evaluations e JOIN dossiers d ON d.id = e.dossier_id
       WHERE e.recorded_at >= $1 AND e.recorded_at < $2 AND ${conditions.join(' AND ')}
       GROUP BY 1, 2`,
      parameters,
    );
    return new Map(
      rows.map((row) => [`${row.levelCode}|${row.key}`, { ratings: row.ratings, scoreSum: row.scoreSum }]),
    );
  }

  // Average and median handling time, in working days (480 working minutes), of the dossiers
  // resolved in the period with a measured handling time (imported ones have none).
  async handlingTime(
    scope: ReportScope,
  ): Promise<{ averageWorkingDays: number | null; medianWorkingDays: number | null; dossiers: number }> {
    // Resolved within the period implies received before its end and not ended before it, so
    // the scope and the resolution suffice: an index-only scan of IDX_dossiers_resolved_handling,
    // the agencies matched by hash (a long = ANY list per row costs more than the scan).
    const { conditions, parameters } = scopedDossiers(scope);
    if (!scope.everyAgency) {
      conditions[0] =
        '(d.receiving_agency_id IN (SELECT unnest($3::uuid[])) OR d.resolving_agency_id IN (SELECT unnest($3::uuid[])))';
    }
    const [row] = await this.dataSource.query<
      Array<{ average: string | null; median: number | null; dossiers: number }>
    >(
      `SELECT round(avg(d.handling_working_minutes) / 480.0, 2) AS average,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY d.handling_working_minutes) / 480.0 AS median,
              count(*)::int AS dossiers
       FROM dossiers d
       WHERE ${conditions.join(' AND ')} AND ${RESOLVED_IN} AND d.handling_working_minutes IS NOT NULL`,
      parameters,
    );
    return {
      averageWorkingDays: row.average === null ? null : Number(row.average),
      medianWorkingDays: row.median === null ? null : Math.round(row.median * 100) / 100,
      dossiers: row.dossiers,
    };
  }

  // Lateness attribution (domain.md: "the agency that made a dossier late can be named"): the
  // late dossiers of the period by the agency of their first late route step, as the workflow
  // kept it at their close (dossiers.late_step_agency_id, domain findLateStep). Late dossiers
  // without a late step — the delay lay with the desk, or they had no route — are counted apart.
  async lateByStepAgency(
    scope: ReportScope,
  ): Promise<Array<{ agencyId: string; agencyName: string; late: number }>> {
    const { where, parameters } = relevantDossiers(scope);
    // The attribution kept on each dossier at its close: the few a route step made late, found
    // through their partial index, where the late dossiers of a period are many.
    return this.dataSource.query<Array<{ agencyId: string; agencyName: string; late: number }>>(
      `SELECT a.id AS "agencyId", a.name AS "agencyName", count(*)::int AS late
       FROM dossiers d JOIN agencies a ON a.id = d.late_step_agency_id
       WHERE d.late_step_agency_id IS NOT NULL AND ${where} AND (${MEASURE_CONDITIONS.late})
       GROUP BY a.id, a.name ORDER BY late DESC, a.name`,
      parameters,
    );
  }

  // The dossiers behind one number, a page of them: the same relevance and the same measure
  // condition. (How many there are is the number itself, which the reports give.)
  async dossiersBehind(
    scope: ReportScope,
    number: NumberBehind,
    page: { offset: number; limit: number },
  ): Promise<DrillDownRow[]> {
    const { condition, parameters } = behind(scope, number);
    // Dossiers closed in the period are listed in the order they closed, read from the close
    // index from the period's start (in order of receipt, the scan would first pass every dossier
    // received before the period and closed before it too); the rest, and a lateness agency's
    // (its own index), in the order they were received.
    const byClose = CLOSED_MEASURES.has(number.measure) && !isLateStepAgency(number.lateStepAgencyId);
    return this.dataSource.query<DrillDownRow[]>(
      `SELECT d.id, d.code, p.name AS "procedureName", d.level_code AS "levelCode", d.channel, d.status,
              d.received_at AS "receivedAt", d.due_at AS "dueAt", d.appointment_at AS "appointmentAt",
              d.resolved_at AS "resolvedAt", d.ended_at AS "endedAt", d.classification,
              a.name AS "resolvingAgencyName"
       FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
       JOIN agencies a ON a.id = d.resolving_agency_id
       WHERE ${condition}${byClose ? ` AND ${CLOSED_IN}` : ''}
       ORDER BY ${byClose ? `${CLOSED_AT}, d.id` : 'd.received_at, d.id'}
       OFFSET $${parameters.length + 1} LIMIT $${parameters.length + 2}`,
      [...parameters, page.offset, page.limit],
    );
  }
}

export interface RatingCounts {
  readonly ratings: number;
  readonly scoreSum: number; // of the 0–18 totals
}

function zeroRow(): MeasureRow {
  const counts = Object.fromEntries(MEASURES.map((measure) => [measure, 0])) as Record<Measure, number>;
  return { key: null, label: null, levelCode: null, ...counts };
}

export interface DrillDownRow {
  id: string;
  code: string | null;
  procedureName: string;
  levelCode: string;
  channel: string;
  status: string;
  receivedAt: Date;
  dueAt: Date | null;
  appointmentAt: Date | null;
  resolvedAt: Date | null;
  endedAt: Date | null;
  classification: string | null;
  resolvingAgencyName: string;
}

// The query's narrowing filters as [dossier column, value], those given only. The rollups name
// these columns the same.
export function narrowingFilters(scope: ReportScope): Array<[string, string]> {
  const filters: Array<[string, string | undefined]> = [
    ['level_code', scope.levelCode],
    ['sector_id', scope.sectorId],
    ['procedure_id', scope.procedureId],
    ['channel', scope.channel],
    ['resolving_agency_id', scope.resolvingAgencyId],
  ];
  return filters.filter((filter): filter is [string, string] => filter[1] !== undefined);
}

// The dossiers of the reader's scope (received or resolved by one of its agencies) narrowed by
// the query's filters, with $1 = from, $2 = toExclusive, $3 = the agencies; every report starts
// from these conditions.
export function scopedDossiers(scope: ReportScope): { conditions: string[]; parameters: unknown[] } {
  const parameters: unknown[] = [new Date(scope.fromMs), new Date(scope.toExclusiveMs), [...scope.agencyIds]];
  // Every agency there is: no dossier is outside, and matching hundreds of agencies per row costs.
  const conditions = [
    scope.everyAgency
      ? '$3::uuid[] IS NOT NULL'
      : '(d.receiving_agency_id = ANY($3::uuid[]) OR d.resolving_agency_id = ANY($3::uuid[]))',
  ];
  for (const [column, value] of narrowingFilters(scope)) {
    parameters.push(value);
    conditions.push(`d.${column} = $${parameters.length}`);
  }
  return { conditions, parameters };
}

// Received by the end of the period, and neither resolved nor ended before it began: every
// dossier some column of the report counts.
function relevantDossiers(scope: ReportScope): { where: string; parameters: unknown[] } {
  const { conditions, parameters } = scopedDossiers(scope);
  conditions.push(
    'd.received_at IS NOT NULL AND d.received_at < $2',
    '(d.resolved_at IS NULL OR d.resolved_at >= $1)',
    '(d.ended_at IS NULL OR d.ended_at >= $1)',
  );
  if (scope.policy === 'EXCLUDED') {
    conditions.push(`NOT (${ENDED_UNRESOLVED})`);
  }
  return { where: conditions.join(' AND '), parameters };
}

// The condition of the dossiers behind a number; a lateness row's by the attribution the lateness
// report counts (lateByStepAgency).
function behind(scope: ReportScope, number: NumberBehind): { condition: string; parameters: unknown[] } {
  const { where, parameters } = relevantDossiers(scope);
  const condition = `${where} AND (${MEASURE_CONDITIONS[number.measure]})`;
  if (number.lateStepAgencyId === undefined) {
    return { condition, parameters };
  }
  if (number.lateStepAgencyId === WITHOUT_LATE_STEP) {
    return { condition: `${condition} AND d.late_step_agency_id IS NULL`, parameters };
  }
  return {
    condition: `${condition} AND d.late_step_agency_id = $${parameters.length + 1}`,
    parameters: [...parameters, number.lateStepAgencyId],
  };
}
