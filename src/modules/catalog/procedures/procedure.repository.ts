import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { type EntityManager, In } from 'typeorm';
import { canonicalContent, implementationTags, type ProcedureContent } from './domain/procedure-content';
import { type ProcedureStatus, type VersionStatus } from './domain/procedure-vocabulary';
import { ProcedureVersion } from './procedure-version.entity';
import { Procedure } from './procedure.entity';

export interface NewProcedure {
  readonly id: string;
  readonly code: string;
  readonly nationalCode: string | null;
  readonly onlineVariantCodes: readonly string[];
  readonly status: ProcedureStatus;
  readonly isDemo: boolean;
}

export interface NewVersion {
  readonly procedureId: string;
  readonly versionNo: number;
  readonly status: VersionStatus;
  readonly effectiveFrom: string | null;
  readonly publishedAt: Date | null;
  readonly content: ProcedureContent;
}

// Rows per INSERT statement: large batches (seeds, imports, the benchmark) stay well under
// PostgreSQL's 1 GB parameter limit and keep memory flat.
const BATCH = 2000;

export function digestContent(content: ProcedureContent): string {
  return createHash('sha256').update(canonicalContent(content)).digest('hex');
}

// Procedures and their versions as rows. Writes of many rows are one INSERT per table per
// batch, from a JSON array (jsonb_to_recordset), so seeding 2,000 procedures takes tens of ms.
@Injectable()
export class ProcedureRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // The same queries outside the Nest container (seeds, benchmarks), over the caller's manager.
  static over(manager: EntityManager): ProcedureRepository {
    return new ProcedureRepository({ tx: manager } as TransactionHost<TransactionalAdapterTypeOrm>);
  }

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  // New procedures, each with the content of its latest version (the search copy).
  async insertProcedures(
    items: ReadonlyArray<{ procedure: NewProcedure; latestVersionNo: number; latest: ProcedureContent }>,
  ): Promise<void> {
    for (let start = 0; start < items.length; start += BATCH) {
      const rows = items.slice(start, start + BATCH).map(({ procedure, latestVersionNo, latest }) => ({
        ...procedure,
        ...searchCopy(latest),
        latestVersionNo,
      }));
      await this.manager.query(
        `INSERT INTO procedures (id, code, national_code, online_variant_codes, status, is_demo,
           latest_version_no, name, sector_id, levels, implementation_tags, service_level, online_mode, channels)
         SELECT r.id, r.code, r."nationalCode", ARRAY(SELECT jsonb_array_elements_text(r."onlineVariantCodes")),
           r.status, r."isDemo", r."latestVersionNo", r.name, r."sectorId",
           ARRAY(SELECT jsonb_array_elements_text(r.levels)),
           ARRAY(SELECT jsonb_array_elements_text(r."implementationTags")),
           r."serviceLevel", r."onlineMode", ARRAY(SELECT jsonb_array_elements_text(r.channels))
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, code varchar, "nationalCode" varchar,
           "onlineVariantCodes" jsonb, status varchar, "isDemo" boolean, "latestVersionNo" int,
           name varchar, "sectorId" uuid, levels jsonb, "implementationTags" jsonb,
           "serviceLevel" smallint, "onlineMode" varchar, channels jsonb)`,
        [JSON.stringify(rows)],
      );
    }
  }

  async insertVersions(versions: readonly NewVersion[]): Promise<void> {
    for (let start = 0; start < versions.length; start += BATCH) {
      const rows = versions.slice(start, start + BATCH).map((version) => ({
        procedureId: version.procedureId,
        versionNo: version.versionNo,
        status: version.status,
        effectiveFrom: version.effectiveFrom,
        publishedAt: version.publishedAt?.toISOString() ?? null,
        ...version.content,
        contentDigest: digestContent(version.content),
      }));
      await this.manager.query(
        `INSERT INTO procedure_versions (procedure_id, version_no, status, effective_from, published_at,
           name, sector_id, implementations, service_level, online_mode, fully_online_eligible, channels,
           documents, fees, result_type, result_electronic, legal_basis, applicants, publication_decision,
           content_digest)
         SELECT r."procedureId", r."versionNo", r.status, r."effectiveFrom", r."publishedAt", r.name,
           r."sectorId", r.implementations, r."serviceLevel", r."onlineMode", r."fullyOnlineEligible",
           ARRAY(SELECT jsonb_array_elements_text(r.channels)), r.documents, r.fees, r."resultType",
           r."resultElectronic", r."legalBasis", r.applicants, r."publicationDecision", r."contentDigest"
         FROM jsonb_to_recordset($1::jsonb) AS r("procedureId" uuid, "versionNo" int, status varchar,
           "effectiveFrom" date, "publishedAt" timestamptz, name varchar, "sectorId" uuid,
           implementations jsonb, "serviceLevel" smallint, "onlineMode" varchar,
           "fullyOnlineEligible" boolean, channels jsonb, documents jsonb, fees jsonb, "resultType" text,
           "resultElectronic" boolean, "legalBasis" text, applicants text, "publicationDecision" text,
           "contentDigest" varchar)`,
        [JSON.stringify(rows)],
      );
    }
  }

  // The search copy follows the latest version; the status changes only when given.
  async updateProcedure(
    id: string,
    change: { latest?: { versionNo: number; content: ProcedureContent }; status?: ProcedureStatus },
  ): Promise<void> {
    await this.manager.getRepository(Procedure).update(id, {
      ...(change.latest
        ? { ...searchCopy(change.latest.content), latestVersionNo: change.latest.versionNo }
        : {}),
      ...(change.status ? { status: change.status } : {}),
      updatedAt: new Date(),
    });
  }

  findById(id: string, options: { lock?: boolean } = {}): Promise<Procedure | null> {
    return this.manager.getRepository(Procedure).findOne({
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByCodes(codes: readonly string[]): Promise<Procedure[]> {
    return codes.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(Procedure).findBy({ code: In([...codes]) });
  }

  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const rows = await this.manager.query<Array<{ code: string }>>(
      'SELECT code FROM procedures WHERE code = ANY($1::varchar[])',
      [codes],
    );
    return new Set(rows.map((row) => row.code));
  }

  // Procedures in code order after `afterCode` (keyset paging for exports).
  findPageByCode(
    afterCode: string | null,
    limit: number,
    filter: { status?: string; isDemo?: boolean },
  ): Promise<Procedure[]> {
    const query = this.manager
      .getRepository(Procedure)
      .createQueryBuilder('procedure')
      .orderBy('procedure.code', 'ASC')
      .limit(limit);
    if (afterCode !== null) {
      query.andWhere('procedure.code > :afterCode', { afterCode });
    }
    if (filter.status !== undefined) {
      query.andWhere('procedure.status = :status', { status: filter.status });
    }
    if (filter.isDemo !== undefined) {
      query.andWhere('procedure.isDemo = :isDemo', { isDemo: filter.isDemo });
    }
    return query.getMany();
  }

  // The version an export writes for each procedure: the latest published, else the draft.
  findExportedVersions(procedureIds: readonly string[]): Promise<ProcedureVersion[]> {
    return procedureIds.length === 0
      ? Promise.resolve([])
      : this.manager
          .getRepository(ProcedureVersion)
          .createQueryBuilder('version')
          .distinctOn(['version.procedureId'])
          .where('version.procedureId IN (:...ids)', { ids: [...procedureIds] })
          .orderBy('version.procedureId')
          .addOrderBy(`CASE WHEN version.status = 'PUBLISHED' THEN 0 ELSE 1 END`)
          .addOrderBy('version.versionNo', 'DESC')
          .getMany();
  }

  isCodeTaken(code: string): Promise<boolean> {
    return this.manager.getRepository(Procedure).existsBy({ code });
  }

  findVersions(procedureId: string): Promise<ProcedureVersion[]> {
    return this.manager
      .getRepository(ProcedureVersion)
      .find({ where: { procedureId }, order: { versionNo: 'ASC' } });
  }

  // Every version of many procedures without their content (import planning).
  findVersionFacts(
    procedureIds: readonly string[],
  ): Promise<
    Array<
      Pick<
        ProcedureVersion,
        'id' | 'procedureId' | 'versionNo' | 'status' | 'effectiveFrom' | 'contentDigest'
      >
    >
  > {
    return procedureIds.length === 0
      ? Promise.resolve([])
      : this.manager.getRepository(ProcedureVersion).find({
          select: {
            id: true,
            procedureId: true,
            versionNo: true,
            status: true,
            effectiveFrom: true,
            contentDigest: true,
          },
          where: { procedureId: In([...procedureIds]) },
        });
  }

  findVersion(procedureId: string, versionNo: number): Promise<ProcedureVersion | null> {
    return this.manager.getRepository(ProcedureVersion).findOneBy({ procedureId, versionNo });
  }

  findVersionById(id: string): Promise<ProcedureVersion | null> {
    return this.manager.getRepository(ProcedureVersion).findOneBy({ id });
  }

  // The published version in force on `date` (see pickVersionInForce for the same rule in code).
  findVersionInForce(procedureId: string, date: string): Promise<ProcedureVersion | null> {
    return this.manager
      .getRepository(ProcedureVersion)
      .createQueryBuilder('version')
      .where('version.procedureId = :procedureId', { procedureId })
      .andWhere(`version.status = 'PUBLISHED'`)
      .andWhere('version.effectiveFrom <= :date', { date })
      .orderBy('version.effectiveFrom', 'DESC')
      .addOrderBy('version.versionNo', 'DESC')
      .limit(1)
      .getOne();
  }

  async replaceDraft(versionId: string, content: ProcedureContent): Promise<void> {
    await this.manager
      .getRepository(ProcedureVersion)
      .update(
        { id: versionId, status: 'DRAFT' },
        { ...versionColumns(content), contentDigest: digestContent(content) },
      );
  }

  async publishDraft(versionId: string, effectiveFrom: string, publishedAt: Date): Promise<void> {
    await this.manager
      .getRepository(ProcedureVersion)
      .update({ id: versionId, status: 'DRAFT' }, { status: 'PUBLISHED', effectiveFrom, publishedAt });
  }

  async deleteDraft(versionId: string): Promise<void> {
    await this.manager.getRepository(ProcedureVersion).delete({ id: versionId, status: 'DRAFT' });
  }

  // Only a procedure that never had a published version: nothing can refer to it.
  async deleteUnpublished(procedureId: string): Promise<void> {
    await this.manager.getRepository(ProcedureVersion).delete({ procedureId, status: 'DRAFT' });
    await this.manager.getRepository(Procedure).delete({ id: procedureId });
  }
}

function searchCopy(content: ProcedureContent) {
  return {
    name: content.name,
    sectorId: content.sectorId,
    levels: content.implementations.map((implementation) => implementation.level),
    implementationTags: implementationTags(content),
    serviceLevel: content.serviceLevel,
    onlineMode: content.onlineMode,
    channels: [...content.channels],
  };
}

function versionColumns(content: ProcedureContent): Partial<ProcedureVersion> {
  return {
    name: content.name,
    sectorId: content.sectorId,
    implementations: [...content.implementations],
    serviceLevel: content.serviceLevel,
    onlineMode: content.onlineMode,
    fullyOnlineEligible: content.fullyOnlineEligible,
    channels: [...content.channels],
    documents: [...content.documents],
    fees: [...content.fees],
    resultType: content.resultType,
    resultElectronic: content.resultElectronic,
    legalBasis: content.legalBasis,
    applicants: content.applicants,
    publicationDecision: content.publicationDecision,
  };
}

// The content a version row holds, in the domain's shape.
export function contentOf(version: ProcedureVersion): ProcedureContent {
  return {
    name: version.name,
    sectorId: version.sectorId,
    implementations: version.implementations,
    serviceLevel: version.serviceLevel as ProcedureContent['serviceLevel'],
    onlineMode: version.onlineMode as ProcedureContent['onlineMode'],
    fullyOnlineEligible: version.fullyOnlineEligible,
    channels: version.channels as ProcedureContent['channels'],
    documents: version.documents,
    fees: version.fees,
    resultType: version.resultType,
    resultElectronic: version.resultElectronic,
    legalBasis: version.legalBasis,
    applicants: version.applicants,
    publicationDecision: version.publicationDecision,
  };
}
