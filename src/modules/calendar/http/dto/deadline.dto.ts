import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUUID } from 'class-validator';
import { DEADLINE_UNITS } from '../../domain/calendar-range';
import { IsInstant, ToBoolean, ToNumber } from '../calendar-validators';
import { DAY_KINDS } from './calendar-shared.dto';

export class DeadlineQueryDto {
  @ApiProperty({
    example: '2025-01-24T16:00:00+07:00',
    description: 'Thời điểm tiếp nhận, ISO 8601 có múi giờ',
  })
  @IsInstant()
  start!: string;

  @ApiProperty({
    example: 3,
    description:
      'Thời hạn: số nguyên với ngày, tháng; có thể lẻ với giờ. Tối đa 365 ngày làm việc, 2.920 giờ, 3.660 ngày, 120 tháng',
  })
  @ToNumber()
  @IsNumber()
  amount!: number;

  @ApiProperty({ enum: DEADLINE_UNITS, example: 'WORKING_DAYS' })
  @IsIn(DEADLINE_UNITS)
  unit!: (typeof DEADLINE_UNITS)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    description:
      'Nộp trực tuyến: ngoài giờ làm việc thì tính từ giờ làm việc đầu tiên của ngày làm việc tiếp theo',
  })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  online?: boolean;
}

export class CountedPeriodDto {
  @ApiProperty({ example: '07:30' })
  start!: string;

  @ApiProperty({ example: '12:00' })
  end!: string;

  @ApiProperty({ example: 270 })
  minutes!: number;
}

export class CountedDayDto {
  @ApiProperty({ example: '2025-02-03' })
  date!: string;

  @ApiProperty({ enum: DAY_KINDS })
  kind!: string;

  @ApiPropertyOptional()
  name?: string;

  @ApiProperty()
  provisional!: boolean;

  @ApiProperty({ type: [CountedPeriodDto] })
  periods!: CountedPeriodDto[];

  @ApiProperty({ example: 480 })
  workingMinutes!: number;
}

export const SKIP_REASONS = [
  'WEEKEND',
  'HOLIDAY',
  'COMPENSATORY_DAY_OFF',
  'DAY_OFF',
  'OUTSIDE_OFFICE_HOURS',
  'AFTER_ONLINE_CUTOFF',
  'FIRST_DAY_NOT_COUNTED',
] as const;

export class SkippedDayDto {
  @ApiProperty({ example: '2025-01-29' })
  date!: string;

  @ApiProperty({ enum: SKIP_REASONS })
  reason!: string;

  @ApiPropertyOptional({ example: 'Tết Nguyên Đán (mùng 1 tháng Giêng)' })
  name?: string;

  @ApiProperty()
  provisional!: boolean;
}

export class PeriodEndDto {
  @ApiProperty({ description: 'Ngày cuối cùng của thời hạn' })
  lastDate!: string;

  @ApiProperty({
    description: 'Ngày thời hạn thực sự kết thúc (dời qua ngày nghỉ, Bộ luật Dân sự Điều 148.5)',
  })
  closingDate!: string;
}

export const START_ADJUSTMENTS = [
  'NONE',
  'BEFORE_OFFICE_HOURS',
  'BETWEEN_OFFICE_PERIODS',
  'AFTER_OFFICE_HOURS',
  'AFTER_ONLINE_CUTOFF',
  'DAY_OFF',
] as const;

export class DeadlineExplanationDto {
  @ApiProperty({ enum: DEADLINE_UNITS })
  unit!: string;

  @ApiProperty()
  amount!: number;

  @ApiProperty()
  online!: boolean;

  @ApiProperty({ description: 'Quy tắc tính và căn cứ pháp lý' })
  rule!: string;

  @ApiProperty({ enum: START_ADJUSTMENTS, description: 'Vì sao thời điểm bắt đầu tính bị dời' })
  startAdjustment!: string;

  @ApiProperty({ type: [CountedDayDto] })
  countedDays!: CountedDayDto[];

  @ApiProperty({ type: [SkippedDayDto] })
  skippedDays!: SkippedDayDto[];

  @ApiPropertyOptional({ type: PeriodEndDto })
  periodEnd?: PeriodEndDto;
}

export class DeadlineResponseDto {
  @ApiProperty({ example: '2025-01-24T16:00:00+07:00' })
  start!: string;

  @ApiProperty({ example: '2025-01-24T16:00:00+07:00', description: 'Thời điểm bắt đầu tính thời hạn' })
  effectiveStart!: string;

  @ApiProperty({ example: '2025-02-05T16:00:00+07:00', description: 'Hạn giải quyết, giờ Việt Nam (+07:00)' })
  dueAt!: string;

  @ApiProperty({ description: 'Có ngày thuộc lịch tạm tính (chưa có quyết định chính thức) trong thời hạn' })
  provisional!: boolean;

  @ApiProperty({ type: DeadlineExplanationDto })
  explanation!: DeadlineExplanationDto;
}
