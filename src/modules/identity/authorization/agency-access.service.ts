import { Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../../catalog';
import { isAgencyAccessAllowed, type AgencyAccessMode } from '../domain/agency-access';
import { type Principal } from '../domain/principal';
import { type Role } from '../domain/roles';
import { outsideScope } from './identity.errors';

// The one helper every module uses to answer "may this user act on (or read) this agency's
// record". Citizens never pass: their access is by ownership, checked by the owning module.
@Injectable()
export class AgencyAccessService {
  constructor(private readonly directory: AgencyDirectory) {}

  async isAllowed(
    principal: Principal,
    agencyId: string,
    mode: AgencyAccessMode,
    roles?: readonly Role[],
  ): Promise<boolean> {
    if (principal.kind !== 'staff') {
      return false;
    }
    const [ownOrganisation, targetOrganisation] = await Promise.all([
      this.directory.organisationOf(principal.agencyId),
      this.directory.organisationOf(agencyId),
    ]);
    if (ownOrganisation === null || targetOrganisation === null) {
      return false;
    }
    const relation = {
      sameOrganisation: ownOrganisation === targetOrganisation,
      withinSubtree: await this.directory.isWithinSubtree(ownOrganisation, agencyId),
    };
    return isAgencyAccessAllowed(principal, mode, relation, roles);
  }

  async assertMayAct(principal: Principal, agencyId: string, roles?: readonly Role[]): Promise<void> {
    if (!(await this.isAllowed(principal, agencyId, 'act', roles))) {
      throw outsideScope();
    }
  }

  async assertMayRead(principal: Principal, agencyId: string, roles?: readonly Role[]): Promise<void> {
    if (!(await this.isAllowed(principal, agencyId, 'read', roles))) {
      throw outsideScope();
    }
  }
}
