import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../../infra/http/page-query';
import { DOSSIER_STATUSES } from '../domain';
import { DossierDto } from '../dossier.mapper';

export const DUE_FILTERS = ['overdue', 'today'] as const;
export const QUEUE_SORTS = ['dueAt', 'receivedAt', 'submittedAt'] as const;

export class WorkQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DOSSIER_STATUSES })
  @IsOptional()
  @IsIn(DOSSIER_STATUSES)
  status?: (typeof DOSSIER_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Only dossiers assigned to the caller' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  assignedToMe?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only dossiers now at this agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    enum: DUE_FILTERS,
    description: 'Open dossiers overdue now, or due today (Asia/Ho_Chi_Minh)',
  })
  @IsOptional()
  @IsIn(DUE_FILTERS)
  due?: (typeof DUE_FILTERS)[number];

  @ApiPropertyOptional({ description: 'Open dossiers due within N working days', minimum: 0, maximum: 60 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  dueWithinWorkingDays?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  procedureId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @ApiPropertyOptional({ enum: ['DIRECT', 'ONLINE', 'POST'] })
  @IsOptional()
  @IsIn(['DIRECT', 'ONLINE', 'POST'])
  channel?: string;

  @ApiPropertyOptional({
    enum: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
    description: 'Level of the receiving desk',
  })
  @IsOptional()
  @IsIn(['PROVINCE', 'DISTRICT', 'COMMUNE'])
  level?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedTo?: string;

  @ApiPropertyOptional({ description: 'Dossier code, or its beginning' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  code?: string;

  @ApiPropertyOptional({ description: 'Applicant name, accent-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  applicant?: string;

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'dueAt' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort: (typeof QUEUE_SORTS)[number] = 'dueAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}

export class WorkQueueItemDto extends DossierDto {
  @ApiProperty({
    example: 'Đăng ký khai sinh',
    description: 'The name of the procedure version the dossier was received under',
  })
  procedureName!: string;
}

export class WorkQueuePageDto {
  @ApiProperty({ type: [WorkQueueItemDto] }) items!: WorkQueueItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Matching dossiers, counted up to 10,000' }) total!: number;
  @ApiProperty({ description: 'true when there are more than `total` (counting stopped at 10,000)' })
  totalCapped!: boolean;
}
