import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { ReportMeasuresRepository } from './report-measures.repository';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

// Statistics for leaders (issue 8): the periodic report's measures over the dossiers, their
// drill-down, and the official form. Read-only over the dossiers' tables.
@Module({
  controllers: [ReportsController],
  providers: [ReportMeasuresRepository, ReportsService, DashboardService],
})
export class ReportsModule {}
