import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Index766Facts } from './domain/index-766';
import { type ReportScope, scopedDossiers } from './report-measures.repository';

export type Index766Grouping = 'none' | 'agency';

export interface Index766FactsRow extends Index766Facts {
  readonly agencyId: string | null;
  readonly agencyName: string | null;
}

// Supplement waiting in milliseconds: the SUPPLEMENT pauses of the clock jsonb
// (dossiers/domain/dossier-clock.ts), one still open counting up to the resolution.
const SUPPLEMENT_WAITING_MS = `coalesce((
    SELECT sum(coalesce((p->>'toMs')::bigint, (extract(epoch FROM d.resolved_at) * 1000)::bigint)
               - (p->>'fromMs')::bigint)
    FROM jsonb_array_elements(
      CASE jsonb_typeof(d.clock->'pauses') WHEN 'array' THEN d.clock->'pauses' ELSE '[]'::jsonb END) p
    WHERE p->>'reason' = 'SUPPLEMENT'), 0)`;

// $1 = from, $2 = toExclusive (a period of Vietnamese midnights, as the other reports).
const RESOLVED_IN = 'd.resolved_at >= $1 AND d.resolved_at < $2';
const RECEIVED_IN = 'd.received_at >= $1 AND d.received_at < $2';
const RATED_IN = 'e.recorded_at >= $1 AND e.recorded_at < $2';
// The portal's rule, mirroring isOnTimeBy766 (domain/index-766.ts): resolved minus the
// supplement waiting by the appointment (the deadline when none was promised), and at most one
// supplement request. Withdrawn or stopped dossiers are not resolved: not counted here.
const PORTAL_ON_TIME = `${RESOLVED_IN} AND d.supplement_count <= 1
  AND (extract(epoch FROM d.resolved_at) * 1000)::bigint - ${SUPPLEMENT_WAITING_MS}
      <= (extract(epoch FROM coalesce(d.appointment_at, d.due_at)) * 1000)::bigint`;
const HAS_DIGITISED_DOCUMENT = `jsonb_typeof(d.documents) = 'array'
  AND EXISTS (SELECT 1 FROM jsonb_array_elements(d.documents) doc WHERE doc->>'digitised' = 'true')`;

const GROUPING: Readonly<Record<Index766Grouping, { key: string; label: string; join: string }>> = {
  none: { key: 'NULL::text', label: 'NULL::text', join: '' },
  agency: {
    key: 'd.resolving_agency_id::text',
    label: 'a.name',
    join: 'JOIN agencies a ON a.id = d.resolving_agency_id',
  },
};

@Injectable()
export class Index766Repository {
  constructor(private readonly dataSource: DataSource) {}

  // The counts behind the index per resolving agency (or for the scope), in one scan: dossiers of
  // the scope (received or resolved by one of its agencies, as in the other reports) resolved or
  // received within the period, or rated within it (one rating per dossier, so no double count).
  async facts(scope: ReportScope, grouping: Index766Grouping): Promise<Index766FactsRow[]> {
    const { key, label, join } = GROUPING[grouping];
    const { where, parameters } = received(scope);
    return this.dataSource.query<Index766FactsRow[]>(
      `SELECT ${key} AS "agencyId", ${label} AS "agencyName",
         count(*) FILTER (WHERE ${RESOLVED_IN})::int AS resolved,
         count(*) FILTER (WHERE ${PORTAL_ON_TIME})::int AS "portalOnTime",
         count(*) FILTER (WHERE ${RECEIVED_IN})::int AS "newReceived",
         count(*) FILTER (WHERE ${RECEIVED_IN} AND d.channel = 'ONLINE')::int AS "newOnline",
         count(*) FILTER (WHERE ${RECEIVED_IN} AND ${HAS_DIGITISED_DOCUMENT})::int AS "newDigitised",
         count(e.dossier_id) FILTER (WHERE ${RATED_IN})::int AS evaluations,
         coalesce(sum(e.total_score) FILTER (WHERE ${RATED_IN}), 0)::int AS "evaluationScoreSum"
       FROM dossiers d ${join}
       LEFT JOIN dossier_evaluations e ON e.dossier_id = d.id AND ${RATED_IN}
       WHERE ${where} AND ((${RESOLVED_IN}) OR (${RECEIVED_IN}) OR e.dossier_id IS NOT NULL)
       GROUP BY 1, 2
       ORDER BY 2 NULLS FIRST`,
      parameters,
    );
  }
}

// The scope's agencies and the narrowing filters of the report query, as the other reports.
function received(scope: ReportScope): { where: string; parameters: unknown[] } {
  const { conditions, parameters } = scopedDossiers(scope);
  return { where: ['d.received_at IS NOT NULL', ...conditions].join(' AND '), parameters };
}
