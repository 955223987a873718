import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { PublicRoute } from '../../identity';
import { invalidProcedure } from './domain/procedure.errors';
import { ListProceduresQuery } from './dto/list-procedures-query.dto';
import {
  ProcedureDetailResponse,
  ProcedurePageResponse,
  ProcedureVersionResponse,
} from './dto/procedure-response.dto';
import { ProcedureQueryService } from './procedure-query.service';

export const versionNoParam = new ParseIntPipe({
  exceptionFactory: () =>
    invalidProcedure([{ field: 'versionNo', message: 'versionNo: là số nguyên dương' }]),
});

// The published catalog, for everyone (anonymous callers and citizens see published only).
@ApiTags('procedures')
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly queries: ProcedureQueryService) {}

  @Get()
  @PublicRoute()
  @ApiOperation({
    summary:
      'Tìm thủ tục hành chính đang công bố: không phân biệt dấu, chịu lỗi gõ, xếp hạng; lọc và phân trang',
  })
  @ApiOkResponse({ type: ProcedurePageResponse })
  @ApiBadRequestResponse({ description: 'Tham số không hợp lệ' })
  list(@Query() query: ListProceduresQuery): Promise<ProcedurePageResponse> {
    return this.queries.list(query);
  }

  @Get(':id')
  @PublicRoute()
  @ApiOperation({ summary: 'Một thủ tục với phiên bản đang có hiệu lực (và phiên bản sắp có hiệu lực)' })
  @ApiOkResponse({ type: ProcedureDetailResponse })
  @ApiBadRequestResponse({ description: 'Mã không phải UUID' })
  @ApiNotFoundResponse({ description: 'Không có thủ tục đang công bố với mã này' })
  get(@Param('id', uuidParam) id: string): Promise<ProcedureDetailResponse> {
    return this.queries.get(id, 'public');
  }

  @Get(':id/versions/:versionNo')
  @PublicRoute()
  @ApiOperation({ summary: 'Một phiên bản đã công bố của thủ tục (các phiên bản cũ vẫn đọc được)' })
  @ApiOkResponse({ type: ProcedureVersionResponse })
  @ApiBadRequestResponse({ description: 'Mã hoặc số phiên bản không hợp lệ' })
  @ApiNotFoundResponse({ description: 'Không có thủ tục hoặc phiên bản này' })
  getVersion(
    @Param('id', uuidParam) id: string,
    @Param('versionNo', versionNoParam) versionNo: number,
  ): Promise<ProcedureVersionResponse> {
    return this.queries.getVersion(id, versionNo, 'public');
  }
}
