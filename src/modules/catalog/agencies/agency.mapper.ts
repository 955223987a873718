import { type AgencyLink } from './agency.repository';
import { type Agency } from './agency.entity';
import {
  type AgencyDetailResponse,
  type AgencyRefResponse,
  type AgencyResponse,
  type AgencySuccessionResponse,
} from './dto/agency-response.dto';

export function toAgencyRef(agency: Agency): AgencyRefResponse {
  return {
    id: agency.id,
    key: agency.key,
    name: agency.name,
    shortName: agency.shortName,
    level: agency.levelCode,
    kind: agency.kind,
    validFrom: agency.validFrom,
    validTo: agency.validTo,
  };
}

export function toAgencyResponse(agency: Agency): AgencyResponse {
  return {
    ...toAgencyRef(agency),
    parentId: agency.parentId,
    qcvnCode: agency.qcvnCode,
    decision20Code: agency.decision20Code,
    gsoCode: agency.gsoCode,
    address: agency.address,
  };
}

export interface AgencyContext {
  readonly ancestors: readonly Agency[]; // root first
  readonly predecessors: readonly AgencyLink[];
  readonly successors: readonly AgencyLink[];
}

export function toAgencyDetail(agency: Agency, context: AgencyContext): AgencyDetailResponse {
  return {
    ...toAgencyResponse(agency),
    ancestors: context.ancestors.map(toAgencyRef),
    predecessors: context.predecessors.map(toSuccessionResponse),
    successors: context.successors.map(toSuccessionResponse),
  };
}

function toSuccessionResponse(link: AgencyLink): AgencySuccessionResponse {
  return {
    agency: toAgencyRef(link.agency),
    share: link.share,
    effectiveDate: link.effectiveDate,
    note: link.note,
  };
}
