import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../calendar-validators';
import { OfficePeriodDto } from './calendar-shared.dto';

export const MAX_PERIODS_PER_DAY = 6;

export class OfficeHoursIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class OfficeHoursListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chỉ các quy định riêng của cơ quan này' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class UpdateOfficeHoursDto {
  @ApiProperty({ example: '2021-11-01' })
  @IsCivilDate()
  validFrom!: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'Ngày cuối áp dụng (tính cả ngày đó); bỏ trống: không thời hạn',
  })
  @IsOptional()
  @IsCivilDate()
  validTo?: string;

  @ApiProperty({
    type: [OfficePeriodDto],
    example: [
      { start: '07:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PERIODS_PER_DAY)
  @ValidateNested({ each: true })
  @Type(() => OfficePeriodDto)
  periods!: OfficePeriodDto[];
}

export class CreateOfficeHoursDto extends UpdateOfficeHoursDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Cơ quan áp dụng riêng; bỏ trống: giờ làm việc chung của tỉnh',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class OfficeHoursResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'null: giờ làm việc chung của tỉnh',
  })
  agencyId!: string | null;

  @ApiProperty({ example: '2021-11-01' })
  validFrom!: string;

  @ApiProperty({ type: String, nullable: true })
  validTo!: string | null;

  @ApiProperty({ type: [OfficePeriodDto] })
  periods!: OfficePeriodDto[];
}
