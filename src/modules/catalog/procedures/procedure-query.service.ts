import { Injectable } from '@nestjs/common';
import { agencyTags } from './domain/procedure-content';
import { procedureNotFound, versionNotFound } from './domain/procedure.errors';
import { type ProcedureStatus } from './domain/procedure-vocabulary';
import { parseSearchQuery } from './domain/search-query';
import { pickVersionInForce, vietnamDateOf } from './domain/version-in-force';
import { type AdminListProceduresQuery, type ListProceduresQuery } from './dto/list-procedures-query.dto';
import {
  type ProcedureDetailResponse,
  type ProcedurePageResponse,
  type ProcedureVersionResponse,
} from './dto/procedure-response.dto';
import {
  type MappingContext,
  referencedAgencyIds,
  toSummary,
  toVersionFacts,
  toVersionResponse,
} from './procedure.mapper';
import { ProcedureReferencesRepository } from './procedure-references.repository';
import { ProcedureSearchRepository } from './procedure-search.repository';
import { type ProcedureVersion } from './procedure-version.entity';
import { contentOf, ProcedureRepository } from './procedure.repository';

// Who is reading: the public (anonymous and citizens: published procedures and versions only)
// or an administrator (everything, drafts included).
export type Audience = 'public' | 'admin';

const PUBLIC_STATUSES: readonly ProcedureStatus[] = ['PUBLISHED'];
const ALL_STATUSES: readonly ProcedureStatus[] = ['DRAFT', 'PUBLISHED', 'SUSPENDED'];

@Injectable()
export class ProcedureQueryService {
  constructor(
    private readonly procedures: ProcedureRepository,
    private readonly search: ProcedureSearchRepository,
    private readonly references: ProcedureReferencesRepository,
  ) {}

  list(query: ListProceduresQuery): Promise<ProcedurePageResponse> {
    return this.find(query, PUBLIC_STATUSES);
  }

  listForAdmin(query: AdminListProceduresQuery): Promise<ProcedurePageResponse> {
    return this.find(query, query.status ? [query.status] : ALL_STATUSES, query.demo);
  }

  async get(id: string, audience: Audience, now: Date = new Date()): Promise<ProcedureDetailResponse> {
    const procedure = await this.procedures.findById(id);
    if (!procedure || (audience === 'public' && procedure.status !== 'PUBLISHED')) {
      throw procedureNotFound();
    }
    const versions = await this.procedures.findVersions(id);
    const published = versions.filter((version) => version.status === 'PUBLISHED');
    const today = vietnamDateOf(now.getTime());
    const current = pickVersionInForce(published, today);
    const latestPublished = published.at(-1) ?? null;
    const upcoming = latestPublished && latestPublished.effectiveFrom! > today ? latestPublished : null;
    const draft = versions.find((version) => version.status === 'DRAFT') ?? null;
    const shown = [current, upcoming, audience === 'admin' ? draft : null].filter(
      (version): version is ProcedureVersion => version !== null,
    );
    const context = await this.mappingContext(shown);
    return {
      id: procedure.id,
      code: procedure.code,
      nationalCode: procedure.nationalCode,
      onlineVariantCodes: procedure.onlineVariantCodes,
      status: procedure.status,
      isDemo: procedure.isDemo,
      currentVersion: current ? toVersionResponse(current, context) : null,
      upcomingVersion: upcoming ? toVersionResponse(upcoming, context) : null,
      ...(audience === 'admin' ? { draftVersion: draft ? toVersionResponse(draft, context) : null } : {}),
      versions: (audience === 'admin' ? versions : published).map(toVersionFacts),
    };
  }

  async getVersion(id: string, versionNo: number, audience: Audience): Promise<ProcedureVersionResponse> {
    const procedure = await this.procedures.findById(id);
    if (!procedure || (audience === 'public' && procedure.status !== 'PUBLISHED')) {
      throw procedureNotFound();
    }
    const version = await this.procedures.findVersion(id, versionNo);
    if (!version || (audience === 'public' && version.status !== 'PUBLISHED')) {
      throw versionNotFound(versionNo);
    }
    return toVersionResponse(version, await this.mappingContext([version]));
  }

  private async find(
    query: ListProceduresQuery,
    statuses: readonly ProcedureStatus[],
    isDemo?: boolean,
  ): Promise<ProcedurePageResponse> {
    const tags = query.agencyId === undefined ? undefined : await this.tagsOfAgency(query.agencyId);
    const { items, total, totalCapped } = await this.search.search({
      query: query.q === undefined ? null : parseSearchQuery(query.q),
      statuses,
      sectorId: query.sectorId,
      level: query.level,
      implementationTags: tags,
      serviceLevel: query.serviceLevel,
      onlineMode: query.onlineMode,
      channel: query.channel,
      isDemo,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total, totalCapped };
  }

  private async tagsOfAgency(agencyId: string): Promise<string[]> {
    const [agency] = await this.references.findAgencies([agencyId]);
    return agency ? agencyTags(agency) : [`AGENCY:${agencyId}`];
  }

  private async mappingContext(versions: readonly ProcedureVersion[]): Promise<MappingContext> {
    const contents = versions.map(contentOf);
    const [sectors, agencies] = await Promise.all([
      this.references.findSectors(contents.map((content) => content.sectorId)),
      this.references.findAgencies(contents.flatMap(referencedAgencyIds)),
    ]);
    return {
      sectors: new Map(sectors.map((sector) => [sector.id, sector])),
      agencyNames: new Map(agencies.map((agency) => [agency.id, agency.name])),
    };
  }
}
