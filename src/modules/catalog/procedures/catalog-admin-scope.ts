import { Injectable } from '@nestjs/common';
import { AgencyAccessService, outsideScope, type Principal } from '../../identity';
import { AgencyDirectory } from '../agencies/agency-directory.service';

// Who may change the catalog. The province's procedure list is published by its People's
// Committee (the chairman's publication decision), so only an administrator whose scope covers
// the root of the agency tree — the provincial People's Committee — may change it; a district or
// commune administrator administers their own subtree, not the province's catalog.
@Injectable()
export class CatalogAdminScope {
  constructor(
    private readonly directory: AgencyDirectory,
    private readonly access: AgencyAccessService,
  ) {}

  async assertMayManage(principal: Principal): Promise<void> {
    const agencyId = principal.kind === 'staff' ? principal.agencyId : null;
    const chain = agencyId === null ? [] : await this.directory.ancestorsOf(agencyId);
    const root = chain.at(-1);
    if (root === undefined) {
      throw outsideScope();
    }
    await this.access.assertMayAct(principal, root.id);
  }
}
