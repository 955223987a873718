import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../../../infra/http/page-query';
import { AGENCY_KINDS, type AgencyKind } from '../domain/agency-kinds';
import { ISO_DATE_PATTERN, LEVEL_CODE_PATTERN, trimmed } from './agency-field-rules';

export class ListAgenciesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'COMMUNE', description: 'Cấp hành chính: PROVINCE, DISTRICT, COMMUNE' })
  @IsOptional()
  @Matches(LEVEL_CODE_PATTERN)
  level?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ các cơ quan trực thuộc trực tiếp cơ quan này' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Mọi cơ quan cấp dưới của cơ quan này, ở mọi cấp' })
  @IsOptional()
  @IsUUID()
  descendantOf?: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({
    format: 'date',
    example: '2025-07-01',
    description: 'Chỉ các cơ quan hoạt động vào ngày này (validFrom ≤ ngày ≤ validTo)',
  })
  @IsOptional()
  @Matches(ISO_DATE_PATTERN)
  @IsISO8601({ strict: true })
  activeOn?: string;

  @ApiPropertyOptional({ example: 'son hoa', description: 'Tìm theo tên, không phân biệt dấu và hoa thường' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}
