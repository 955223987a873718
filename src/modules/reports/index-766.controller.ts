import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, StaffRoute } from '../identity';
import { Index766Query, Index766ReportDto } from './dto/index-766.dto';
import { reportFileDownload } from './exports/report-file-http';
import { ReportFilesService } from './exports/report-files.service';
import { CSV_CONTENT_TYPE } from './exports/table-csv';
import { XLSX_CONTENT_TYPE } from './exports/table-workbook';
import { Index766Service } from './index-766.service';

@ApiTags('reports')
@Controller('reports')
export class Index766Controller {
  constructor(
    private readonly index766: Index766Service,
    private readonly files: ReportFilesService,
  ) {}

  @Get('index-766')
  @StaffRoute('AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN')
  @ApiOperation({
    summary:
      'Bộ chỉ số chất lượng phục vụ (Quyết định 766/QĐ-TTg): tiến độ giải quyết, dịch vụ công trực tuyến, mức độ hài lòng, số hóa hồ sơ theo dữ liệu hồ sơ; nhóm không có dữ liệu để trống (null); theo đơn vị (groupBy=agency) và toàn phạm vi',
  })
  @ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({ type: Index766ReportDto, description: 'JSON, or the CSV/XLSX file (format)' })
  async report(
    @CurrentPrincipal() reader: Principal,
    @Query() query: Index766Query,
  ): Promise<Index766ReportDto | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return reportFileDownload(
        await this.files.render(reader, { report: 'index-766', query }, query.format),
      );
    }
    const { period, ...report } = await this.index766.index766(reader, query);
    return {
      ...report,
      period: { key: period.key, label: period.label, fromDate: period.fromDate, toDate: period.toDate },
    };
  }
}
