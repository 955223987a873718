import { type Type } from '@nestjs/common';
import { Index766Query } from '../dto/index-766.dto';
import {
  DashboardQuery,
  DrillDownQuery,
  Form06Query,
  OnTimeReportQuery,
  ReportScopeQuery,
} from '../dto/report-query.dto';

// Every report a file can be made of, with the query class its endpoint validates.
export const EXPORT_REPORTS = [
  'on-time',
  'on-time-dossiers',
  'form-06',
  'lateness',
  'index-766',
  'dashboard',
] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export type ReportRequest =
  | { readonly report: 'on-time'; readonly query: OnTimeReportQuery }
  | { readonly report: 'on-time-dossiers'; readonly query: DrillDownQuery }
  | { readonly report: 'form-06'; readonly query: Form06Query }
  | { readonly report: 'lateness'; readonly query: ReportScopeQuery }
  | { readonly report: 'index-766'; readonly query: Index766Query }
  | { readonly report: 'dashboard'; readonly query: DashboardQuery };

export const QUERY_CLASS_OF_REPORT = {
  'on-time': OnTimeReportQuery,
  'on-time-dossiers': DrillDownQuery,
  'form-06': Form06Query,
  lateness: ReportScopeQuery,
  'index-766': Index766Query,
  dashboard: DashboardQuery,
} as const satisfies Record<ExportReport, Type>;

export function isExportReport(value: unknown): value is ExportReport {
  return typeof value === 'string' && (EXPORT_REPORTS as readonly string[]).includes(value);
}
