import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyDirectory, ORGANISATION_KINDS } from '../../catalog';
import { AgencyAccessService } from '../authorization/agency-access.service';
import { type Principal } from '../domain/principal';
import { type Role } from '../domain/roles';
import { type AgencyHandlerDto } from './agency-handler.dto';

// Who may read the directory: those who assign dossiers (heads and leaders) and admins.
export const DIRECTORY_READERS = ['UNIT_HEAD', 'AGENCY_LEADER', 'ADMIN'] as const satisfies readonly Role[];
// Who handles a dossier once assigned (clerks and viewers never do).
const HANDLING_ROLES: readonly Role[] = ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'];
// An organisation's handlers are a few dozen; this only bounds a mistaken province-wide call.
const MAX_HANDLERS = 500;

// The staff a unit head chooses a handler from: the active accounts with a handling role in the
// organisation holding the agency (its own units and desks, not the organisations below it),
// the same set the workflow lets act on a dossier held there.
@Injectable()
export class StaffDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AgencyDirectory,
    private readonly access: AgencyAccessService,
  ) {}

  async listHandlers(reader: Principal, agencyId: string): Promise<AgencyHandlerDto[]> {
    await this.access.assertMayRead(reader, agencyId, DIRECTORY_READERS);
    const organisationId = await this.directory.organisationOf(agencyId);
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        username: string;
        full_name: string;
        agency_id: string;
        agency_name: string;
        roles: Role[];
      }>
    >(
      `SELECT u.id, u.username, u.full_name, u.agency_id, a.name AS agency_name,
              array_agg(r.role ORDER BY r.role) AS roles
       FROM staff_users u
       JOIN agencies a ON a.id = u.agency_id
       JOIN staff_roles r ON r.user_id = u.id
       WHERE u.active AND u.agency_id IN (
         SELECT c.descendant_id FROM agency_closure c WHERE c.ancestor_id = $1
         AND NOT EXISTS (SELECT 1 FROM agency_closure c2 JOIN agencies a2 ON a2.id = c2.ancestor_id
           WHERE c2.descendant_id = c.descendant_id AND c2.depth < c.depth AND a2.kind = ANY($2)))
       GROUP BY u.id, a.name
       HAVING bool_or(r.role = ANY($3))
       ORDER BY u.full_name, u.username
       LIMIT ${MAX_HANDLERS}`,
      [organisationId, ORGANISATION_KINDS, HANDLING_ROLES],
    );
    return rows.map((row) => ({
      id: row.id,
      username: row.username,
      fullName: row.full_name,
      roles: row.roles,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
    }));
  }
}
