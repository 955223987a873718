import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOffset } from '../../infra/http/page-query';
import { AgencyDirectory } from '../catalog';
import { AgencyAccessService, type Principal } from '../identity';
import { type ImplementingLevel } from '../catalog/procedures/domain/procedure-vocabulary';
import { buildForm06, type Form06 } from './domain/form-06';
import { type Form06Counts, onTimeRatePercent } from './domain/form-06-counts';
import { monthsOf, parseReportPeriod, type ReportPeriod } from './domain/report-period';
import { type DrillDownQuery, type OnTimeReportQuery, type ReportScopeQuery } from './dto/report-query.dto';
import {
  type DrillDownRow,
  type Measure,
  type MeasureRow,
  MEASURES,
  type RatingCounts,
  ReportMeasuresRepository,
  type ReportScope,
  WITHOUT_LATE_STEP,
} from './report-measures.repository';
import { lateStepNeedsLateMeasure, reportScopeNotFound } from './reports.errors';
import { ReportRollupRepository, type RolledMeasureRow } from './rollups/report-rollup.repository';

export interface OnTimeReport {
  readonly period: ReportPeriod;
  readonly handling: {
    averageWorkingDays: number | null;
    medianWorkingDays: number | null;
    dossiers: number;
  };
  readonly agencyId: string;
  readonly rows: OnTimeRow[];
  readonly total: OnTimeRow;
}

export interface OnTimeRow extends RolledMeasureRow {
  readonly onTimeRate: number | null;
  readonly ratings: number; // citizens' ratings recorded in the period (satisfaction)
  readonly averageRating: number | null; // their average total, 0–18, one decimal
}

const averageRating = (counts: RatingCounts | undefined): number | null =>
  counts && counts.ratings > 0 ? Math.round((counts.scoreSum / counts.ratings) * 10) / 10 : null;

// On-time rate = (early + on time) ÷ resolved, as a percentage with 2 decimals (domain.md),
// rounded as the form rounds it.
export function onTimeRate(row: MeasureRow): number | null {
  return onTimeRatePercent(toForm06Counts(row));
}

export function sumRows(rows: readonly MeasureRow[]): MeasureRow {
  const total = Object.fromEntries(
    MEASURES.map((measure) => [measure, rows.reduce((sum, row) => sum + row[measure], 0)]),
  ) as Record<Measure, number>;
  return { key: null, label: null, levelCode: null, ...total };
}

export function toForm06Counts(row: MeasureRow): Form06Counts {
  return {
    receivedTotal: row.received,
    receivedOnline: row.newOnline,
    receivedDirectOrPost: row.newDirect + row.newPost,
    carriedOver: row.carriedOver,
    resolvedTotal: row.resolved,
    resolvedEarly: row.early,
    resolvedOnTime: row.onTime,
    resolvedLate: row.late,
    inProgressTotal: row.inProgress,
    inProgressWithinTime: row.withinTime,
    inProgressOverdue: row.overdue,
  };
}

// Reports for leaders, over the agency they ask for (default: their organisation) and its
// subtree; an agency outside what they may read does not exist for them.
@Injectable()
export class ReportsService {
  constructor(
    private readonly measures: ReportMeasuresRepository,
    private readonly rollups: ReportRollupRepository,
    private readonly agencies: AgencyDirectory,
    private readonly access: AgencyAccessService,
    private readonly dataSource: DataSource,
  ) {}

  async onTime(reader: Principal, query: OnTimeReportQuery): Promise<OnTimeReport> {
    const { scope, period, agencyId } = await this.scopeOf(reader, query);
    // Every grouping but the months splits the dossiers into disjoint rows: their sum is the
    // total, without a second scan. Months overlap (carried over), so their total is measured.
    const measured: Promise<[RolledMeasureRow[], MeasureRow]> =
      query.groupBy === 'month'
        ? Promise.all([this.monthly(scope, period), this.rollups.measure(scope, 'none')]).then(
            ([months, [whole]]) => [months, whole],
          )
        : this.rollups.measure(scope, query.groupBy).then((grouped) => [grouped, sumRows(grouped)]);
    const [handling, [rows, total], ratings] = await Promise.all([
      this.measures.handlingTime(scope),
      measured,
      this.measures.ratings(scope, query.groupBy),
    ]);
    const allRatings = [...ratings.values()].reduce(
      (sum, counts) => ({ ratings: sum.ratings + counts.ratings, scoreSum: sum.scoreSum + counts.scoreSum }),
      { ratings: 0, scoreSum: 0 },
    );
    const rated = (row: RolledMeasureRow, counts: RatingCounts | undefined): OnTimeRow => ({
      ...row,
      onTimeRate: onTimeRate(row),
      ratings: counts?.ratings ?? 0,
      averageRating: averageRating(counts),
    });
    return {
      period,
      agencyId,
      handling,
      rows: rows.map((row) => rated(row, ratings.get(`${row.levelCode}|${row.key}`))),
      total: rated({ ...total, averageHandlingWorkingDays: handling.averageWorkingDays }, allRatings),
    };
  }

