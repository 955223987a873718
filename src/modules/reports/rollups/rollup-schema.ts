// The rollup tables (migration ReportRollups) as the folder and the readers name them. Two sets:
// the fine one by every reporting dimension, and one without sector and procedure (an order of
// magnitude fewer rows) for the reports that neither group nor filter by them.
export const EVENT_COUNTERS = [
  'received',
  'closed',
  'early',
  'on_time',
  'late',
  'withdrawn',
  'overdue',
  'handled',
  'handling_minutes',
  'portal_on_time',
  'received_digitised',
] as const;

const FLAGS = ['inter_agency', 'with_supplement', 'with_apology', 'ended_unresolved'] as const;
const AGENCY_DIMENSIONS = [
  'receiving_agency_id',
  'resolving_agency_id',
  'level_code',
  'channel',
  'service_level',
  ...FLAGS,
] as const;
const ALL_DIMENSIONS = [...AGENCY_DIMENSIONS, 'sector_id', 'procedure_id'] as const;

export type RollupDimension = (typeof ALL_DIMENSIONS)[number];

export interface RollupTableSet {
  readonly day: string;
  readonly month: string;
  readonly dimensions: readonly RollupDimension[];
}

export const ROLLUP_TABLES = {
  fine: { day: 'report_counts_day', month: 'report_counts_month', dimensions: ALL_DIMENSIONS },
  byAgency: {
    day: 'report_agency_counts_day',
    month: 'report_agency_counts_month',
    dimensions: AGENCY_DIMENSIONS,
  },
} as const satisfies Record<string, RollupTableSet>;

export const DELTAS_TABLE = 'report_count_deltas'; // by day, every dimension
