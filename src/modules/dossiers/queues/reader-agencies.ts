import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyDirectory, ORGANISATION_KINDS } from '../../catalog';
import { hasAnyRole, type Principal } from '../../identity';

// The agencies whose work a staff member sees in lists: their organisation's own agencies
// (descendants with no other organisation between: desks, units), or for leaders, viewers and
// admins its whole subtree. The work queue and the consultations list read by it.
@Injectable()
export class ReaderAgencies {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyDirectory,
  ) {}

  async of(reader: Principal & { kind: 'staff' }): Promise<string[]> {
    const organisationId = await this.agencies.organisationOf(reader.agencyId);
    const wholeSubtree = hasAnyRole(reader, ['ADMIN', 'AGENCY_LEADER', 'LEADER_VIEWER']);
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      wholeSubtree
        ? 'SELECT descendant_id AS id FROM agency_closure WHERE ancestor_id = $1'
        : `SELECT c.descendant_id AS id FROM agency_closure c WHERE c.ancestor_id = $1
           AND NOT EXISTS (SELECT 1 FROM agency_closure c2 JOIN agencies a ON a.id = c2.ancestor_id
             WHERE c2.descendant_id = c.descendant_id AND c2.depth < c.depth AND a.kind = ANY($2))`,
      wholeSubtree ? [organisationId] : [organisationId, ORGANISATION_KINDS],
    );
    return rows.map((row) => row.id);
  }
}
