import { Injectable } from '@nestjs/common';
import { type Principal } from '../identity';
import { type Index766Score, scoreIndex766, sumIndex766Facts } from './domain/index-766';
import { type ReportPeriod } from './domain/report-period';
import { type Index766Query } from './dto/index-766.dto';
import { Index766Repository } from './index-766.repository';
import { ReportsService } from './reports.service';

export interface Index766Report {
  readonly period: ReportPeriod;
  readonly agencyId: string;
  readonly rows: Array<Index766Score & { agencyId: string; agencyName: string }>;
  readonly total: Index766Score;
}

// The service-quality index (Decision 766/QĐ-TTg) of the reader's scope, and per resolving agency
// when asked: the counts come from one scan, the points from the pure scoring.
@Injectable()
export class Index766Service {
  constructor(
    private readonly reports: ReportsService,
    private readonly repository: Index766Repository,
  ) {}

  async index766(reader: Principal, query: Index766Query): Promise<Index766Report> {
    const { scope, period, agencyId } = await this.reports.scopeOf(reader, query);
    const rows = await this.repository.facts(scope, query.groupBy);
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
}
