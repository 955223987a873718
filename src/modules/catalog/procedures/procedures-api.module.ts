import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity';
import { SectorRepository } from '../sectors/sector.repository';
import { SectorsController } from '../sectors/sectors.controller';
import { SectorsService } from '../sectors/sectors.service';
import { AdminProceduresController } from './admin-procedures.controller';
import { CatalogAdminScope } from './catalog-admin-scope';
import { ProcedureAdminService } from './procedure-admin.service';
import { ProcedureContentCheck } from './procedure-content-check';
import { ProcedureQueryService } from './procedure-query.service';
import { ProcedureReferencesRepository } from './procedure-references.repository';
import { ProcedureSearchRepository } from './procedure-search.repository';
import { ProcedureRepository } from './procedure.repository';
import { ProceduresController } from './procedures.controller';
import { ProcedureExportService } from './transfer/procedure-export.service';
import { ProcedureImportService } from './transfer/procedure-import.service';
import { ProcedureTransferController } from './transfer/procedure-transfer.controller';

// The procedure catalog's HTTP API (sectors, search, administration, import and export). Like
// AgenciesModule it stays out of CatalogModule and catalog/index.ts: it imports identity (route
// policies, scope checks) and identity imports the catalog, so registering it there would close
// an import cycle. The composition root (app.module.ts) imports it; other modules use the
// exported ProcedureCatalog instead.
@Module({
  imports: [IdentityModule],
  // The transfer controller first: its GET admin/procedures/export must match before :id.
  controllers: [
    ProcedureTransferController,
    SectorsController,
    ProceduresController,
    AdminProceduresController,
  ],
  providers: [
    CatalogAdminScope,
    ProcedureRepository,
    ProcedureSearchRepository,
    ProcedureReferencesRepository,
    ProcedureContentCheck,
    ProcedureQueryService,
    ProcedureAdminService,
    ProcedureImportService,
    ProcedureExportService,
    SectorRepository,
    SectorsService,
  ],
})
export class ProceduresApiModule {}
