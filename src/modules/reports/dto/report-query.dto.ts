import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../infra/http/page-query';
import {
  MEASURES,
  REPORT_GROUPS,
  WITHDRAWN_POLICIES,
  WITHOUT_LATE_STEP,
} from '../report-measures.repository';

// Every report answers as JSON, or as a file: CSV (UTF-8 with BOM) or XLSX.
export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const FORMAT_PROPERTY = {
  enum: REPORT_FORMATS,
  default: 'json',
  description: 'json, or a file: csv (UTF-8 with BOM, Vietnamese headings) or xlsx',
} as const;

export class DashboardQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An agency of the reader’s scope (default: their organisation)',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional(FORMAT_PROPERTY)
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat = 'json';
}

export class ReportScopeQuery {
  @ApiProperty({
    description:
      'Kỳ báo cáo: 2020 | 2020-Q4 | 2020-11 | 2020-11-05 | 2020-01-01..2020-03-31 | 2020-KY-Q1 … 2020-KY-Q4 | 2020-KY (kỳ theo Nghị định 09/2019)',
    example: '2020-KY',
  })
  @IsString()
  @MaxLength(30)
  period!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An agency of the reader’s scope (default: the reader’s organisation), with its subtree',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: WITHDRAWN_POLICIES, default: 'RESOLVED_BY_APPOINTMENT' })
  @IsOptional()
  @IsIn(WITHDRAWN_POLICIES)
  withdrawnPolicy: (typeof WITHDRAWN_POLICIES)[number] = 'RESOLVED_BY_APPOINTMENT';

  @ApiPropertyOptional({ enum: ['PROVINCE', 'DISTRICT', 'COMMUNE'] })
  @IsOptional()
  @IsIn(['PROVINCE', 'DISTRICT', 'COMMUNE'])
  level?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  procedureId?: string;

  @ApiPropertyOptional({ enum: ['DIRECT', 'ONLINE', 'POST'] })
  @IsOptional()
  @IsIn(['DIRECT', 'ONLINE', 'POST'])
  channel?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only dossiers resolved by this agency' })
  @IsOptional()
  @IsUUID()
  resolvingAgencyId?: string;

  @ApiPropertyOptional(FORMAT_PROPERTY)
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat = 'json';
}

export class OnTimeReportQuery extends ReportScopeQuery {
  @ApiPropertyOptional({ enum: REPORT_GROUPS, default: 'level' })
  @IsOptional()
  @IsIn(REPORT_GROUPS)
  groupBy: (typeof REPORT_GROUPS)[number] = 'level';
}

// Its XLSX is laid out like the paper form; its CSV is the same rows flat.
export class Form06Query extends ReportScopeQuery {}

// The report's scope and filters, paged like every list. As a file (format=csv|xlsx) it holds
// every dossier, not one page.
export class DrillDownQuery extends IntersectionType(ReportScopeQuery, PageQuery) {
  @ApiProperty({ enum: MEASURES, description: 'The number to open: its dossiers, by the same definitions' })
  @IsIn(MEASURES)
  measure!: (typeof MEASURES)[number];

  @ApiPropertyOptional({
    description:
      'With measure=late, a row of the lateness report: the late dossiers whose first late route step was this agency’s, or (none) those with no late route step',
    example: WITHOUT_LATE_STEP,
  })
  @IsOptional()
  @ValidateIf((query: DrillDownQuery) => query.lateStepAgencyId !== WITHOUT_LATE_STEP)
  @IsUUID(undefined, { message: 'lateStepAgencyId phải là mã cơ quan (UUID) hoặc none' })
  lateStepAgencyId?: string;
}
