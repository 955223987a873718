import { Global, Module } from '@nestjs/common';
import { AgencyDirectory } from './agencies/agency-directory.service';
import { AgencyTreeRepository } from './agencies/agency-tree.repository';
import { ProcedureCatalog } from './procedures/procedure-catalog.service';
import { ProcedureRepository } from './procedures/procedure.repository';

@Global()
@Module({
  providers: [AgencyTreeRepository, AgencyDirectory, ProcedureRepository, ProcedureCatalog],
  exports: [AgencyDirectory, AgencyTreeRepository, ProcedureCatalog],
})
export class CatalogModule {}
