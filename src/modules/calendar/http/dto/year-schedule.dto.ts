import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate, ToNumber } from '../calendar-validators';
import { OVERRIDE_KINDS } from './calendar-shared.dto';

export const MAX_DAYS_PER_YEAR_SCHEDULE = 80;

export class YearParamsDto {
  @ApiProperty({ example: 2027, description: 'Năm, từ 2015 đến 2100' })
  @ToNumber()
  @IsInt()
  year!: number;
}

export class ScheduleDayInputDto {
  @ApiProperty({ example: '2027-02-05' })
  @IsCivilDate()
  date!: string;

  @ApiProperty({ enum: OVERRIDE_KINDS, example: 'HOLIDAY' })
  @IsIn(OVERRIDE_KINDS)
  kind!: (typeof OVERRIDE_KINDS)[number];

  @ApiProperty({ example: 'Tết Nguyên Đán (29 tháng Chạp)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ description: 'Căn cứ riêng của ngày này; mặc định là văn bản của năm' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source?: string;
}

export class SourceDocumentInputDto {
  @ApiProperty({ example: '5015/TB-LĐTBXH', description: 'Số văn bản công bố lịch nghỉ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  documentNumber!: string;

  @ApiProperty({ example: '2023-11-22' })
  @IsCivilDate()
  documentDate!: string;

  @ApiPropertyOptional({ example: 'Thông báo về việc nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2024' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;
}

export class PutYearScheduleDto {
  @ApiProperty({ type: SourceDocumentInputDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SourceDocumentInputDto)
  source!: SourceDocumentInputDto;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({
    type: [ScheduleDayInputDto],
    description:
      'Mọi ngày đặc biệt của năm: ngày lễ, nghỉ bù, nghỉ hoán đổi, làm bù. Thay thế toàn bộ lịch của năm.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_DAYS_PER_YEAR_SCHEDULE)
  @ValidateNested({ each: true })
  @Type(() => ScheduleDayInputDto)
  days!: ScheduleDayInputDto[];
}

export class ScheduleDayDto {
  @ApiProperty({ example: '2024-02-10' })
  date!: string;

  @ApiProperty({ enum: OVERRIDE_KINDS })
  kind!: string;

  @ApiProperty({ example: 'Tết Nguyên Đán (mùng 1 tháng Giêng)' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  source!: string | null;
}

export class SourceDocumentDto {
  @ApiProperty({ type: String, nullable: true })
  documentNumber!: string | null;

  @ApiProperty({ type: String, nullable: true })
  documentDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
}

export class YearScheduleResponseDto {
  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ enum: ['OFFICIAL', 'PROVISIONAL'] })
  status!: string;

  @ApiProperty({ description: 'false: năm chưa được lưu, đây là lịch tạm tính của hệ thống' })
  stored!: boolean;

  @ApiProperty({ type: SourceDocumentDto, nullable: true })
  source!: SourceDocumentDto | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  updatedAt!: string | null;

  @ApiProperty({ type: [ScheduleDayDto] })
  days!: ScheduleDayDto[];
}
