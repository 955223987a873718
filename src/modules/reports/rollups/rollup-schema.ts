import { type CumulativeCounter } from './cumulative-counts';

// The rollup tables (migrations ReportRollups and ReportRollupsWithoutChannel) as the folder and
// the readers name them. Four sets:
// - fine: by every reporting dimension;
// - by agency: without sector and procedure (a quarter of the rows), for the reports that neither
//   group nor filter by them;
// - by procedure, and by sector: without channel, service level and the dossier flags, whose
//   counts by those are kept as counters instead (split counters, below), for the reports by
//   procedure or sector (Biểu 06 among them) that do not need the channel either.
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
const SECTOR_DIMENSIONS = [
  'receiving_agency_id',
  'resolving_agency_id',
  'level_code',
  'sector_id',
  'ended_unresolved',
] as const;
const PROCEDURE_DIMENSIONS = [...SECTOR_DIMENSIONS, 'procedure_id'] as const;

export type RollupDimension = (typeof ALL_DIMENSIONS)[number];

// A counter of a coarser table standing for a dimension it drops: `of` is an expression over the
// fine columns (the deltas', the events of the dossiers), summed into the column `name`; the
// readers take the cumulative counter `counter` from it.
export interface SplitCounter {
  readonly name: string;
  readonly of: string;
  readonly counter: CumulativeCounter;
}

const BY_DROPPED_DIMENSION: readonly SplitCounter[] = [
  { name: 'received_online', of: "received * (channel = 'ONLINE')::int", counter: 'receivedOnline' },
  { name: 'received_direct', of: "received * (channel = 'DIRECT')::int", counter: 'receivedDirect' },
  { name: 'received_post', of: "received * (channel = 'POST')::int", counter: 'receivedPost' },
  {
    name: 'online_level3',
    of: "received * (channel = 'ONLINE' AND service_level = 3)::int",
    counter: 'onlineLevel3',
  },
  {
    name: 'online_level4',
    of: "received * (channel = 'ONLINE' AND service_level = 4)::int",
    counter: 'onlineLevel4',
  },
  { name: 'received_inter_agency', of: 'received * inter_agency::int', counter: 'receivedInterAgency' },
  { name: 'closed_inter_agency', of: 'closed * inter_agency::int', counter: 'closedInterAgency' },
  {
    name: 'received_with_supplement',
    of: 'received * with_supplement::int',
    counter: 'receivedWithSupplement',
  },
  { name: 'closed_with_supplement', of: 'closed * with_supplement::int', counter: 'closedWithSupplement' },
  { name: 'received_with_apology', of: 'received * with_apology::int', counter: 'receivedWithApology' },
  { name: 'closed_with_apology', of: 'closed * with_apology::int', counter: 'closedWithApology' },
];

export interface RollupTableSet {
  readonly day: string;
  readonly month: string;
  readonly dimensions: readonly RollupDimension[];
  readonly splitCounters: readonly SplitCounter[];
}

export const ROLLUP_TABLES = {
  fine: {
    day: 'report_counts_day',
    month: 'report_counts_month',
    dimensions: ALL_DIMENSIONS,
    splitCounters: [],
  },
  byAgency: {
    day: 'report_agency_counts_day',
    month: 'report_agency_counts_month',
    dimensions: AGENCY_DIMENSIONS,
    splitCounters: [],
  },
  byProcedure: {
    day: 'report_procedure_counts_day',
    month: 'report_procedure_counts_month',
    dimensions: PROCEDURE_DIMENSIONS,
    splitCounters: BY_DROPPED_DIMENSION,
  },
  bySector: {
    day: 'report_sector_counts_day',
    month: 'report_sector_counts_month',
    dimensions: SECTOR_DIMENSIONS,
    splitCounters: BY_DROPPED_DIMENSION,
  },
} as const satisfies Record<string, RollupTableSet>;

export const DELTAS_TABLE = 'report_count_deltas'; // by day, every dimension
