import { Injectable } from '@nestjs/common';
import { formatIsoDate, fromDayNumber, vietnamDayNumberOf } from '../calendar/domain/local-date';
import { type Principal } from '../identity';
import { parseReportPeriod, previousPeriod, type ReportPeriod } from './domain/report-period';
import { type MeasureRow, type ReportScope } from './report-measures.repository';
import { ReportRollupRepository } from './rollups/report-rollup.repository';
import { onTimeRate, ReportsService, sumRows } from './reports.service';

const WORST = 5;

export interface Kpis {
  readonly received: number;
  readonly resolved: number;
  readonly late: number;
  readonly inProgress: number;
  readonly overdue: number;
  readonly onTimeRate: number | null;
  readonly onlineShare: number | null; // new online ÷ new, %
}

export interface DashboardAgencyRow extends Kpis {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly previousOnTimeRate: number | null;
  readonly onTimeRateChange: number | null; // percentage points against the previous month
}

export interface Dashboard {
  readonly asOf: string;
  readonly month: { readonly period: ReportPeriod; readonly kpis: Kpis; readonly previous: Kpis };
  readonly yearToDate: { readonly period: ReportPeriod; readonly kpis: Kpis; readonly previous: Kpis };
  readonly agencies: DashboardAgencyRow[];
  readonly worstProcedures: Array<{
    readonly procedureId: string;
    readonly name: string;
    readonly overdue: number;
  }>;
  readonly worstAgencies: Array<{
    readonly agencyId: string;
    readonly name: string;
    readonly overdue: number;
  }>;
}

// An ungrouped measure is always one row (zeros over no dossiers), so a total is never missing.
function kpisOf(row: MeasureRow): Kpis {
  const fresh = row.newOnline + row.newDirect + row.newPost;
  return {
    received: row.received,
    resolved: row.resolved,
    late: row.late,
    inProgress: row.inProgress,
    overdue: row.overdue,
    onTimeRate: onTimeRate(row),
    onlineShare: fresh === 0 ? null : Math.round((row.newOnline / fresh) * 10_000) / 100,
  };
}

// The leader's dashboard (GET /reports/dashboard): this month and the year to date in the
// reader's scope with the same periods before them, each agency's month with its trend, and the
// procedures and agencies with the most overdue dossiers now.
@Injectable()
export class DashboardService {
  constructor(
    private readonly reports: ReportsService,
    private readonly measures: ReportRollupRepository,
  ) {}

  async dashboard(reader: Principal, agencyId: string | undefined, now = new Date()): Promise<Dashboard> {
    const today = fromDayNumber(vietnamDayNumberOf(now.getTime()));
    const todayIso = formatIsoDate(today);
    const month = parseReportPeriod(todayIso.slice(0, 7));
    const yearToDate = parseReportPeriod(`${today.year}-01-01..${todayIso}`);
    const previousYearToDate = parseReportPeriod(
      `${today.year - 1}-01-01..${today.year - 1}${todayIso.slice(4).replace('-02-29', '-02-28')}`,
    );
    const { scope } = await this.reports.scopeOf(reader, {
      period: month.key,
      agencyId,
      withdrawnPolicy: 'RESOLVED_BY_APPOINTMENT',
    });
    // A period still running is measured as of now: "in progress" and "overdue" mean now.
    const over = (period: ReportPeriod): ReportScope => ({
      ...scope,
      fromMs: period.fromMs,
      toExclusiveMs: Math.min(period.toExclusiveMs, now.getTime()),
    });
    const previousMonth = previousPeriod(month);
    // The agencies split the dossiers: the month's totals are their rows added up (below). The
    // worst procedures are the month's rows by procedure as of now: "overdue" is overdue now.
    const [ytdTotal, previousYtdTotal, byAgency, byAgencyBefore, byProcedure] = await Promise.all([
      this.measures.measure(over(yearToDate), 'none'),
      this.measures.measure(over(previousYearToDate), 'none'),
      this.measures.measure(over(month), 'agency'),
      this.measures.measure(over(previousMonth), 'agency'),
      this.measures.measure(over(month), 'procedure'),
    ]);
    const before = new Map(byAgencyBefore.map((row) => [row.key, onTimeRate(row)]));
    const agencies = byAgency.map((row): DashboardAgencyRow => {
      const kpis = kpisOf(row);
      const previousRate = before.get(row.key) ?? null;
      return {
        agencyId: row.key!,
        agencyName: row.label ?? '',
        ...kpis,
        previousOnTimeRate: previousRate,
        onTimeRateChange:
          kpis.onTimeRate === null || previousRate === null
            ? null
            : Math.round((kpis.onTimeRate - previousRate) * 100) / 100,
      };
    });
    const worst = <T extends { overdue: number }>(rows: T[], name: (row: T) => string) =>
      rows
        .filter((row) => row.overdue > 0)
        .sort((left, right) => right.overdue - left.overdue || name(left).localeCompare(name(right)))
        .slice(0, WORST);
    return {
      asOf: now.toISOString(),
      month: { period: month, kpis: kpisOf(sumRows(byAgency)), previous: kpisOf(sumRows(byAgencyBefore)) },
      yearToDate: { period: yearToDate, kpis: kpisOf(ytdTotal[0]), previous: kpisOf(previousYtdTotal[0]) },
      agencies,
      worstProcedures: worst(byProcedure, (row) => row.label ?? '').map((row) => ({
        procedureId: row.key!,
        name: row.label ?? '',
        overdue: row.overdue,
      })),
      worstAgencies: worst(byAgency, (row) => row.label ?? '').map((row) => ({
        agencyId: row.key!,
        name: row.label ?? '',
        overdue: row.overdue,
      })),
    };
  }
}
