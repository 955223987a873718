import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Request } from 'express';
import { StaffRoute } from '../../identity';
import { receiveCsv } from './csv-upload';
import { DossierImportQuery, DossierImportReportResponse } from './dossier-import.dto';
import { DossierImportService } from './dossier-import.service';

@ApiTags('reports')
@Controller('admin/dossier-imports')
export class DossierImportController {
  constructor(private readonly importer: DossierImportService) {}

  @Post()
  @HttpCode(200)
  @StaffRoute('ADMIN')
  @ApiOperation({
    summary:
      'Nhập hồ sơ từ hệ thống cũ (CSV, COPY): kiểm tra mọi dòng; có lỗi thì không ghi gì (trừ khi applyValid=true)',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiOkResponse({
    type: DossierImportReportResponse,
    description: 'Báo cáo theo dòng; applied cho biết đã ghi chưa',
  })
  @ApiBadRequestResponse({ description: 'Tệp CSV không đọc được hoặc dòng tiêu đề sai' })
  @ApiPayloadTooLargeResponse({ description: 'Tệp quá 100 MB' })
  importDossiers(
    @Req() request: Request,
    @Query() query: DossierImportQuery,
  ): Promise<DossierImportReportResponse> {
    return receiveCsv(request, (upload) =>
      this.importer.import(upload.stream, {
        applyValid: query.applyValid === true,
        fileName: upload.fileName,
      }),
    );
  }
}
