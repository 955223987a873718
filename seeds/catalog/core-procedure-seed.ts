import { type AgencyKind } from '../../src/modules/catalog/agencies/domain/agency-kinds';
import { type Fee } from '../../src/modules/catalog/procedures/domain/procedure-content';
import {
  type Channel,
  type DocumentForm,
  type ImplementingLevel,
  type OnlineMode,
  type ServiceLevel,
  type TimeUnit,
} from '../../src/modules/catalog/procedures/domain/procedure-vocabulary';

// The shape of a curated procedure in the seed: agencies by seed key (PY-DEPT-STP) or by kind,
// so the plan resolves them against the organisation seed.
export interface AgencySeedRef {
  readonly agencyKind?: AgencyKind;
  readonly agencyKey?: string;
}

export interface RouteStepSeed extends AgencySeedRef {
  readonly sequence: number;
  readonly level: ImplementingLevel;
  readonly agencyLabel?: string;
  readonly task: string;
  readonly allotted: readonly [number, TimeUnit];
  readonly isLead?: boolean;
}

export interface ImplementationSeed extends AgencySeedRef {
  readonly level: ImplementingLevel;
  readonly timeLimit: readonly [number, TimeUnit];
  readonly timeLimitNote?: string;
  readonly route?: readonly RouteStepSeed[];
}

export interface DocumentSeed {
  readonly name: string;
  readonly form: DocumentForm;
  readonly quantity?: number;
  readonly condition?: string;
  readonly templateRef?: string;
}

export interface CoreProcedureSeed {
  // Catalog code when there is no verified national code (LOCAL.…, visibly not official).
  readonly localKey: string;
  readonly nationalCode: string | null;
  readonly name: string;
  readonly sector: string;
  readonly implementations: readonly ImplementationSeed[];
  readonly serviceLevel: ServiceLevel;
  readonly onlineMode: OnlineMode;
  readonly channels: readonly Channel[];
  readonly documents: readonly DocumentSeed[];
  readonly fees: readonly Fee[];
  readonly resultType: string;
  readonly resultElectronic?: boolean;
  readonly legalBasis: string;
  readonly applicants?: string;
}
