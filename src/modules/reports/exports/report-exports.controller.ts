import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { pageOffset, PageQuery } from '../../../infra/http/page-query';
import { uuidParam } from '../../../infra/http/uuid-param.pipe';
import { CurrentPrincipal, type Principal, StaffRoute } from '../../identity';
import { ReportExportDto, ReportExportPageDto, ReportExportRequestDto } from './report-export.dto';
import { toReportExportDto } from './report-export.mapper';
import { ReportExportRequestPipe } from './report-export-request.pipe';
import { reportFileDownload } from './report-file-http';
import { type ExportRequest, ReportExportsService } from './report-exports.service';
import { CSV_CONTENT_TYPE } from './table-csv';
import { XLSX_CONTENT_TYPE } from './table-workbook';

const READERS = ['AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN'] as const;

@ApiTags('reports')
@Controller('reports/exports')
export class ReportExportsController {
  constructor(private readonly exports: ReportExportsService) {}

  @Post()
  @HttpCode(202)
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Xuất báo cáo chạy nền (CSV hoặc XLSX) cho báo cáo lớn, nhất là danh sách hồ sơ: trả về ngay mã yêu cầu, theo dõi tiến độ rồi tải tệp',
  })
  @ApiBody({ type: ReportExportRequestDto })
  @ApiAcceptedResponse({ type: ReportExportDto, description: 'Queued: status QUEUED, progress 0' })
  @ApiBadRequestResponse({ description: 'Unknown report or format, or a query its endpoint would refuse' })
  async request(
    @CurrentPrincipal() reader: Principal,
    @Body(ReportExportRequestPipe) request: ExportRequest,
  ): Promise<ReportExportDto> {
    return toReportExportDto(await this.exports.request(reader, request));
  }

  @Get()
  @StaffRoute(...READERS)
  @ApiOperation({ summary: 'Các yêu cầu xuất báo cáo của chính người dùng, mới nhất trước' })
  @ApiOkResponse({ type: ReportExportPageDto })
  async list(@CurrentPrincipal() reader: Principal, @Query() page: PageQuery): Promise<ReportExportPageDto> {
    const [rows, total] = await this.exports.list(reader, { offset: pageOffset(page), limit: page.pageSize });
    return { items: rows.map(toReportExportDto), page: page.page, pageSize: page.pageSize, total };
  }

  @Get(':id')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary: 'Trạng thái, tiến độ và số dòng của một yêu cầu xuất; liên kết tải tệp khi đã xong',
  })
  @ApiOkResponse({ type: ReportExportDto })
  @ApiNotFoundResponse({ description: 'Not the caller’s (nor is the caller an administrator), or expired' })
  async find(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<ReportExportDto> {
    return toReportExportDto(await this.exports.find(reader, id));
  }

  @Get(':id/file')
  @StaffRoute(...READERS)
  @ApiOperation({ summary: 'Tải tệp báo cáo đã xuất (khi trạng thái là DONE)' })
  @ApiProduces(CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The file, with its Vietnamese name (RFC 8187)' })
  @ApiConflictResponse({ description: 'Not written yet, or FAILED' })
  async file(
    @CurrentPrincipal() reader: Principal,
    @Param('id', uuidParam) id: string,
  ): Promise<StreamableFile> {
    const { export: done, content } = await this.exports.download(reader, id);
    return reportFileDownload({
      fileName: done.fileName ?? 'bao-cao',
      contentType: done.contentType ?? 'application/octet-stream',
      content,
      size: Number(done.sizeBytes),
    });
  }
}
