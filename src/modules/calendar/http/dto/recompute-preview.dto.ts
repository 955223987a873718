import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DEADLINE_UNITS } from '../../domain/calendar-range';
import { MAX_PAUSES_PER_DEADLINE } from '../../domain/calendar-change-check';
import { IsInstant } from '../calendar-validators';
import { UpdateOfficeHoursDto } from './office-hours.dto';
import { MAX_DAYS_PER_YEAR_SCHEDULE, ScheduleDayInputDto } from './year-schedule.dto';

export const MAX_DEADLINES_PER_PREVIEW = 5000;

export class YearScheduleChangeDto {
  @ApiProperty({ example: 2027 })
  @IsInt()
  year!: number;

  @ApiProperty({ type: [ScheduleDayInputDto] })
  @IsArray()
  @ArrayMaxSize(MAX_DAYS_PER_YEAR_SCHEDULE)
  @ValidateNested({ each: true })
  @Type(() => ScheduleDayInputDto)
  days!: ScheduleDayInputDto[];
}

export class OfficeHoursChangeDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Khi thêm quy định mới: cơ quan áp dụng; bỏ trống: cả tỉnh',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Quy định bị thay (kèm rule) hoặc bị xóa (không kèm rule)',
  })
  @IsOptional()
  @IsUUID()
  replaceId?: string;

  @ApiPropertyOptional({ type: UpdateOfficeHoursDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpdateOfficeHoursDto)
  rule?: UpdateOfficeHoursDto;
}

export class ProposedChangeDto {
  @ApiPropertyOptional({ type: YearScheduleChangeDto, description: 'Lịch chính thức của một năm' })
  @IsOptional()
  @ValidateNested()
  @Type(() => YearScheduleChangeDto)
  yearSchedule?: YearScheduleChangeDto;

  @ApiPropertyOptional({ type: OfficeHoursChangeDto, description: 'Một thay đổi giờ làm việc' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfficeHoursChangeDto)
  officeHours?: OfficeHoursChangeDto;
}

export class DeadlinePauseDto {
  @ApiProperty({ example: '2025-01-27T08:00:00+07:00' })
  @IsInstant()
  from!: string;

  @ApiPropertyOptional({ description: 'Bỏ trống: vẫn đang tạm dừng' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class TrackedDeadlineDto {
  @ApiProperty({ example: 'H55.24-250124-0001', description: 'Mã của người gọi, trả lại nguyên vẹn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  id!: string;

  @ApiProperty({ example: '2027-02-01T09:00:00+07:00' })
  @IsInstant()
  start!: string;

  @ApiProperty({ example: 5 })
  @IsNumber()
  amount!: number;

  @ApiProperty({ enum: DEADLINE_UNITS })
  @IsIn(DEADLINE_UNITS)
  unit!: (typeof DEADLINE_UNITS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ type: [DeadlinePauseDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PAUSES_PER_DEADLINE)
  @ValidateNested({ each: true })
  @Type(() => DeadlinePauseDto)
  pauses?: DeadlinePauseDto[];
}

export class RecomputePreviewDto {
  @ApiProperty({ type: ProposedChangeDto, description: 'Đúng một trong yearSchedule, officeHours' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProposedChangeDto)
  change!: ProposedChangeDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Các thời hạn theo lịch của cơ quan này; bỏ trống: của tỉnh',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({ type: [TrackedDeadlineDto] })
  @IsArray()
  @ArrayMaxSize(MAX_DEADLINES_PER_PREVIEW)
  @ValidateNested({ each: true })
  @Type(() => TrackedDeadlineDto)
  deadlines!: TrackedDeadlineDto[];
}

export class RecomputeChangeDto {
  @ApiProperty()
  id!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Hạn hiện tại; null khi đang tạm dừng' })
  oldDueAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Hạn sau thay đổi; null khi đang tạm dừng' })
  newDueAt!: string | null;

  @ApiProperty({ description: 'Số phút làm việc hạn bị dời (âm: sớm hơn)' })
  shiftWorkingMinutes!: number;

  @ApiProperty()
  provisionalBefore!: boolean;

  @ApiProperty()
  provisionalAfter!: boolean;
}

export class RecomputePreviewResponseDto {
  @ApiProperty({ type: [RecomputeChangeDto], description: 'Chỉ các thời hạn bị dời' })
  changes!: RecomputeChangeDto[];

  @ApiProperty({ description: 'Số thời hạn không đổi' })
  unchangedCount!: number;
}
