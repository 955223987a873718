import { Injectable } from '@nestjs/common';
import { type AgencySummary, AgencyTreeRepository, type AncestorRow } from './agency-tree.repository';

const MAX_CACHED = 50_000;

// Tree facts other modules ask about on every request. Parents never change (a reorganisation
// creates new agencies), so these answers can be cached per process without ever going stale.
@Injectable()
export class AgencyDirectory {
  private readonly organisations = new Map<string, string | null>();
  private readonly subtreeMembership = new Map<string, boolean>();

  constructor(private readonly tree: AgencyTreeRepository) {}

  async organisationOf(agencyId: string): Promise<string | null> {
    const cached = this.organisations.get(agencyId);
    if (cached !== undefined) {
      return cached;
    }
    const organisationId = await this.tree.findOrganisationId(agencyId);
    if (organisationId !== null) {
      remember(this.organisations, agencyId, organisationId);
    }
    return organisationId;
  }

  async isWithinSubtree(rootId: string, agencyId: string): Promise<boolean> {
    const key = `${rootId}/${agencyId}`;
    const cached = this.subtreeMembership.get(key);
    if (cached !== undefined) {
      return cached;
    }
    const answer = rootId === agencyId || (await this.tree.isInSubtree(rootId, agencyId));
    remember(this.subtreeMembership, key, answer);
    return answer;
  }

  // The facts other modules need about one agency (intake: its identifier and level).
  describe(agencyId: string): Promise<AgencySummary | null> {
    return this.tree.findSummary(agencyId);
  }

  // Self first, then each ancestor up to the root; empty for an unknown agency.
  ancestorsOf(agencyId: string): Promise<AncestorRow[]> {
    return this.tree.findAncestors(agencyId);
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= MAX_CACHED) {
    cache.clear();
  }
  cache.set(key, value);
}
