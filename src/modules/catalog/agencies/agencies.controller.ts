import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, PublicRoute, StaffRoute } from '../../identity';
import { AgenciesService } from './agencies.service';
import { invalidAgencyId } from './domain/agency.errors';
import { AgencyDetailResponse, AgencyPageResponse } from './dto/agency-response.dto';
import { CloseAgencyDto } from './dto/close-agency.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { ListAgenciesQuery } from './dto/list-agencies-query.dto';
import { UpdateAgencyDto } from './dto/update-agency.dto';

const agencyId = new ParseUUIDPipe({ exceptionFactory: invalidAgencyId });
const INVALID = 'Dữ liệu không hợp lệ (problem+json, errors[] theo trường)';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @PublicRoute()
  @ApiOperation({
    summary: 'Danh sách cơ quan: lọc theo cấp, cấp trên, loại, ngày hoạt động; tìm theo tên không dấu',
  })
  @ApiOkResponse({ type: AgencyPageResponse })
  @ApiBadRequestResponse({ description: INVALID })
  list(@Query() query: ListAgenciesQuery): Promise<AgencyPageResponse> {
    return this.agencies.list(query);
  }

  @Get(':id')
  @PublicRoute()
  @ApiOperation({ summary: 'Một cơ quan, với các cấp trên (từ gốc) và cơ quan tiền thân / kế thừa' })
  @ApiOkResponse({ type: AgencyDetailResponse })
  @ApiBadRequestResponse({ description: 'Mã không phải UUID' })
  @ApiNotFoundResponse({ description: 'Không có cơ quan này' })
  get(@Param('id', agencyId) id: string): Promise<AgencyDetailResponse> {
    return this.agencies.get(id);
  }

  @Post()
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Tạo cơ quan dưới một cơ quan cấp trên trong phạm vi quản trị' })
  @ApiCreatedResponse({ type: AgencyDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiConflictResponse({ description: 'Khóa hoặc mã định danh đã tồn tại' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateAgencyDto,
  ): Promise<AgencyDetailResponse> {
    return this.agencies.create(principal, body);
  }

  @Patch(':id')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Sửa tên, tên ngắn, địa chỉ, mã, giờ hành chính (không sửa cấp trên, cấp, ngày)' })
  @ApiOkResponse({ type: AgencyDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: 'Không có cơ quan này' })
  @ApiConflictResponse({ description: 'Mã định danh đã tồn tại' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', agencyId) id: string,
    @Body() body: UpdateAgencyDto,
  ): Promise<AgencyDetailResponse> {
    return this.agencies.update(principal, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Cho cơ quan ngừng hoạt động từ sau ngày validTo, với các cơ quan kế thừa' })
  @ApiOkResponse({ type: AgencyDetailResponse })
  @ApiBadRequestResponse({ description: `${INVALID}; cơ quan kế thừa phải hoạt động vào ngày sau validTo` })
  @ApiNotFoundResponse({ description: 'Không có cơ quan này' })
  @ApiConflictResponse({
    description: 'Cơ quan đã ngừng hoạt động, hoặc còn cơ quan trực thuộc đang hoạt động',
  })
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('id', agencyId) id: string,
    @Body() body: CloseAgencyDto,
  ): Promise<AgencyDetailResponse> {
    return this.agencies.close(principal, id, body);
  }
}