  // A time series: each month of the period measured as a period of its own (carried over from
  // the month before, in progress at the month's end), all in one reading of the rollups.
  private async monthly(scope: ReportScope, period: ReportPeriod): Promise<RolledMeasureRow[]> {
    const months = monthsOf(period);
    const boundaries = [
      ...months.map((month) => month.fromMs),
      months.at(-1)?.toExclusiveMs ?? scope.toExclusiveMs,
    ];
    const rows = await this.rollups.series(scope, months.length === 0 ? [] : boundaries);
    return rows.map((row, index) => ({ ...row, key: months[index].key, label: months[index].label }));
  }

  // Biểu 06/VPCP/KSTT: the same measures by level and sector, laid out as the official form.
  async form06(reader: Principal, query: ReportScopeQuery): Promise<Form06> {
    const { scope, period, agencyId } = await this.scopeOf(reader, query);
    const [rows, agency] = await Promise.all([
      this.rollups.measure(scope, 'sector', true),
      this.agencies.describe(agencyId),
    ]);
    return buildForm06({
      periodLabel: period.label,
      reportingUnit: agency?.name ?? '',
      rows: rows.map((row) => ({
        level: row.levelCode as ImplementingLevel,
        sector: row.label ?? '',
        sectorId: row.key,
        counts: toForm06Counts(row),
      })),
    });
  }

  async lateness(reader: Principal, query: ReportScopeQuery) {
    const { scope, period } = await this.scopeOf(reader, query);
    return { period, ...(await this.lateRows(scope)) };
  }

  private async lateRows(scope: ReportScope) {
    const [agencies, [counted]] = await Promise.all([
      this.measures.lateByStepAgency(scope),
      this.rollups.measure(scope, 'none'),
    ]);
    const attributed = agencies.reduce((sum, row) => sum + row.late, 0);
    return { agencies, withoutLateStep: counted.late - attributed };
  }

  async drillDown(
    reader: Principal,
    query: DrillDownQuery,
  ): Promise<{ period: ReportPeriod; items: DrillDownRow[]; total: number }> {
    checkDrillDown(query);
    const { scope, period } = await this.scopeOf(reader, query);
    const { measure, lateStepAgencyId } = query;
    // The total is the number the reader drilled into, read as the report reads it: the rollups
    // (which a test holds equal to this very condition over the dossiers), or the lateness row.
    const [items, total] = await Promise.all([
      this.measures.dossiersBehind(
        scope,
        { measure, lateStepAgencyId },
        { offset: pageOffset(query), limit: query.pageSize },
      ),
      lateStepAgencyId === undefined
        ? this.rollups.measure(scope, 'none').then(([counted]) => counted[measure])
        : this.lateRows(scope).then(({ agencies, withoutLateStep }) =>
            lateStepAgencyId === WITHOUT_LATE_STEP
              ? withoutLateStep
              : (agencies.find((row) => row.agencyId === lateStepAgencyId)?.late ?? 0),
          ),
    ]);
    return { period, items, total };
  }

  async scopeOf(
    reader: Principal,
    query: ReportScopeQuery,
  ): Promise<{ scope: ReportScope; period: ReportPeriod; agencyId: string }> {
    const period = parseReportPeriod(query.period); // a ReportPeriodError is a 400 problem
    if (reader.kind !== 'staff') {
      throw reportScopeNotFound();
    }
    const agencyId =
      query.agencyId ?? (await this.agencies.organisationOf(reader.agencyId)) ?? reader.agencyId;
    if (!(await this.access.isAllowed(reader, agencyId, 'read'))) {
      throw reportScopeNotFound();
    }
    const subtree = await this.dataSource.query<Array<{ id: string; agencies: number }>>(
      `SELECT descendant_id AS id, (SELECT count(*) FROM agencies)::int AS agencies
       FROM agency_closure WHERE ancestor_id = $1`,
      [agencyId],
    );
    return {
      period,
      agencyId,
      scope: {
        agencyIds: subtree.map((row) => row.id),
        everyAgency: subtree.length > 0 && subtree.length === subtree[0].agencies,
        fromMs: period.fromMs,
        toExclusiveMs: period.toExclusiveMs,
        policy: query.withdrawnPolicy,
        levelCode: query.level,
        sectorId: query.sectorId,
        procedureId: query.procedureId,
        channel: query.channel,
        resolvingAgencyId: query.resolvingAgencyId,
      },
    };
  }
}

// What the query's validation cannot say alone: a lateness row is a row of late dossiers.
export function checkDrillDown(query: DrillDownQuery): void {
  if (query.lateStepAgencyId !== undefined && query.measure !== 'late') {
    throw lateStepNeedsLateMeasure();
  }
}
