import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCivilDate } from '../calendar-validators';
import { DAY_KINDS, LunarDateDto, OfficePeriodDto } from './calendar-shared.dto';

export class CalendarDaysQueryDto {
  @ApiProperty({ example: '2025-01-20', description: 'Ngày đầu (YYYY-MM-DD), từ 2015-01-01' })
  @IsCivilDate()
  from!: string;

  @ApiProperty({ example: '2025-02-10', description: 'Ngày cuối (YYYY-MM-DD), tối đa 1.096 ngày sau from' })
  @IsCivilDate()
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cơ quan: giờ làm việc riêng của cơ quan nếu có' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2025-01-29' })
  date!: string;

  @ApiProperty({ example: false })
  working!: boolean;

  @ApiProperty({ enum: DAY_KINDS, example: 'HOLIDAY' })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Tết Nguyên Đán (mùng 1 tháng Giêng)' })
  name!: string | null;

  @ApiProperty({ type: LunarDateDto })
  lunar!: LunarDateDto;

  @ApiProperty({ description: 'Năm chưa có lịch chính thức: ngày này còn có thể thay đổi' })
  provisional!: boolean;

  @ApiProperty({ type: [OfficePeriodDto], description: 'Giờ làm việc; rỗng vào ngày nghỉ' })
  periods!: OfficePeriodDto[];
}

export class CalendarDaysResponseDto {
  @ApiProperty({ example: '2025-01-20' })
  from!: string;

  @ApiProperty({ example: '2025-02-10' })
  to!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  agencyId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'Cơ quan có giờ làm việc được áp dụng; null: giờ làm việc chung của tỉnh',
  })
  officeHoursAgencyId!: string | null;

  @ApiProperty({ type: [CalendarDayDto] })
  days!: CalendarDayDto[];
}
