import {
  type AgencyKind,
  type Channel,
  type DocumentForm,
  type FeeKind,
  type ImplementingLevel,
  type OnlineMode,
  type ServiceLevel,
  type TimeUnit,
} from './procedure-vocabulary';

export interface TimeLimit {
  readonly amount: number;
  readonly unit: TimeUnit;
}

// Who acts: a kind of agency at a level (e.g. any commune People's Committee, resolved against
// the receiving desk's tree) or one specific agency (e.g. Sở Tư pháp). Exactly one is set.
export interface AgencyRef {
  readonly agencyKind: AgencyKind | null;
  readonly agencyId: string | null;
}

// A route step (liên thông, Decree 61/2018 art. 19.6–19.7). Steps with the same sequence run in
// parallel; the lead agency gathers the results and answers for the whole dossier.
export interface RouteStep extends AgencyRef {
  readonly sequence: number;
  readonly level: ImplementingLevel;
  // The unit's own name when the tree has no node for it (e.g. "Chi cục Thuế").
  readonly agencyLabel: string | null;
  readonly task: string;
  readonly allotted: TimeLimit;
  readonly isLead: boolean;
}

// How the procedure runs at one implementing level: who resolves it, in what time limit, and
// the route between agencies (empty when one agency does everything).
export interface Implementation extends AgencyRef {
  readonly level: ImplementingLevel;
  readonly timeLimit: TimeLimit;
  // The legal wording when it says more than the number ("trường hợp nhận sau 15 giờ ...").
  readonly timeLimitNote: string | null;
  readonly route: readonly RouteStep[];
}

export interface RequiredDocument {
  readonly name: string;
  readonly form: DocumentForm;
  readonly quantity: number;
  readonly isRequired: boolean;
  // When the document is needed ("nếu người đi đăng ký là người được ủy quyền").
  readonly condition: string | null;
  // A template's reference: the form's number in its circular, or a file name.
  readonly templateRef: string | null;
}

export interface Fee {
  readonly kind: FeeKind;
  readonly description: string;
  // In đồng; null when the amount is a rule ("2.000 đồng/trang ...") or set by the province.
  readonly amountVnd: number | null;
  readonly rule: string | null;
  readonly collector: string | null;
}

// Everything a version fixes. A dossier is received under one version and keeps it.
export interface ProcedureContent {
  readonly name: string;
  readonly sectorId: string;
  readonly implementations: readonly Implementation[];
  readonly serviceLevel: ServiceLevel;
  readonly onlineMode: OnlineMode;
  // Decree 42/2022 art. 11: eligible for toàn trình even if not yet offered that way.
  readonly fullyOnlineEligible: boolean;
  readonly channels: readonly Channel[];
  readonly documents: readonly RequiredDocument[];
  readonly fees: readonly Fee[];
  readonly resultType: string;
  readonly resultElectronic: boolean;
  readonly legalBasis: string;
  readonly applicants: string | null;
  readonly publicationDecision: string | null;
}

// A stable text of the content: equal content gives equal text whatever the key order, so an
// import can tell "no change" from a real change by comparing digests of it.
export function canonicalContent(content: ProcedureContent): string {
  return JSON.stringify(sortKeys(content));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

// The levels, agencies and kinds a search filter looks at, as the tags stored on the procedure.
export function implementationTags(content: Pick<ProcedureContent, 'implementations'>): string[] {
  const tags = new Set<string>();
  for (const implementation of content.implementations) {
    tags.add(
      implementation.agencyId !== null
        ? `AGENCY:${implementation.agencyId}`
        : `${implementation.level}:${implementation.agencyKind ?? ''}`,
    );
  }
  return [...tags].sort();
}

// The tags a given agency answers to: procedures naming it, and those its kind resolves at its
// level (every commune People's Committee resolves "COMMUNE:PEOPLES_COMMITTEE" procedures).
export function agencyTags(agency: { id: string; levelCode: string; kind: string }): string[] {
  return [`AGENCY:${agency.id}`, `${agency.levelCode}:${agency.kind}`];
}
