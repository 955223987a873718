import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AdminLevel } from './admin-level.entity';
import { AgencySuccession } from './agency-succession.entity';
import { Agency } from './agency.entity';

export interface AgencySearch {
  levelCode?: string;
  parentId?: string;
  descendantOf?: string;
  kind?: string;
  activeOn?: string;
  // Words that must all appear in the name, accents and case ignored.
  words: readonly string[];
  offset: number;
  limit: number;
}

export interface AgencyLink {
  readonly agency: Agency;
  readonly share: string;
  readonly effectiveDate: string;
  readonly note: string | null;
}

// Agencies as records: lookups, the public search, and the rows a change writes. Tree queries
// (closure table) are in AgencyTreeRepository.
@Injectable()
export class AgencyRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  findById(id: string, options: { lock?: boolean } = {}): Promise<Agency | null> {
    return this.manager.getRepository(Agency).findOne({
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByIds(ids: readonly string[]): Promise<Agency[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(Agency).findBy({ id: In([...ids]) });
  }

  findLevel(code: string): Promise<AdminLevel | null> {
    return this.manager.getRepository(AdminLevel).findOneBy({ code });
  }

  isKeyTaken(key: string): Promise<boolean> {
    return this.manager.getRepository(Agency).existsBy({ key });
  }

  async isQcvnCodeTaken(qcvnCode: string, exceptId?: string): Promise<boolean> {
    const owner = await this.manager
      .getRepository(Agency)
      .findOne({ where: { qcvnCode }, select: { id: true } });
    return owner !== null && owner.id !== exceptId;
  }

  // Stable order: level (highest first), then name without accents, then id.
  async search(search: AgencySearch): Promise<{ items: Agency[]; total: number }> {
    const query = this.manager
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .innerJoin('agency.level', 'level')
      .orderBy('level.rank', 'ASC')
      .addOrderBy('f_unaccent(lower(agency.name))', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .offset(search.offset)
      .limit(search.limit);
    if (search.levelCode !== undefined) {
      query.andWhere('agency.levelCode = :levelCode', { levelCode: search.levelCode });
    }
    if (search.parentId !== undefined) {
      query.andWhere('agency.parentId = :parentId', { parentId: search.parentId });
    }
    if (search.descendantOf !== undefined) {
      query.andWhere(
        'agency.id IN (SELECT descendant_id FROM agency_closure WHERE ancestor_id = :descendantOf AND depth > 0)',
        { descendantOf: search.descendantOf },
      );
    }
    if (search.kind !== undefined) {
      query.andWhere('agency.kind = :kind', { kind: search.kind });
    }
    if (search.activeOn !== undefined) {
      query.andWhere(
        'agency.validFrom <= :activeOn AND (agency.validTo IS NULL OR agency.validTo >= :activeOn)',
        {
          activeOn: search.activeOn,
        },
      );
    }
    // f_unaccent(lower(name)) is what IDX_agencies_name_search (trigram) indexes.
    search.words.forEach((word, index) => {
      query.andWhere(`f_unaccent(lower(agency.name)) LIKE f_unaccent(lower(:word${index}))`, {
        [`word${index}`]: `%${escapeLike(word)}%`,
      });
    });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  async update(id: string, changes: Partial<Agency>): Promise<void> {
    await this.manager.getRepository(Agency).update({ id }, changes);
  }

  async close(id: string, validTo: string): Promise<void> {
    await this.manager.getRepository(Agency).update({ id }, { validTo });
  }

  async insertSuccessions(
    rows: ReadonlyArray<Omit<AgencySuccession, 'predecessor' | 'successor'>>,
  ): Promise<void> {
    if (rows.length > 0) {
      await this.manager.getRepository(AgencySuccession).insert(rows.map((row) => ({ ...row })));
    }
  }

  async findSuccessors(agencyId: string): Promise<AgencyLink[]> {
    const rows = await this.manager.getRepository(AgencySuccession).find({
      where: { predecessorId: agencyId },
      relations: { successor: true },
    });
    return sortLinks(rows.map((row) => toLink(row, row.successor)));
  }

  async findPredecessors(agencyId: string): Promise<AgencyLink[]> {
    const rows = await this.manager.getRepository(AgencySuccession).find({
      where: { successorId: agencyId },
      relations: { predecessor: true },
    });
    return sortLinks(rows.map((row) => toLink(row, row.predecessor)));
  }
}

function toLink(row: AgencySuccession, agency: Agency | undefined): AgencyLink {
  if (!agency) {
    throw new Error(`succession ${row.predecessorId} → ${row.successorId} without its agency`);
  }
  return { agency, share: row.share, effectiveDate: row.effectiveDate, note: row.note };
}

function sortLinks(links: AgencyLink[]): AgencyLink[] {
  return links.sort(
    (a, b) => a.agency.name.localeCompare(b.agency.name, 'vi') || a.agency.id.localeCompare(b.agency.id),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
