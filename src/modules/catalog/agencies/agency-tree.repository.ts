import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { Agency } from './agency.entity';
import { ORGANISATION_KINDS } from './domain/agency-kinds';

export interface AncestorRow {
  id: string;
  depth: number;
  kind: string;
}

// Queries over the closure table. Inserting an agency inserts its closure rows in the same
// transaction (insertWithClosure), so the tree and the table never disagree.
@Injectable()
export class AgencyTreeRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  async insertWithClosure(agency: Partial<Agency>, manager: EntityManager = this.manager): Promise<Agency> {
    const saved = await manager.getRepository(Agency).save(manager.getRepository(Agency).create(agency));
    await manager.query(
      `INSERT INTO agency_closure (ancestor_id, descendant_id, depth)
       SELECT $1::uuid, $1::uuid, 0
       UNION ALL
       SELECT ancestor_id, $1::uuid, depth + 1 FROM agency_closure WHERE descendant_id = $2::uuid`,
      [saved.id, saved.parentId],
    );
    return saved;
  }

  // Self first (depth 0), then parent, up to the root.
  async findAncestors(agencyId: string): Promise<AncestorRow[]> {
    return this.manager.query<AncestorRow[]>(
      `SELECT a.id, c.depth, a.kind FROM agency_closure c JOIN agencies a ON a.id = c.ancestor_id
       WHERE c.descendant_id = $1 ORDER BY c.depth`,
      [agencyId],
    );
  }

  async isInSubtree(rootId: string, agencyId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      'SELECT 1 FROM agency_closure WHERE ancestor_id = $1 AND descendant_id = $2',
      [rootId, agencyId],
    );
    return rows.length > 0;
  }

  // The nearest ancestor-or-self that is an organisation (People's Committee, department...).
  async findOrganisationId(agencyId: string): Promise<string | null> {
    const rows = await this.manager.query<Array<{ id: string }>>(
      `SELECT a.id FROM agency_closure c JOIN agencies a ON a.id = c.ancestor_id
       WHERE c.descendant_id = $1 AND a.kind = ANY($2) ORDER BY c.depth LIMIT 1`,
      [agencyId, ORGANISATION_KINDS],
    );
    return rows[0]?.id ?? null;
  }
}
