import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Sector } from '../sectors/sector.entity';

export interface AgencyFacts {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly levelCode: string;
  readonly kind: string;
}

// What procedure content refers to outside its own tables: sectors and agencies, by id or by
// the keys a spreadsheet uses (sector code, agency key).
@Injectable()
export class ProcedureReferencesRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  static over(manager: EntityManager): ProcedureReferencesRepository {
    return new ProcedureReferencesRepository({ tx: manager } as TransactionHost<TransactionalAdapterTypeOrm>);
  }

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  findSectors(ids: readonly string[]): Promise<Sector[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(Sector).findBy({ id: In([...new Set(ids)]) });
  }

  findAllSectors(): Promise<Sector[]> {
    return this.manager.getRepository(Sector).find();
  }

  findAgencies(ids: readonly string[]): Promise<AgencyFacts[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(Agency).find({
          select: { id: true, key: true, name: true, levelCode: true, kind: true },
          where: { id: In([...new Set(ids)]) },
        });
  }

  findAgenciesByKeys(keys: readonly string[]): Promise<AgencyFacts[]> {
    return keys.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(Agency).find({
          select: { id: true, key: true, name: true, levelCode: true, kind: true },
          where: { key: In([...new Set(keys)]) },
        });
  }
}
