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
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, StaffRoute } from '../../identity';
import { AdminListProceduresQuery } from './dto/list-procedures-query.dto';
import { CreateProcedureDto, ProcedureStatusChangeDto, PublishProcedureDto } from './dto/procedure-admin.dto';
import { ProcedureContentDto } from './dto/procedure-content.dto';
import {
  ProcedureDetailResponse,
  ProcedurePageResponse,
  ProcedureVersionResponse,
} from './dto/procedure-response.dto';
import { ProcedureAdminService } from './procedure-admin.service';
import { ProcedureQueryService } from './procedure-query.service';
import { versionNoParam } from './procedures.controller';

const INVALID = 'Dữ liệu không hợp lệ (problem+json, errors[] theo trường)';
const NOT_FOUND = 'Không có thủ tục này';

// Catalog administration: drafts, drafts and suspended procedures included. Changes need an
// administrator of the province (CatalogAdminScope).
@ApiTags('procedures')
@Controller('admin/procedures')
export class AdminProceduresController {
  constructor(
    private readonly queries: ProcedureQueryService,
    private readonly admin: ProcedureAdminService,
  ) {}

  @Get()
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Tìm mọi thủ tục (dự thảo, công bố, tạm ngừng), lọc theo trạng thái' })
  @ApiOkResponse({ type: ProcedurePageResponse })
  @ApiBadRequestResponse({ description: INVALID })
  list(@Query() query: AdminListProceduresQuery): Promise<ProcedurePageResponse> {
    return this.queries.listForAdmin(query);
  }

  @Get(':id')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Một thủ tục với mọi phiên bản và bản dự thảo' })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@Param('id', uuidParam) id: string): Promise<ProcedureDetailResponse> {
    return this.queries.get(id, 'admin');
  }

  @Get(':id/versions/:versionNo')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Một phiên bản, kể cả bản dự thảo' })
  @ApiOkResponse({ type: ProcedureVersionResponse })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  getVersion(
    @Param('id', uuidParam) id: string,
    @Param('versionNo', versionNoParam) versionNo: number,
  ): Promise<ProcedureVersionResponse> {
    return this.queries.getVersion(id, versionNo, 'admin');
  }

  @Post()
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Tạo thủ tục mới (phiên bản 1 là bản dự thảo)' })
  @ApiCreatedResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiConflictResponse({ description: 'Mã thủ tục đã tồn tại' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateProcedureDto,
  ): Promise<ProcedureDetailResponse> {
    return this.admin.create(principal, body);
  }

  @Put(':id/draft')
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary: 'Soạn bản dự thảo: thay bản dự thảo hiện có, hoặc tạo phiên bản mới sau phiên bản đã công bố',
  })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  saveDraft(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: ProcedureContentDto,
  ): Promise<ProcedureDetailResponse> {
    return this.admin.saveDraft(principal, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary:
      'Công bố bản dự thảo thành phiên bản có hiệu lực từ một ngày (không trước hôm nay, trừ phiên bản đầu)',
  })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Không có bản dự thảo' })
  publish(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: PublishProcedureDto,
  ): Promise<ProcedureDetailResponse> {
    return this.admin.publish(principal, id, body);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Tạm ngừng thủ tục đang công bố (ẩn khỏi công chúng, giữ mọi phiên bản)' })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Thủ tục không ở trạng thái công bố' })
  suspend(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: ProcedureStatusChangeDto,
  ): Promise<ProcedureDetailResponse> {
    return this.admin.suspend(principal, id, body);
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Cho thủ tục đang tạm ngừng công bố trở lại' })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Thủ tục không ở trạng thái tạm ngừng' })
  reinstate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: ProcedureStatusChangeDto,
  ): Promise<ProcedureDetailResponse> {
    return this.admin.reinstate(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Xóa thủ tục chưa từng công bố' })
  @ApiNoContentResponse({ description: 'Đã xóa' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Thủ tục đã công bố: chỉ tạm ngừng được' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam) id: string): Promise<void> {
    return this.admin.remove(principal, id);
  }
}
