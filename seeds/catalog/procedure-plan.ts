import { type AgencyKind } from '../../src/modules/catalog/agencies/domain/agency-kinds';
import {
  type Implementation,
  type ProcedureContent,
  type RouteStep,
} from '../../src/modules/catalog/procedures/domain/procedure-content';
import { localiseCode } from '../../src/modules/catalog/procedures/domain/procedure-codes';
import { type AgencySeedRef, type CoreProcedureSeed, type ImplementationSeed } from './core-procedure-seed';

// A procedure as the seed plans it: content whose sector and agencies are still seed keys.
export interface PlannedProcedure {
  readonly code: string;
  readonly nationalCode: string | null;
  readonly onlineVariantCodes: readonly string[];
  readonly isDemo: boolean;
  readonly sectorCode: string;
  // Content with sectorId '' and agencyId holding the agency's seed key until resolved.
  readonly content: ProcedureContent;
}

export function planCoreProcedure(seed: CoreProcedureSeed, provinceIdentifier: string): PlannedProcedure {
  const code =
    seed.nationalCode === null ? seed.localKey : localiseCode(seed.nationalCode, provinceIdentifier);
  return {
    code,
    nationalCode: seed.nationalCode,
    // Decree 42/2022 practice: the online service variant appends .02 to the localised code.
    onlineVariantCodes: seed.nationalCode !== null && seed.serviceLevel >= 3 ? [`${code}.02`] : [],
    isDemo: false,
    sectorCode: seed.sector,
    content: {
      name: seed.name,
      sectorId: '',
      implementations: seed.implementations.map(planImplementation),
      serviceLevel: seed.serviceLevel,
      onlineMode: seed.onlineMode,
      fullyOnlineEligible: seed.onlineMode === 'FULL',
      channels: [...seed.channels],
      documents: seed.documents.map((document) => ({
        name: document.name,
        form: document.form,
        quantity: document.quantity ?? 1,
        isRequired: document.condition === undefined,
        condition: document.condition ?? null,
        templateRef: document.templateRef ?? null,
      })),
      fees: [...seed.fees],
      resultType: seed.resultType,
      resultElectronic: seed.resultElectronic ?? false,
      legalBasis: seed.legalBasis,
      applicants: seed.applicants ?? null,
      publicationDecision: null,
    },
  };
}

function agencyOf(ref: AgencySeedRef): { agencyKind: AgencyKind | null; agencyId: string | null } {
  return { agencyKind: ref.agencyKind ?? null, agencyId: ref.agencyKey ?? null };
}

function planImplementation(seed: ImplementationSeed): Implementation {
  return {
    level: seed.level,
    ...agencyOf(seed),
    timeLimit: { amount: seed.timeLimit[0], unit: seed.timeLimit[1] },
    timeLimitNote: seed.timeLimitNote ?? null,
    route: (seed.route ?? []).map((step): RouteStep => ({
      sequence: step.sequence,
      level: step.level,
      ...agencyOf(step),
      agencyLabel: step.agencyLabel ?? null,
      task: step.task,
      allotted: { amount: step.allotted[0], unit: step.allotted[1] },
      isLead: step.isLead ?? false,
    })),
  };
}

// Replaces seed keys by ids: the sector code by its id, agency keys by agency ids.
export function resolvePlannedContent(
  planned: PlannedProcedure,
  sectorIds: ReadonlyMap<string, string>,
  agencyIds: ReadonlyMap<string, string>,
): ProcedureContent {
  const sectorId = sectorIds.get(planned.sectorCode);
  if (sectorId === undefined) {
    throw new Error(`catalog seed: no sector ${planned.sectorCode}`);
  }
  const agency = (key: string | null): string | null => {
    if (key === null) {
      return null;
    }
    const id = agencyIds.get(key);
    if (id === undefined) {
      throw new Error(`catalog seed: no agency with key ${key} (the organisation seed runs first)`);
    }
    return id;
  };
  return {
    ...planned.content,
    sectorId,
    implementations: planned.content.implementations.map((implementation) => ({
      ...implementation,
      agencyId: agency(implementation.agencyId),
      route: implementation.route.map((step) => ({ ...step, agencyId: agency(step.agencyId) })),
    })),
  };
}

export function plannedAgencyKeys(plans: readonly PlannedProcedure[]): string[] {
  const keys = new Set<string>();
  for (const plan of plans) {
    for (const implementation of plan.content.implementations) {
      if (implementation.agencyId !== null) {
        keys.add(implementation.agencyId);
      }
      for (const step of implementation.route) {
        if (step.agencyId !== null) {
          keys.add(step.agencyId);
        }
      }
    }
  }
  return [...keys];
}
