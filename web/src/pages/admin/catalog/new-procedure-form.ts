import type { components } from '../../../api/schema';
import { blankToNull } from './draft-form';

type CreateProcedure = components['schemas']['CreateProcedureDto'];
type Implementation = components['schemas']['ImplementationDto'];

// A level the new procedure is carried out at, by a kind of agency (the draft editor then keeps
// the level and the agency, and edits the time limit and the route).
export interface NewImplementationValues {
  level: Implementation['level'];
  agencyKind: NonNullable<Implementation['agencyKind']>;
  timeLimit: { amount: number | null; unit: Implementation['timeLimit']['unit'] };
  timeLimitNote?: string;
}

export interface NewProcedureValues {
  code: string;
  nationalCode?: string;
  name: string;
  sectorId: string;
  implementations: NewImplementationValues[];
  serviceLevel: CreateProcedure['serviceLevel'];
  onlineMode: CreateProcedure['onlineMode'];
  fullyOnlineEligible: boolean;
  channels: CreateProcedure['channels'];
  resultType: string;
  resultElectronic: boolean;
  legalBasis: string;
  applicants?: string;
  publicationDecision?: string;
}

export const NEW_IMPLEMENTATION: NewImplementationValues = {
  level: 'COMMUNE',
  agencyKind: 'PEOPLES_COMMITTEE',
  timeLimit: { amount: null, unit: 'WORKING_DAYS' },
};

export const NEW_PROCEDURE_DEFAULTS: Partial<NewProcedureValues> = {
  implementations: [NEW_IMPLEMENTATION],
  serviceLevel: 2,
  onlineMode: 'NONE',
  fullyOnlineEligible: false,
  channels: ['DIRECT'],
  resultElectronic: false,
};

// The body of POST /admin/procedures: version 1 as a draft, without documents, fees or routes
// (written afterwards in the draft editor).
export function toCreateProcedureBody(values: NewProcedureValues): CreateProcedure {
  return {
    code: values.code.trim(),
    nationalCode: blankToNull(values.nationalCode),
    name: values.name.trim(),
    sectorId: values.sectorId,
    implementations: values.implementations.map((item) => ({
      level: item.level,
      agencyKind: item.agencyKind,
      agencyId: null,
      timeLimit: { amount: item.timeLimit.amount ?? 0, unit: item.timeLimit.unit },
      timeLimitNote: blankToNull(item.timeLimitNote),
      route: [],
    })),
    serviceLevel: values.serviceLevel,
    onlineMode: values.onlineMode,
    fullyOnlineEligible: Boolean(values.fullyOnlineEligible),
    channels: values.channels,
    documents: [],
    fees: [],
    resultType: values.resultType.trim(),
    resultElectronic: Boolean(values.resultElectronic),
    legalBasis: values.legalBasis.trim(),
    applicants: blankToNull(values.applicants),
    publicationDecision: blankToNull(values.publicationDecision),
  };
}

type NamePath = Array<string | number>;

// The fields this form shows, as the API names them (implementations.0.timeLimit.amount…).
const SHOWN =
  /^(code|nationalCode|name|sectorId|serviceLevel|onlineMode|fullyOnlineEligible|channels|resultType|legalBasis|applicants|publicationDecision|implementations(\.\d+\.(level|agencyKind|timeLimit\.(amount|unit)|timeLimitNote))?)$/;

// Where the form shows an API field error: a level named as a whole (its agency) by its agency
// kind, a time limit as a whole by its amount, the list of levels (one at least, each once) under
// the list. Null: not shown here (the create button shows it).
export function placeOfNewProcedureProblem(path: NamePath): NamePath | null {
  const [first, index, key] = path;
  if (first === 'implementations' && typeof index === 'number') {
    if (path.length === 2) {
      return [first, index, 'agencyKind'];
    }
    if (key === 'timeLimit' && path.length === 3) {
      return [first, index, key, 'amount'];
    }
  }
  return SHOWN.test(path.join('.')) ? path : null;
}
