import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  CHANNELS,
  type Channel,
  IMPLEMENTING_LEVELS,
  type ImplementingLevel,
  ONLINE_MODES,
  type OnlineMode,
  PROCEDURE_STATUSES,
  type ProcedureStatus,
  SERVICE_LEVELS,
  type ServiceLevel,
} from '../domain/procedure-vocabulary';

export const MAX_PAGE_SIZE = 100;

// Filters and paging of the public list. Anonymous callers and citizens see published
// procedures only; the admin list (AdminListProceduresQuery) adds a status filter.
export class ListProceduresQuery {
  @ApiPropertyOptional({
    example: 'dang ky khai sinh',
    description: 'Tìm theo tên (không phân biệt dấu, chịu lỗi gõ nhỏ) hoặc theo mã thủ tục',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lĩnh vực' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @ApiPropertyOptional({ enum: IMPLEMENTING_LEVELS, description: 'Cấp thực hiện' })
  @IsOptional()
  @IsIn(IMPLEMENTING_LEVELS)
  level?: ImplementingLevel;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Thủ tục do cơ quan này giải quyết (theo loại cơ quan và cấp, hoặc đích danh)',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: SERVICE_LEVELS, description: 'Mức độ dịch vụ công trực tuyến' })
  @IsOptional()
  @Type(() => Number)
  @IsIn(SERVICE_LEVELS)
  serviceLevel?: ServiceLevel;

  @ApiPropertyOptional({ enum: ONLINE_MODES })
  @IsOptional()
  @IsIn(ONLINE_MODES)
  onlineMode?: OnlineMode;

  @ApiPropertyOptional({ enum: CHANNELS, description: 'Cách thức nộp hồ sơ' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}

export class AdminListProceduresQuery extends ListProceduresQuery {
  @ApiPropertyOptional({ enum: PROCEDURE_STATUSES, description: 'Mặc định: mọi trạng thái' })
  @IsOptional()
  @IsIn(PROCEDURE_STATUSES)
  status?: ProcedureStatus;

  @ApiPropertyOptional({ description: 'true: chỉ dữ liệu minh họa; false: chỉ thủ tục thật' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false])
  demo?: boolean;
}
