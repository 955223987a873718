import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StaffRoute } from '../../identity';
import { OfficeHoursService } from '../office-hours/office-hours.service';
import { toOfficeHoursInput, toOfficeHoursResponse } from './calendar-admin.mapper';
import {
  CreateOfficeHoursDto,
  OfficeHoursIdParamsDto,
  OfficeHoursListQueryDto,
  OfficeHoursResponseDto,
  UpdateOfficeHoursDto,
} from './dto/office-hours.dto';

// Dated office hours: a new rule starting inside the open-ended one supersedes it from that day;
// deleting the open-ended rule reopens the one before it. Changes leaving a working day without
// office hours, or overlapping another rule, are refused with 409.
@ApiTags('calendar')
@ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ (problem+json, errors[])' })
@Controller('calendar/office-hours')
export class OfficeHoursController {
  constructor(private readonly officeHours: OfficeHoursService) {}

  @Get()
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Các quy định giờ làm việc (của tỉnh và riêng của cơ quan)' })
  @ApiOkResponse({ type: [OfficeHoursResponseDto] })
  async list(@Query() query: OfficeHoursListQueryDto): Promise<OfficeHoursResponseDto[]> {
    return (await this.officeHours.list(query.agencyId)).map(toOfficeHoursResponse);
  }

  @Post()
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Thêm quy định giờ làm việc' })
  @ApiCreatedResponse({ type: OfficeHoursResponseDto })
  @ApiNotFoundResponse({ description: 'Không có cơ quan agencyId' })
  @ApiConflictResponse({ description: 'Trùng thời gian với quy định khác' })
  async create(@Body() body: CreateOfficeHoursDto): Promise<OfficeHoursResponseDto> {
    return toOfficeHoursResponse(
      await this.officeHours.create(body.agencyId ?? null, toOfficeHoursInput(body)),
    );
  }

  @Put(':id')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Sửa quy định giờ làm việc' })
  @ApiOkResponse({ type: OfficeHoursResponseDto })
  @ApiNotFoundResponse({ description: 'Không có quy định này' })
  @ApiConflictResponse({ description: 'Trùng thời gian hoặc để trống giờ làm việc' })
  async update(
    @Param() params: OfficeHoursIdParamsDto,
    @Body() body: UpdateOfficeHoursDto,
  ): Promise<OfficeHoursResponseDto> {
    return toOfficeHoursResponse(await this.officeHours.update(params.id, toOfficeHoursInput(body)));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Xóa quy định giờ làm việc' })
  @ApiNoContentResponse({ description: 'Đã xóa' })
  @ApiNotFoundResponse({ description: 'Không có quy định này' })
  @ApiConflictResponse({ description: 'Xóa sẽ để ngày làm việc không có giờ làm việc' })
  async remove(@Param() params: OfficeHoursIdParamsDto): Promise<void> {
    await this.officeHours.remove(params.id);
  }
}
