import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AgencyClosure } from './agency-closure.entity';
import { Agency } from './agency.entity';
import { ORGANISATION_KINDS } from './domain/agency-kinds';

export interface AgencySummary {
  id: string;
  name: string;
  kind: string;
  levelCode: string;
  qcvnCode: string | null;
  validFrom: string;
  validTo: string | null;
}

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

  // The same queries outside the Nest container (seeds), over the caller's manager.
  static over(manager: EntityManager): AgencyTreeRepository {
    return new AgencyTreeRepository({ tx: manager } as TransactionHost<TransactionalAdapterTypeOrm>);
  }

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

  // Many agencies in two statements (seeds): the caller assigns the ids, so a batch may hold
  // parents and their children in any order; closure rows come from walking parent_id up.
  async insertManyWithClosure(
    agencies: ReadonlyArray<Partial<Agency> & { id: string }>,
    manager: EntityManager = this.manager,
  ): Promise<void> {
    if (agencies.length === 0) {
      return;
    }
    await manager.getRepository(Agency).insert(agencies.map((agency) => ({ ...agency })));
    await manager.query(
      `INSERT INTO agency_closure (ancestor_id, descendant_id, depth)
       WITH RECURSIVE chain (descendant_id, ancestor_id, next_id, depth) AS (
         SELECT a.id, a.id, a.parent_id, 0 FROM agencies a WHERE a.id = ANY($1::uuid[])
         UNION ALL
         SELECT chain.descendant_id, p.id, p.parent_id, chain.depth + 1
         FROM chain JOIN agencies p ON p.id = chain.next_id
       )
       SELECT ancestor_id, descendant_id, depth FROM chain`,
      [agencies.map((agency) => agency.id)],
    );
  }

  async findSummary(agencyId: string): Promise<AgencySummary | null> {
    const agency = await this.manager.getRepository(Agency).findOneBy({ id: agencyId });
    return agency
      ? {
          id: agency.id,
          name: agency.name,
          kind: agency.kind,
          levelCode: agency.levelCode,
          qcvnCode: agency.qcvnCode,
          validFrom: agency.validFrom,
          validTo: agency.validTo,
        }
      : null;
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

  // The agencies above `agencyId`, root first (self excluded).
  async findAncestorAgencies(agencyId: string): Promise<Agency[]> {
    return this.manager
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .innerJoin(AgencyClosure, 'closure', 'closure.ancestorId = agency.id')
      .where('closure.descendantId = :agencyId AND closure.depth > 0', { agencyId })
      .orderBy('closure.depth', 'DESC')
      .getMany();
  }

  // Agencies below `agencyId` still in force after `date` (open, or closing later).
  async countDescendantsActiveAfter(agencyId: string, date: string): Promise<number> {
    const rows = await this.manager.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM agency_closure c JOIN agencies a ON a.id = c.descendant_id
       WHERE c.ancestor_id = $1 AND c.depth > 0 AND (a.valid_to IS NULL OR a.valid_to > $2::date)`,
      [agencyId, date],
    );
    return rows[0]?.count ?? 0;
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
