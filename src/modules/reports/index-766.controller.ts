import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, StaffRoute } from '../identity';
import { Index766Query, Index766ReportDto } from './dto/index-766.dto';
import { Index766Service } from './index-766.service';

@ApiTags('reports')
@Controller('reports')
export class Index766Controller {
  constructor(private readonly index766: Index766Service) {}

  @Get('index-766')
  @StaffRoute('AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN')
  @ApiOperation({
    summary:
      'Bộ chỉ số chất lượng phục vụ (Quyết định 766/QĐ-TTg): tiến độ giải quyết, dịch vụ công trực tuyến, mức độ hài lòng, số hóa hồ sơ theo dữ liệu hồ sơ; nhóm không có dữ liệu để trống (null); theo đơn vị (groupBy=agency) và toàn phạm vi',
  })
  @ApiOkResponse({ type: Index766ReportDto })
  async report(
    @CurrentPrincipal() reader: Principal,
    @Query() query: Index766Query,
  ): Promise<Index766ReportDto> {
    const { period, ...report } = await this.index766.index766(reader, query);
    return {
      ...report,
      period: { key: period.key, label: period.label, fromDate: period.fromDate, toDate: period.toDate },
    };
  }
}
