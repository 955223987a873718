import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '../../domain/calendar-range';
import { IsCivilDate, ToBoolean, ToNumber } from '../calendar-validators';
import { LunarDateDto } from './calendar-shared.dto';

export class SolarDateParamsDto {
  @ApiProperty({
    example: '2025-01-29',
    description: 'Ngày dương lịch YYYY-MM-DD (1900-01-31 đến 2101-01-28)',
  })
  @IsCivilDate()
  date!: string;
}

export class LunarDateQueryDto {
  @ApiProperty({ example: 2025, minimum: LUNAR_FIRST_YEAR, maximum: LUNAR_LAST_YEAR })
  @ToNumber()
  @IsInt()
  @Min(LUNAR_FIRST_YEAR)
  @Max(LUNAR_LAST_YEAR)
  lunarYear!: number;

  @ApiProperty({ example: 1, minimum: 1, maximum: 12 })
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(12)
  lunarMonth!: number;

  @ApiProperty({ example: 1, minimum: 1, maximum: 30 })
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(30)
  lunarDay!: number;

  @ApiPropertyOptional({ default: false, description: 'Tháng nhuận' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  leap?: boolean;
}

export class LunarConversionResponseDto {
  @ApiProperty({ example: '2025-01-29', description: 'Ngày dương lịch' })
  date!: string;

  @ApiProperty({ type: LunarDateDto })
  lunar!: LunarDateDto;
}
