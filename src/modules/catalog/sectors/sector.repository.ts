import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { Sector } from './sector.entity';

export interface SectorWithCount extends Sector {
  publishedProcedures: number;
}

@Injectable()
export class SectorRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  // Every sector, by code, with how many published procedures it has (the catalog is small).
  async findAllWithCounts(): Promise<SectorWithCount[]> {
    const rows = await this.manager.query<Array<Sector & { publishedProcedures: string }>>(
      `SELECT s.id, s.code, s.name, s.ministry, s.created_at AS "createdAt",
         count(p.id) FILTER (WHERE p.status = 'PUBLISHED') AS "publishedProcedures"
       FROM sectors s LEFT JOIN procedures p ON p.sector_id = s.id
       GROUP BY s.id ORDER BY s.code`,
    );
    return rows.map((row) => ({ ...row, publishedProcedures: Number(row.publishedProcedures) }));
  }

  findAll(): Promise<Sector[]> {
    return this.manager.getRepository(Sector).find({ order: { code: 'ASC' } });
  }

  findById(id: string): Promise<Sector | null> {
    return this.manager.getRepository(Sector).findOneBy({ id });
  }

  findByCode(code: string): Promise<Sector | null> {
    return this.manager.getRepository(Sector).findOneBy({ code });
  }

  insert(sector: Pick<Sector, 'code' | 'name' | 'ministry'>): Promise<Sector> {
    const repository = this.manager.getRepository(Sector);
    return repository.save(repository.create(sector));
  }

  async update(id: string, change: Partial<Pick<Sector, 'name' | 'ministry'>>): Promise<void> {
    await this.manager.getRepository(Sector).update(id, change);
  }
}
