import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Principal } from '../identity';
import { type Index766Score, scoreIndex766, sumIndex766Facts } from './domain/index-766';
import { type ReportPeriod } from './domain/report-period';
import { type Index766Query } from './dto/index-766.dto';
import { type Index766FactsRow } from './index-766.repository';
import { type RatingCounts, ReportMeasuresRepository } from './report-measures.repository';
import { ReportsService } from './reports.service';
import { type Index766Counts } from './rollups/cumulative-counts';
import { ReportRollupRepository } from './rollups/report-rollup.repository';

export interface Index766Report {
  readonly period: ReportPeriod;
  readonly agencyId: string;
  readonly rows: Array<Index766Score & { agencyId: string; agencyName: string }>;
  readonly total: Index766Score;
}

// The service-quality index (Decision 766/QĐ-TTg) of the reader's scope, and per resolving agency
// when asked: the dossier counts come from the rollups (Index766Repository reads the same from
// the dossiers; a test holds the two together), the ratings from the evaluations, the points
// from the pure scoring.
@Injectable()
export class Index766Service {
  constructor(
    private readonly reports: ReportsService,
    private readonly rollups: ReportRollupRepository,
    private readonly measures: ReportMeasuresRepository,
    private readonly dataSource: DataSource,
  ) {}

  async index766(reader: Principal, query: Index766Query): Promise<Index766Report> {
    const { scope: queried, period, agencyId } = await this.reports.scopeOf(reader, query);
    // Withdrawn and stopped dossiers are not resolved here; received they were, whatever the policy.
    const scope = { ...queried, policy: 'RESOLVED_BY_APPOINTMENT' as const };
    const [counted, ratings] = await Promise.all([
      this.rollups.index766Counts(scope, query.groupBy),
      this.measures.ratings(scope, query.groupBy),
    ]);
    const rows = await this.withRatings(counted, ratings);
    // Agencies split the dossiers into disjoint rows: the scope's counts are their sum.
    const total = sumIndex766Facts(rows);
    return {
      period,
      agencyId,
      rows:
        query.groupBy === 'agency'
          ? rows.map((row) => ({
              agencyId: row.agencyId ?? '',
              agencyName: row.agencyName ?? '',
              ...scoreIndex766(row),
            }))
          : [],
      total: scoreIndex766(total),
    };
  }

  // A group counts when it has a dossier received or resolved in the period, or a rating recorded
  // in it (a dossier resolved earlier and rated now); named in Vietnamese alphabetical order.
  private async withRatings(
    counted: Array<{ key: string | null; label: string | null; counts: Index766Counts }>,
    ratings: Map<string, RatingCounts>,
  ): Promise<Index766FactsRow[]> {
    const rows = new Map<string | null, Index766FactsRow>();
    for (const { key, label, counts } of counted) {
      if (counts.resolved > 0 || counts.newReceived > 0) {
        rows.set(key, { agencyId: key, agencyName: label, ...counts, evaluations: 0, evaluationScoreSum: 0 });
      }
    }
    // Agencies with ratings only (none received or resolved in the period) are named here.
    const unnamed = [...ratings.keys()]
      .map((groupKey) => groupKey.split('|')[1])
      .filter((key) => key !== 'null' && !rows.has(key));
    const names = new Map(
      unnamed.length === 0
        ? []
        : (
            await this.dataSource.query<Array<{ id: string; name: string }>>(
              'SELECT id::text, name FROM agencies WHERE id::text = ANY($1)',
              [unnamed],
            )
          ).map((row) => [row.id, row.name]),
    );
    for (const [groupKey, rated] of ratings) {
      const raw = groupKey.split('|')[1];
      const key = raw === 'null' ? null : raw;
      const row = rows.get(key) ?? {
        agencyId: key,
        agencyName: key === null ? null : (names.get(key) ?? null),
        resolved: 0,
        portalOnTime: 0,
        newReceived: 0,
        newOnline: 0,
        newDigitised: 0,
        evaluations: 0,
        evaluationScoreSum: 0,
      };
      rows.set(key, { ...row, evaluations: rated.ratings, evaluationScoreSum: rated.scoreSum });
    }
    return [...rows.values()].sort((left, right) =>
      (left.agencyName ?? '').localeCompare(right.agencyName ?? '', 'vi'),
    );
  }
}
