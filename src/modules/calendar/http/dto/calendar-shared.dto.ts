import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { CLOCK_PATTERN } from '../calendar-validators';

export class OfficePeriodDto {
  @ApiProperty({ example: '07:30', description: 'HH:mm, giờ Việt Nam' })
  @IsString()
  @Matches(CLOCK_PATTERN)
  start!: string;

  @ApiProperty({ example: '12:00', description: 'HH:mm, không tính phút cuối' })
  @IsString()
  @Matches(CLOCK_PATTERN)
  end!: string;
}

export class LunarDateDto {
  @ApiProperty({ example: 1 })
  day!: number;

  @ApiProperty({ example: 1 })
  month!: number;

  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: false, description: 'Tháng nhuận' })
  leap!: boolean;
}

export const OVERRIDE_KINDS = ['HOLIDAY', 'COMPENSATORY_DAY_OFF', 'DAY_OFF', 'MAKEUP_WORKDAY'] as const;
export const DAY_KINDS = ['WORKDAY', 'WEEKEND', ...OVERRIDE_KINDS] as const;
