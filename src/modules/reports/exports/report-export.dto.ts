import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional } from 'class-validator';
import { EXPORT_REPORTS, type ExportReport, FILE_FORMATS, type FileFormat } from './report-request';

export const EXPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;

export class ReportExportRequestDto {
  @ApiProperty({
    enum: EXPORT_REPORTS,
    description: 'on-time-dossiers: the drill-down (GET /reports/on-time/dossiers)',
  })
  @IsIn(EXPORT_REPORTS)
  report!: ExportReport;

  @ApiProperty({ enum: FILE_FORMATS })
  @IsIn(FILE_FORMATS)
  format!: FileFormat;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { period: '2027-03', measure: 'late' },
    description:
      'The query of the report’s own endpoint, validated as it validates it (format, page and pageSize are ignored: a file holds every row)',
  })
  @IsOptional()
  @IsObject()
  query: Record<string, unknown> = {};
}

export class ReportExportErrorDto {
  @ApiProperty({ example: 'Không tìm thấy đơn vị' }) title!: string;
  @ApiProperty() detail!: string;
}

export class ReportExportLinksDto {
  @ApiProperty({ example: '/api/v1/reports/exports/6f1c…' }) self!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The download, once DONE' })
  file!: string | null;
}

export class ReportExportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EXPORT_REPORTS }) report!: string;
  @ApiProperty({ enum: FILE_FORMATS }) format!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) query!: Record<string, unknown>;
  @ApiProperty({ enum: EXPORT_STATUSES }) status!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Percent of the rows written' }) progress!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Rows in the file, once DONE' }) rows!:
    number | null;
  @ApiProperty({ nullable: true, type: String }) fileName!: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the file, hex' }) sha256!:
    string | null;
  @ApiProperty({ nullable: true, type: ReportExportErrorDto, description: 'Why it FAILED' })
  error!: ReportExportErrorDto | null;
  @ApiProperty({ example: '2027-04-02T09:00:00+07:00' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The file and this record are deleted then' })
  expiresAt!: string | null;
  @ApiProperty({ type: ReportExportLinksDto }) links!: ReportExportLinksDto;
}

export class ReportExportPageDto {
  @ApiProperty({ type: [ReportExportDto] }) items!: ReportExportDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
