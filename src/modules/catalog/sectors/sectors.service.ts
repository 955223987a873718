import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { type Principal } from '../../identity';
import { CatalogAdminScope } from '../procedures/catalog-admin-scope';
import { sectorCodeTaken, sectorNotFound } from './domain/sector.errors';
import {
  type CreateSectorDto,
  type SectorListResponse,
  type SectorResponse,
  type UpdateSectorDto,
} from './dto/sector.dto';
import { SectorRepository } from './sector.repository';

// Sectors (lĩnh vực): listed publicly, kept by administrators. A sector is never deleted:
// published versions refer to it.
@Injectable()
export class SectorsService {
  constructor(
    private readonly sectors: SectorRepository,
    private readonly scope: CatalogAdminScope,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SectorListResponse> {
    return { items: await this.sectors.findAllWithCounts() };
  }

  @Transactional()
  async create(principal: Principal, input: CreateSectorDto): Promise<SectorResponse> {
    await this.scope.assertMayManage(principal);
    if (await this.sectors.findByCode(input.code)) {
      throw sectorCodeTaken(input.code);
    }
    const sector = await this.sectors.insert({
      code: input.code,
      name: input.name,
      ministry: input.ministry ?? null,
    });
    await this.audit.record({
      action: 'sector.create',
      targetType: 'sector',
      targetId: sector.id,
      summary: { code: sector.code, name: sector.name, ministry: sector.ministry },
    });
    return { ...toSectorResponse(sector), publishedProcedures: 0 };
  }

  @Transactional()
  async update(principal: Principal, id: string, input: UpdateSectorDto): Promise<SectorResponse> {
    await this.scope.assertMayManage(principal);
    const sector = await this.sectors.findById(id);
    if (!sector) {
      throw sectorNotFound();
    }
    const next = {
      name: input.name ?? sector.name,
      ministry: input.ministry === undefined ? sector.ministry : input.ministry,
    };
    if (next.name !== sector.name || next.ministry !== sector.ministry) {
      await this.sectors.update(id, next);
      await this.audit.record({
        action: 'sector.update',
        targetType: 'sector',
        targetId: id,
        summary: { from: { name: sector.name, ministry: sector.ministry }, to: next },
      });
    }
    const counted = (await this.sectors.findAllWithCounts()).find((row) => row.id === id);
    return {
      ...toSectorResponse({ ...sector, ...next }),
      publishedProcedures: counted?.publishedProcedures ?? 0,
    };
  }
}

function toSectorResponse(sector: { id: string; code: string; name: string; ministry: string | null }) {
  return { id: sector.id, code: sector.code, name: sector.name, ministry: sector.ministry };
}
