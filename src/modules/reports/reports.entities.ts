import { ReportExport } from './exports/report-export.entity';

export const REPORT_ENTITIES = [ReportExport];
