import { Controller, Get, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
import { FORM_06_XLSX_CONTENT_TYPE, renderForm06Workbook } from './xlsx/form-06-workbook';
import {
  DrillDownPageDto,
  LatenessReportDto,
  OnTimeReportDto,
  type ReportPeriodDto,
} from './dto/report-response.dto';
import { type ReportPeriod } from './domain/report-period';
import { type Dashboard, DashboardService } from './dashboard.service';
import { onTimeReportCsv } from './report-csv';
import { ReportsService } from './reports.service';

const READERS = ['AGENCY_LEADER', 'LEADER_VIEWER', 'ADMIN'] as const;

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
  ) {}

  @Get('on-time')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Tình hình giải quyết hồ sơ theo kỳ: tiếp nhận (kỳ trước chuyển sang, mới trực tuyến/trực tiếp/bưu chính), đã giải quyết (trước hạn, đúng hạn, quá hạn), đang giải quyết (trong hạn, quá hạn), tỷ lệ đúng hạn; theo cấp, cơ quan, lĩnh vực, thủ tục, kênh',
  })
  @ApiOkResponse({ type: OnTimeReportDto })
  async onTime(
    @CurrentPrincipal() reader: Principal,
    @Query() query: OnTimeReportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OnTimeReportDto | undefined> {
    const report = await this.reports.onTime(reader, query);
    if (query.format === 'csv') {
      response
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="dung-han-${query.period}.csv"`)
        .send(onTimeReportCsv([...report.rows, report.total]));
      return undefined;
    }
    return { ...report, period: periodDto(report.period) };
  }

  @Get('dashboard')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Bảng điều hành của lãnh đạo: tháng này và từ đầu năm (so với cùng kỳ), từng cơ quan với xu hướng tỷ lệ đúng hạn, các thủ tục và cơ quan có nhiều hồ sơ quá hạn nhất',
  })
  @ApiOkResponse({
    description: 'KPIs of this month and the year to date, per agency, and the worst procedures and agencies',
  })
  dashboard(@CurrentPrincipal() reader: Principal, @Query() query: DashboardQuery): Promise<Dashboard> {
    return this.dashboards.dashboard(reader, query.agencyId);
  }

  @Get('form-06')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Biểu 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): tình hình, kết quả giải quyết TTHC theo cấp và lĩnh vực, 13 cột; JSON hoặc XLSX (format=xlsx)',
  })
  @ApiProduces('application/json', FORM_06_XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    description: 'The form as data (title, columns, rows by level and sector, totals), or the XLSX file',
  })
  async form06(
    @CurrentPrincipal() reader: Principal,
    @Query() query: Form06Query,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Form06 | undefined> {
    const form = await this.reports.form06(reader, query);
    if (query.format !== 'xlsx') {
      return form;
    }
    const file = await renderForm06Workbook(form);
    response
      .type(FORM_06_XLSX_CONTENT_TYPE)
      .setHeader('Content-Disposition', `attachment; filename="bieu-06-${query.period}.xlsx"`)
      .send(file);
    return undefined;
  }

  @Get('lateness')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary:
      'Hồ sơ quá hạn trong kỳ theo cơ quan có bước liên thông quá hạn đầu tiên (cơ quan làm hồ sơ trễ hạn); hồ sơ quá hạn không do bước liên thông nào được đếm riêng',
  })
  @ApiOkResponse({ type: LatenessReportDto })
  async lateness(
    @CurrentPrincipal() reader: Principal,
    @Query() query: ReportScopeQuery,
  ): Promise<LatenessReportDto> {
    const report = await this.reports.lateness(reader, query);
    return { ...report, period: periodDto(report.period) };
  }

  @Get('on-time/dossiers')
  @StaffRoute(...READERS)
  @ApiOperation({
    summary: 'Danh sách hồ sơ đứng sau một con số của báo cáo (cùng định nghĩa, cùng phạm vi)',
  })
  @ApiOkResponse({ type: DrillDownPageDto })
  async drillDown(
    @CurrentPrincipal() reader: Principal,
    @Query() query: DrillDownQuery,
  ): Promise<DrillDownPageDto> {
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
