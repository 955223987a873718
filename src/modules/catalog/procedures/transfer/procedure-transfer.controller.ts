import { Controller, Get, HttpCode, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type Request } from 'express';
import { CurrentPrincipal, type Principal, StaffRoute } from '../../../identity';
import { ExportQuery } from './export-query.dto';
import { ImportFileDto, ImportOptionsQuery, ImportReportResponse } from './import-report.dto';
import { ProcedureExportService } from './procedure-export.service';
import { ProcedureImportService } from './procedure-import.service';
import { receiveSpreadsheet } from './spreadsheet-upload';
import { CONTENT_TYPES } from './spreadsheet-writer';

// Registered before AdminProceduresController, so "export" is not taken for a procedure id.
@ApiTags('procedures')
@Controller('admin/procedures')
export class ProcedureTransferController {
  constructor(
    private readonly importer: ProcedureImportService,
    private readonly exporter: ProcedureExportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary:
      'Nhập danh mục từ bảng tính CSV/XLSX theo mẫu: kiểm tra mọi dòng; có lỗi thì không ghi gì (trừ khi applyValid=true)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileDto })
  @ApiOkResponse({
    type: ImportReportResponse,
    description: 'Báo cáo: dòng, cột, lỗi; applied cho biết đã ghi chưa',
  })
  @ApiBadRequestResponse({ description: 'Không phải bảng tính CSV/XLSX, hoặc thiếu tệp' })
  @ApiPayloadTooLargeResponse({ description: 'Tệp quá 20 MB' })
  importFile(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Query() options: ImportOptionsQuery,
  ): Promise<ImportReportResponse> {
    return receiveSpreadsheet(request, (upload) => this.importer.import(principal, upload, options));
  }

  @Get('export')
  @StaffRoute('ADMIN')
  @ApiOperation({ summary: 'Xuất danh mục theo cùng mẫu nhập (CSV hoặc XLSX), truyền dần từng trang' })
  @ApiProduces(CONTENT_TYPES.csv, CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'Tệp bảng tính', schema: { type: 'string', format: 'binary' } })
  @ApiBadRequestResponse({ description: 'Tham số không hợp lệ' })
  async exportFile(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ExportQuery,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.exporter.export(principal, query.format, query), {
      type: CONTENT_TYPES[query.format],
      disposition: `attachment; filename="thu-tuc-hanh-chinh.${query.format}"`,
    });
  }
}
