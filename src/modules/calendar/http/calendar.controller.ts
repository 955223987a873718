import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PublicRoute } from '../../identity';
import { CalendarService } from '../calendar.service';
import { LunarConversionService } from '../lunar-conversion/lunar-conversion.service';
import { toDaysResponse, toDeadlineQuery, toDeadlineResponse } from './calendar.mapper';
import { CalendarDaysQueryDto, CalendarDaysResponseDto } from './dto/calendar-days.dto';
import { DeadlineQueryDto, DeadlineResponseDto } from './dto/deadline.dto';
import { LunarConversionResponseDto, LunarDateQueryDto, SolarDateParamsDto } from './dto/lunar.dto';

// Public reads of the working calendar: anyone may check a day or an appointment date.
@ApiTags('calendar')
@ApiBadRequestResponse({ description: 'Tham số không hợp lệ (problem+json, errors[])' })
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly lunar: LunarConversionService,
  ) {}

  @Get('days')
  @PublicRoute()
  @ApiOperation({ summary: 'Các ngày trong khoảng (tối đa 3 năm): làm việc hay nghỉ, âm lịch, giờ làm việc' })
  @ApiOkResponse({ type: CalendarDaysResponseDto })
  @ApiNotFoundResponse({ description: 'Không có cơ quan agencyId' })
  async listDays(@Query() query: CalendarDaysQueryDto): Promise<CalendarDaysResponseDto> {
    return toDaysResponse(query, await this.calendar.describeDays(query.from, query.to, query.agencyId));
  }

  @Get('deadline')
  @PublicRoute()
  @ApiOperation({ summary: 'Hạn giải quyết từ thời điểm tiếp nhận và thời hạn, kèm giải thích cách tính' })
  @ApiOkResponse({ type: DeadlineResponseDto })
  @ApiNotFoundResponse({ description: 'Không có cơ quan agencyId' })
  async computeDeadline(@Query() query: DeadlineQueryDto): Promise<DeadlineResponseDto> {
    return toDeadlineResponse(await this.calendar.explainDeadline(toDeadlineQuery(query)));
  }

  @Get('lunar/:date')
  @PublicRoute()
  @ApiOperation({ summary: 'Đổi ngày dương lịch sang âm lịch (giờ Việt Nam, UTC+7)' })
  @ApiOkResponse({ type: LunarConversionResponseDto })
  convertToLunar(@Param() params: SolarDateParamsDto): LunarConversionResponseDto {
    return { date: params.date, lunar: this.lunar.convertToLunar(params.date) };
  }

  @Get('solar')
  @PublicRoute()
  @ApiOperation({ summary: 'Đổi ngày âm lịch sang dương lịch (giờ Việt Nam, UTC+7)' })
  @ApiOkResponse({ type: LunarConversionResponseDto })
  convertToSolar(@Query() query: LunarDateQueryDto): LunarConversionResponseDto {
    const lunar = {
      year: query.lunarYear,
      month: query.lunarMonth,
      day: query.lunarDay,
      leap: query.leap === true,
    };
    return { date: this.lunar.convertToSolar(lunar), lunar };
  }
}
