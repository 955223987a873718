import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StaffRoute } from '../../identity';
import { CalendarYearsService } from '../years/calendar-years.service';
import { toOfficialYearInput, toYearScheduleResponse } from './calendar-admin.mapper';
import { PutYearScheduleDto, YearParamsDto, YearScheduleResponseDto } from './dto/year-schedule.dto';

@ApiTags('calendar')
@ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (problem+json, errors[])' })
@Controller('calendar/years')
export class CalendarYearsController {
  constructor(private readonly years: CalendarYearsService) {}

  @Get(':year')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Lịch nghỉ của một năm: chính thức, hoặc tạm tính khi chưa có quyết định' })
  @ApiOkResponse({ type: YearScheduleResponseDto })
  async getYear(@Param() params: YearParamsDto): Promise<YearScheduleResponseDto> {
    return toYearScheduleResponse(await this.years.getYear(params.year));
  }

  @Put(':year')
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary: 'Nhập lịch nghỉ chính thức của một năm (thay toàn bộ), kèm văn bản công bố; được ghi nhật ký',
  })
  @ApiOkResponse({ type: YearScheduleResponseDto })
  @ApiConflictResponse({ description: 'Lịch sau thay đổi không hợp lệ' })
  async replaceYear(
    @Param() params: YearParamsDto,
    @Body() body: PutYearScheduleDto,
  ): Promise<YearScheduleResponseDto> {
    return toYearScheduleResponse(await this.years.replaceYear(params.year, toOfficialYearInput(body)));
  }
}
