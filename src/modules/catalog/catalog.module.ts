import { Global, Module } from '@nestjs/common';
import { AgencyDirectory } from './agencies/agency-directory.service';
import { AgencyTreeRepository } from './agencies/agency-tree.repository';

@Global()
@Module({
  providers: [AgencyTreeRepository, AgencyDirectory],
  exports: [AgencyDirectory, AgencyTreeRepository],
})
export class CatalogModule {}
