import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity';
import { AgenciesController } from './agencies.controller';
import { AgenciesService } from './agencies.service';
import { AgencyRepository } from './agency.repository';

// The agencies HTTP API. It is a module of its own, outside CatalogModule and catalog/index.ts:
// identity imports the catalog (AgencyDirectory) and this API imports identity (route policies,
// AgencyAccessService), so registering it in CatalogModule would close an import cycle that
// breaks class metadata at load time. The tree queries come from the global CatalogModule.
@Module({
  imports: [IdentityModule],
  controllers: [AgenciesController],
  providers: [AgenciesService, AgencyRepository],
})
export class AgenciesModule {}
