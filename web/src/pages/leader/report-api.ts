import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

type Schemas = components['schemas'];
export type OnTimeReport = Schemas['OnTimeReportDto'];
export type MeasureRow = Schemas['MeasureRowDto'];
export type DrillDownPage = Schemas['DrillDownPageDto'];
export type DrillDownItem = Schemas['DrillDownItemDto'];
export type Index766Report = Schemas['Index766ReportDto'];
export type Index766Row = Schemas['Index766RowDto'];
export type Index766Group = Schemas['Index766GroupDto'];
export type ReportPeriod = Schemas['ReportPeriodDto'];
export type LateAgencyRow = Schemas['LateAgencyDto'];

export type OnTimeQuery = operations['ReportsController_onTime']['parameters']['query'];
export type GroupBy = NonNullable<OnTimeQuery['groupBy']>;
export type DrillDownQuery = operations['ReportsController_drillDown']['parameters']['query'];
export type Measure = DrillDownQuery['measure'];
export type Level = NonNullable<OnTimeQuery['level']>;
export type Channel = NonNullable<OnTimeQuery['channel']>;

// The row filters a number carries to its drill-down (the same filters the report takes, and a
// lateness row's agency).
export type RowFilters = Pick<
  DrillDownQuery,
  'agencyId' | 'level' | 'sectorId' | 'procedureId' | 'channel' | 'resolvingAgencyId' | 'lateStepAgencyId'
>;

// The lateness report's row of late dossiers without a late route step (the API's lateStepAgencyId=none).
export const WITHOUT_LATE_STEP = 'none';

// The dashboard and Biểu 06 answer JSON the OpenAPI document does not describe (their handlers
// also stream files), so their shapes are written here after src/modules/reports
// (dashboard.service.ts, domain/form-06.ts).
export interface Kpis {
  readonly received: number;
  readonly resolved: number;
  readonly late: number;
  readonly inProgress: number;
  readonly overdue: number;
  readonly onTimeRate: number | null;
  readonly onlineShare: number | null;
}

export interface DashboardAgencyRow extends Kpis {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly previousOnTimeRate: number | null;
  readonly onTimeRateChange: number | null;
}

export interface DashboardWindow {
  readonly period: ReportPeriod;
  readonly kpis: Kpis;
  readonly previous: Kpis;
}

export interface Dashboard {
  readonly asOf: string;
  readonly month: DashboardWindow;
  readonly yearToDate: DashboardWindow;
  readonly agencies: readonly DashboardAgencyRow[];
  readonly worstProcedures: ReadonlyArray<{ procedureId: string; name: string; overdue: number }>;
  readonly worstAgencies: ReadonlyArray<{ agencyId: string; name: string; overdue: number }>;
}

export type Form06CountKey =
  | 'receivedTotal'
  | 'receivedOnline'
  | 'receivedDirectOrPost'
  | 'carriedOver'
  | 'resolvedTotal'
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedLate'
  | 'inProgressTotal'
  | 'inProgressWithinTime'
  | 'inProgressOverdue';

export interface Form06Column {
  readonly number: number;
  readonly heading: string;
  readonly group: 'RECEIVED' | 'RESOLVED' | 'IN_PROGRESS' | null;
  readonly count: Form06CountKey | null;
}

export interface Form06Row {
  readonly kind: 'LEVEL' | 'SECTOR' | 'TOTAL';
  readonly number: string;
  readonly label: string;
  readonly level: Level | null;
  readonly sectorId: string | null; // a sector row's sector, for the drill-down
  readonly counts: Record<Form06CountKey, number>;
  readonly onTimeRatePercent: number | null;
}

export interface Form06 {
  readonly code: string;
  readonly name: string;
  readonly legalBasis: string;
  readonly periodLabel: string;
  readonly reportingUnit: string;
  readonly unitOfMeasure: string;
  readonly columns: readonly Form06Column[];
  readonly rows: readonly Form06Row[];
}

export const reportApi = {
  dashboard: async (agencyId?: string) =>
    (await unwrap(
      api.GET('/api/v1/reports/dashboard', { params: { query: { agencyId } } }),
    )) as unknown as Dashboard,
  onTime: (query: OnTimeQuery) => unwrap(api.GET('/api/v1/reports/on-time', { params: { query } })),
  form06: async (period: string, agencyId?: string) =>
    (await unwrap(
      api.GET('/api/v1/reports/form-06', { params: { query: { period, agencyId } } }),
    )) as unknown as Form06,
  drillDown: (query: DrillDownQuery) =>
    unwrap(api.GET('/api/v1/reports/on-time/dossiers', { params: { query } })),
  lateness: (period: string) =>
    unwrap(api.GET('/api/v1/reports/lateness', { params: { query: { period } } })),
  index766: (period: string, agencyId?: string) =>
    unwrap(
      api.GET('/api/v1/reports/index-766', { params: { query: { period, agencyId, groupBy: 'agency' } } }),
    ),
};
