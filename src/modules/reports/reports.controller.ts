import { DashboardDto } from './dto/dashboard.dto';
import { Form06Dto } from './dto/form-06.dto';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { formatVietnamInstant } from '../calendar';
import { CurrentPrincipal, type Principal, StaffRoute } from '../identity';
import {
  DashboardQuery,
  DrillDownQuery,
  Form06Query,
  OnTimeReportQuery,
  ReportScopeQuery,
} from './dto/report-query.dto';
import { type Form06 } from './domain/form-06';
import { reportFileDownload } from './exports/report-file-http';
import { ReportFilesService } from './exports/report-files.service';
import { type FileFormat, type ReportRequest } from './exports/report-request';
import { CSV_CONTENT_TYPE } from './exports/table-csv';
import { XLSX_CONTENT_TYPE } from './exports/table-workbook';
import {
  DrillDownPageDto,
  LatenessReportDto,
  OnTimeReportDto,
  type ReportPeriodDto,
} from './dto/report-response.dto';
import { type ReportPeriod } from './domain/report-period';
import { type Dashboard, DashboardService } from './dashboard.service';
import { ReportsService } from './reports.service';

const READERS = ['AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN'] as const;
const FILE_TYPES = ['application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE];

const periodDto = (period: ReportPeriod): ReportPeriodDto => ({
  key: period.key,
  label: period.label,
  fromDate: period.fromDate,
  toDate: period.toDate,
});

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly dashboards: DashboardService,
    private readonly files: ReportFilesService,
  ) {}

  // format=csv|xlsx: the report as a file, for the same reader and query.
  private async download(
    reader: Principal,
    request: ReportRequest,
    format: FileFormat,
  ): Promise<StreamableFile> {
    return reportFileDownload(await this.files.render(reader, request, format));
  }

  @Get('on-time')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Tình hình giải quyết hồ sơ theo kỳ: tiếp nhận (kỳ trước chuyển sang, mới trực tuyến/trực tiếp/bưu chính), đã giải quyết (trước hạn, đúng hạn, quá hạn), đang giải quyết (trong hạn, quá hạn), tỷ lệ đúng hạn; theo cấp, cơ quan, lĩnh vực, thủ tục, kênh',
  })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ type: OnTimeReportDto, description: 'JSON, or the CSV/XLSX file (format)' })
  async onTime(
    @CurrentPrincipal() reader: Principal,
    @Query() query: OnTimeReportQuery,
  ): Promise<OnTimeReportDto | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return this.download(reader, { report: 'on-time', query }, query.format);
    }
    const report = await this.reports.onTime(reader, query);
    return { ...report, period: periodDto(report.period) };
  }

  @Get('dashboard')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Bảng điều hành của lãnh đạo: tháng này và từ đầu năm (so với cùng kỳ), từng cơ quan với xu hướng tỷ lệ đúng hạn, các thủ tục và cơ quan có nhiều hồ sơ quá hạn nhất',
  })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({
    type: DashboardDto,
    description:
      'KPIs of this month and the year to date, per agency, and the worst procedures and agencies; or the CSV/XLSX file (format)',
  })
  async dashboard(
    @CurrentPrincipal() reader: Principal,
    @Query() query: DashboardQuery,
  ): Promise<Dashboard | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return this.download(reader, { report: 'dashboard', query }, query.format);
    }
    return this.dashboards.dashboard(reader, query.agencyId);
  }

  @Get('form-06')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Biểu 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): tình hình, kết quả giải quyết TTHC theo cấp và lĩnh vực, 13 cột; JSON, XLSX theo mẫu biểu (format=xlsx) hoặc CSV (format=csv)',
  })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({
    type: Form06Dto,
    description:
      'The form as data (title, columns, rows by level and sector, totals), or the XLSX file laid out like the paper form, or CSV',
  })
  async form06(
    @CurrentPrincipal() reader: Principal,
    @Query() query: Form06Query,
  ): Promise<Form06 | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return this.download(reader, { report: 'form-06', query }, query.format);
    }
    return this.reports.form06(reader, query);
  }

  @Get('lateness')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Hồ sơ quá hạn trong kỳ theo cơ quan có bước liên thông quá hạn đầu tiên (cơ quan làm hồ sơ trễ hạn); hồ sơ quá hạn không do bước liên thông nào được đếm riêng',
  })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ type: LatenessReportDto, description: 'JSON, or the CSV/XLSX file (format)' })
  async lateness(
    @CurrentPrincipal() reader: Principal,
    @Query() query: ReportScopeQuery,
  ): Promise<LatenessReportDto | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return this.download(reader, { report: 'lateness', query }, query.format);
    }
    const report = await this.reports.lateness(reader, query);
    return { ...report, period: periodDto(report.period) };
  }

  @Get('on-time/dossiers')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Danh sách hồ sơ đứng sau một con số của báo cáo (cùng định nghĩa, cùng phạm vi); CSV/XLSX (format) chứa mọi hồ sơ, tối đa 10.000 hồ sơ, nhiều hơn thì xuất chạy nền (POST /reports/exports)',
  })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({
    type: DrillDownPageDto,
    description: 'One page as JSON, or every dossier as CSV/XLSX (format)',
  })
  @ApiUnprocessableEntityResponse({ description: 'format=csv|xlsx over more than 10,000 dossiers' })
  async drillDown(
    @CurrentPrincipal() reader: Principal,
    @Query() query: DrillDownQuery,
  ): Promise<DrillDownPageDto | StreamableFile> {
    if (query.format === 'csv' || query.format === 'xlsx') {
      return this.download(reader, { report: 'on-time-dossiers', query }, query.format);
    }
    const { period, items, total } = await this.reports.drillDown(reader, query);
    return {
      period: periodDto(period),
      items: items.map((item) => ({
        id: item.id,
        code: item.code,
        procedureName: item.procedureName,
        levelCode: item.levelCode,
        channel: item.channel,
        status: item.status,
        receivedAt: formatVietnamInstant(item.receivedAt.getTime()),
        dueAt: instant(item.dueAt),
        resolvedAt: instant(item.resolvedAt ?? item.endedAt),
        classification: item.classification,
        resolvingAgencyName: item.resolvingAgencyName,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
