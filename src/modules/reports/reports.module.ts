import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { DossierImportController } from './import/dossier-import.controller';
import { DossierImportRepository } from './import/dossier-import.repository';
import { DossierImportService } from './import/dossier-import.service';
import { ReportMeasuresRepository } from './report-measures.repository';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

// Statistics for leaders (issue 8): the periodic report's measures over the dossiers, their
// drill-down, and the official form. Read-only over the dossiers' tables, except the historical
// import (import/), which loads legacy dossiers into them.
@Module({
  controllers: [ReportsController, DossierImportController],
  providers: [
    ReportMeasuresRepository,
    ReportsService,
    DashboardService,
    DossierImportRepository,
    DossierImportService,
  ],
  exports: [DossierImportService],
})
export class ReportsModule {}
