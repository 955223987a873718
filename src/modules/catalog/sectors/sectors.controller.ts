import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, PublicRoute, StaffRoute } from '../../identity';
import { CreateSectorDto, SectorListResponse, SectorResponse, UpdateSectorDto } from './dto/sector.dto';
import { SectorsService } from './sectors.service';

@ApiTags('procedures')
@Controller()
export class SectorsController {
  constructor(private readonly sectors: SectorsService) {}

  @Get('sectors')
  @PublicRoute()
  @ApiOperation({ summary: 'Danh sách lĩnh vực thủ tục hành chính, với số thủ tục đang công bố' })
  @ApiOkResponse({ type: SectorListResponse })
  list(): Promise<SectorListResponse> {
    return this.sectors.list();
  }

  @Post('admin/sectors')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Thêm lĩnh vực' })
  @ApiCreatedResponse({ type: SectorResponse })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ' })
  @ApiConflictResponse({ description: 'Mã lĩnh vực đã tồn tại' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateSectorDto): Promise<SectorResponse> {
    return this.sectors.create(principal, body);
  }

  @Patch('admin/sectors/:id')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Sửa tên hoặc cơ quan quản lý của lĩnh vực (mã không đổi)' })
  @ApiOkResponse({ type: SectorResponse })
  @ApiBadRequestResponse({ description: 'Dữ liệu không hợp lệ' })
  @ApiNotFoundResponse({ description: 'Không có lĩnh vực này' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam) id: string,
    @Body() body: UpdateSectorDto,
  ): Promise<SectorResponse> {
    return this.sectors.update(principal, id, body);
  }
}
