import { DataSource } from 'typeorm';
import { staffToken } from './auth';
import { findAgency } from './dossier-fixtures';
import { type TestApp } from './test-app';

// Dossiers written straight into the table for the report tests, at hand-chosen instants, at
// the seeded commune 22015 (Tuy Hòa) or its district 555, under one published procedure; and
// the readers those tests ask as.
export const REPORT_AGENCY_KEYS = [
  'PY-COMMUNE-22015-DESK',
  'PY-COMMUNE-22015',
  'PY-DISTRICT-555-DESK',
  'PY-DISTRICT-555',
  'PY-COMMUNE-22018',
] as const;

export type ReportReader = 'districtLeader' | 'communeLeader' | 'viewer' | 'clerk' | 'otherCommune';

// A dossier's columns as the reports read them; instants as ISO strings, null when unset.
export interface ReportDossier {
  readonly code: string;
  readonly desk: 'commune' | 'district';
  readonly channel: string;
  readonly status: string;
  readonly receivedAt: string | null;
  readonly dueAt?: string | null;
  readonly appointmentAt?: string | null; // defaults to the due time
  readonly resolvedAt?: string | null;
  readonly classification?: string | null;
  readonly endedAt?: string | null;
  readonly supplementCount?: number;
  readonly clock?: object;
  readonly documents?: object[];
}

export interface ReportFixtures {
  readonly ids: Record<(typeof REPORT_AGENCY_KEYS)[number], string>;
  readonly tokens: Record<ReportReader, string>;
  insert(dossier: ReportDossier): Promise<string>;
}

export async function openReportFixtures(testApp: TestApp): Promise<ReportFixtures> {
  const dataSource = testApp.app.get(DataSource);
  const ids = Object.fromEntries(
    await Promise.all(REPORT_AGENCY_KEYS.map(async (key) => [key, (await findAgency(testApp, key)).id])),
  ) as ReportFixtures['ids'];
  const [version] = await dataSource.query<Array<{ id: string; procedure_id: string; sector_id: string }>>(
    `SELECT id, procedure_id, sector_id FROM procedure_versions WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
  );
  const insert = async (dossier: ReportDossier): Promise<string> => {
    const commune = dossier.desk === 'commune';
    const [{ id }] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO dossiers (code, procedure_id, procedure_version_id, receiving_agency_id, resolving_agency_id,
         current_agency_id, level_code, sector_id, channel, service_level, status, applicant_kind, applicant_name,
         submitted_at, received_at, due_at, appointment_at, resolved_at, classification, ended_at, row_version,
         supplement_count, clock, documents)
       VALUES ($1, $2, $3, $4, $5, $4, $6, $7, $8, 2, $9, 'PERSON', 'Người kiểm thử', coalesce($10::timestamptz, now()),
         $10, $11, coalesce($12::timestamptz, $11), $13, $14, $15, 1, $16, $17::jsonb, $18::jsonb)
       RETURNING id`,
      [
        dossier.code,
        version.procedure_id,
        version.id,
        commune ? ids['PY-COMMUNE-22015-DESK'] : ids['PY-DISTRICT-555-DESK'],
        commune ? ids['PY-COMMUNE-22015'] : ids['PY-DISTRICT-555'],
        commune ? 'COMMUNE' : 'DISTRICT',
        version.sector_id,
        dossier.channel,
        dossier.status,
        dossier.receivedAt,
        dossier.dueAt ?? null,
        dossier.appointmentAt ?? null,
        dossier.resolvedAt ?? null,
        dossier.classification ?? null,
        dossier.endedAt ?? null,
        dossier.supplementCount ?? 0,
        JSON.stringify(dossier.clock ?? {}),
        JSON.stringify(dossier.documents ?? []),
      ],
    );
    return id;
  };
  return {
    ids,
    insert,
    tokens: {
      districtLeader: staffToken(testApp, ['AGENCY_LEADER'], ids['PY-DISTRICT-555']),
      communeLeader: staffToken(testApp, ['AGENCY_LEADER'], ids['PY-COMMUNE-22015']),
      viewer: staffToken(testApp, ['LEADER_VIEWER'], ids['PY-DISTRICT-555']),
      clerk: staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']),
      otherCommune: staffToken(testApp, ['AGENCY_LEADER'], ids['PY-COMMUNE-22018']),
    },
  };
}
