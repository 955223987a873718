import { type Sector } from '../sectors/sector.entity';
import {
  type AgencyRef,
  type ProcedureContent,
  type RouteStep,
  type TimeLimit,
} from './domain/procedure-content';
import { describeTimeLimit } from './domain/time-limit-text';
import { type ProcedureContentDto } from './dto/procedure-content.dto';
import {
  type AgencyRefResponse,
  type ProcedureSummaryResponse,
  type ProcedureVersionResponse,
  type TimeLimitResponse,
  type VersionFactsResponse,
} from './dto/procedure-response.dto';
import { type ProcedureHit } from './procedure-search.repository';
import { type ProcedureVersion } from './procedure-version.entity';
import { contentOf } from './procedure.repository';

// Explicit mappings between the HTTP shapes and the domain; entities never leave the module.

export function toContent(dto: ProcedureContentDto): ProcedureContent {
  return {
    name: dto.name,
    sectorId: dto.sectorId,
    implementations: dto.implementations.map((implementation) => ({
      level: implementation.level,
      agencyKind: implementation.agencyKind ?? null,
      agencyId: implementation.agencyId ?? null,
      timeLimit: { amount: implementation.timeLimit.amount, unit: implementation.timeLimit.unit },
      timeLimitNote: implementation.timeLimitNote ?? null,
      route: (implementation.route ?? []).map((step): RouteStep => ({
        sequence: step.sequence,
        level: step.level,
        agencyKind: step.agencyKind ?? null,
        agencyId: step.agencyId ?? null,
        agencyLabel: step.agencyLabel ?? null,
        task: step.task,
        allotted: { amount: step.allotted.amount, unit: step.allotted.unit },
        isLead: step.isLead,
      })),
    })),
    serviceLevel: dto.serviceLevel,
    onlineMode: dto.onlineMode,
    fullyOnlineEligible: dto.fullyOnlineEligible,
    channels: [...dto.channels],
    documents: dto.documents.map((document) => ({
      name: document.name,
      form: document.form,
      quantity: document.quantity,
      isRequired: document.isRequired,
      condition: document.condition ?? null,
      templateRef: document.templateRef ?? null,
    })),
    fees: dto.fees.map((fee) => ({
      kind: fee.kind,
      description: fee.description,
      amountVnd: fee.amountVnd ?? null,
      rule: fee.rule ?? null,
      collector: fee.collector ?? null,
    })),
    resultType: dto.resultType,
    resultElectronic: dto.resultElectronic,
    legalBasis: dto.legalBasis,
    applicants: dto.applicants ?? null,
    publicationDecision: dto.publicationDecision ?? null,
  };
}

export interface MappingContext {
  readonly sectors: ReadonlyMap<string, Pick<Sector, 'id' | 'code' | 'name'>>;
  readonly agencyNames: ReadonlyMap<string, string>;
}

export function toTimeLimitResponse(limit: TimeLimit): TimeLimitResponse {
  return { amount: limit.amount, unit: limit.unit, text: describeTimeLimit(limit) };
}

function toAgencyRef(ref: AgencyRef, context: MappingContext): AgencyRefResponse {
  return {
    agencyKind: ref.agencyKind,
    agencyId: ref.agencyId,
    agencyName: ref.agencyId === null ? null : (context.agencyNames.get(ref.agencyId) ?? null),
  };
}

export function toVersionFacts(version: ProcedureVersion): VersionFactsResponse {
  return {
    versionNo: version.versionNo,
    status: version.status,
    effectiveFrom: version.effectiveFrom,
    publishedAt: version.publishedAt?.toISOString() ?? null,
  };
}

export function toVersionResponse(
  version: ProcedureVersion,
  context: MappingContext,
): ProcedureVersionResponse {
  const content = contentOf(version);
  const sector = context.sectors.get(content.sectorId);
  return {
    ...toVersionFacts(version),
    id: version.id,
    name: content.name,
    sector: { id: content.sectorId, code: sector?.code ?? '', name: sector?.name ?? '' },
    implementations: content.implementations.map((implementation) => ({
      ...toAgencyRef(implementation, context),
      level: implementation.level,
      timeLimit: toTimeLimitResponse(implementation.timeLimit),
      timeLimitNote: implementation.timeLimitNote,
      route: implementation.route.map((step) => ({
        ...toAgencyRef(step, context),
        sequence: step.sequence,
        level: step.level,
        agencyLabel: step.agencyLabel,
        task: step.task,
        allotted: toTimeLimitResponse(step.allotted),
        isLead: step.isLead,
      })),
    })),
    serviceLevel: content.serviceLevel,
    onlineMode: content.onlineMode,
    fullyOnlineEligible: content.fullyOnlineEligible,
    channels: [...content.channels],
    documents: content.documents.map((document) => ({ ...document })),
    fees: content.fees.map((fee) => ({ ...fee })),
    resultType: content.resultType,
    resultElectronic: content.resultElectronic,
    legalBasis: content.legalBasis,
    applicants: content.applicants,
    publicationDecision: content.publicationDecision,
  };
}

export function toSummary(hit: ProcedureHit): ProcedureSummaryResponse {
  return {
    id: hit.id,
    code: hit.code,
    nationalCode: hit.nationalCode,
    name: hit.name,
    status: hit.status,
    isDemo: hit.isDemo,
    sector: { id: hit.sectorId, code: hit.sectorCode, name: hit.sectorName },
    levels: hit.levels,
    serviceLevel: hit.serviceLevel,
    onlineMode: hit.onlineMode,
    channels: hit.channels,
    latestVersionNo: hit.latestVersionNo,
    score: hit.score === null ? null : Math.round(hit.score * 1000) / 1000,
  };
}

// Agency ids a version refers to, for naming them in a response or checking they exist.
export function referencedAgencyIds(content: Pick<ProcedureContent, 'implementations'>): string[] {
  const ids = new Set<string>();
  for (const implementation of content.implementations) {
    if (implementation.agencyId !== null) {
      ids.add(implementation.agencyId);
    }
    for (const step of implementation.route) {
      if (step.agencyId !== null) {
        ids.add(step.agencyId);
      }
    }
  }
  return [...ids];
}
