import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { ReportExportProcessor } from './exports/report-export.processor';
import { ReportExportRepository } from './exports/report-export.repository';
import { ReportExportsController } from './exports/report-exports.controller';
import { ReportExportsService } from './exports/report-exports.service';
import { ReportFilesService } from './exports/report-files.service';
import { DossierImportController } from './import/dossier-import.controller';
import { DossierImportRepository } from './import/dossier-import.repository';
import { DossierImportService } from './import/dossier-import.service';
import { Index766Controller } from './index-766.controller';
import { Index766Repository } from './index-766.repository';
import { Index766Service } from './index-766.service';
import { ReportMeasuresRepository } from './report-measures.repository';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { ReportRollupFoldLoop } from './rollups/report-rollup-fold.loop';
import { ReportRollupFolder } from './rollups/report-rollup-folder';
import { ReportRollupRepository } from './rollups/report-rollup.repository';

// Statistics for leaders (issue 8): the periodic report's measures over the dossiers, their
// drill-down, and the official form; every report as CSV or XLSX, at once or as a background
// export (exports/). Read-only over the dossiers' tables, except the historical
// import (import/), which loads legacy dossiers into them.
@Module({
  controllers: [ReportsController, DossierImportController, Index766Controller, ReportExportsController],
  providers: [
    ReportMeasuresRepository,
    ReportRollupRepository,
    ReportRollupFolder,
    ReportRollupFoldLoop,
    ReportsService,
    DashboardService,
    DossierImportRepository,
    DossierImportService,
    Index766Repository,
    Index766Service,
    ReportFilesService,
    ReportExportRepository,
    ReportExportsService,
    ReportExportProcessor,
  ],
  exports: [DossierImportService],
})
export class ReportsModule {}
