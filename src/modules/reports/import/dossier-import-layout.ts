import { DOSSIER_STATUS_FACTS, type DossierStatus } from '../../dossiers/domain/dossier-status';

// The CSV layout of legacy dossiers (issue 8, historical import): one header line with exactly
// these names in this order, UTF-8, comma-separated, RFC 4180 quoting. The README documents it.
export const DOSSIER_IMPORT_COLUMNS = [
  'code',
  'procedure_code',
  'receiving_agency',
  'resolving_agency',
  'level',
  'channel',
  'service_level',
  'received_at',
  'due_at',
  'resolved_at',
  'returned_at',
  'status',
  'supplement_count',
] as const;
export type DossierImportColumn = (typeof DOSSIER_IMPORT_COLUMNS)[number];

export const IMPORT_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export const IMPORT_CHANNELS = ['DIRECT', 'ONLINE', 'POST'] as const;

// National status code (domain.md) → our status: the one each code means when nothing else is
// known. 4 is IN_PROGRESS and 5 the supplement asked during handling (the clock stopped).
export const STATUS_OF_NATIONAL_CODE = {
  1: 'SUBMITTED',
  2: 'RECEIVED',
  3: 'NOT_RECEIVED',
  4: 'IN_PROGRESS',
  5: 'SUPPLEMENT_REQUESTED',
  6: 'AWAITING_FINANCIAL_OBLIGATION',
  7: 'WITHDRAWN',
  8: 'STOPPED',
  9: 'RESOLVED',
  10: 'RETURNED',
} as const satisfies Record<number, DossierStatus>;

const statuses = Object.keys(DOSSIER_STATUS_FACTS) as DossierStatus[];

// A statistic counts a dossier from its receipt: statuses before receipt (or refused at it) have
// neither a code nor a receipt instant, so they are not imported.
export const IMPORTABLE_STATUSES = statuses.filter(
  (status) => DOSSIER_STATUS_FACTS[status].phase !== 'RECEPTION' && status !== 'NOT_RECEIVED',
);
export const OPEN_IMPORT_STATUSES = statuses.filter(
  (status) => DOSSIER_STATUS_FACTS[status].phase === 'HANDLING',
);
export const ENDED_IMPORT_STATUSES = ['WITHDRAWN', 'STOPPED'] as const satisfies DossierStatus[];
export const RESULT_IMPORT_STATUSES = ['RESOLVED', 'RETURNED'] as const satisfies DossierStatus[];

export const DOSSIER_IMPORT_ALL_STATUSES = statuses;
