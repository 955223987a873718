import type { components } from '../../../api/schema';

type Version = components['schemas']['ProcedureVersionResponse'];
type Content = components['schemas']['ProcedureContentDto'];
type Implementation = components['schemas']['ImplementationDto'];
type RouteStep = components['schemas']['RouteStepDto'];

// Whom a route step names: a kind of agency at its level (any district People's Committee...)
// or one agency of the directory.
export type AgencyBy = 'KIND' | 'AGENCY';

// A route step as the form holds it: the sequence follows the order of the list, a step marked
// parallel shares the sequence of the step before it.
export interface RouteStepValues extends Omit<RouteStep, 'sequence'> {
  agencyBy: AgencyBy;
  parallel: boolean;
}

export interface ImplementationValues extends Omit<Implementation, 'route'> {
  route: RouteStepValues[];
}

export interface DraftValues extends Omit<Content, 'implementations'> {
  implementations: ImplementationValues[];
}

type NamePath = Array<string | number>;

export const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

// A version as the form edits it.
export function toDraftValues(version: Version): DraftValues {
  return {
    name: version.name,
    sectorId: version.sector.id,
    implementations: version.implementations.map((item) => ({
      level: item.level,
      agencyKind: item.agencyKind,
      agencyId: item.agencyId,
      timeLimit: { amount: item.timeLimit.amount, unit: item.timeLimit.unit },
      timeLimitNote: item.timeLimitNote,
      route: item.route.map((step, index) => ({
        parallel: index > 0 && step.sequence === item.route[index - 1]?.sequence,
        level: step.level,
        agencyBy: step.agencyId === null ? 'KIND' : 'AGENCY',
        agencyKind: step.agencyKind,
        agencyId: step.agencyId,
        agencyLabel: step.agencyLabel,
        task: step.task,
        allotted: { amount: step.allotted.amount, unit: step.allotted.unit },
        isLead: step.isLead,
      })),
    })),
    serviceLevel: version.serviceLevel,
    onlineMode: version.onlineMode,
    fullyOnlineEligible: version.fullyOnlineEligible,
    channels: version.channels,
    documents: version.documents.map((document) => ({ ...document })),
    fees: version.fees.map((fee) => ({ ...fee })),
    resultType: version.resultType,
    resultElectronic: version.resultElectronic,
    legalBasis: version.legalBasis,
    applicants: version.applicants,
    publicationDecision: version.publicationDecision,
  };
}

// The sequence of each step: the first is 1, a parallel step shares the one before it.
export function sequencesOf(steps: ReadonlyArray<Pick<RouteStepValues, 'parallel'> | undefined>): number[] {
  let sequence = 0;
  return steps.map((step, index) => (sequence = index > 0 && step?.parallel ? sequence : sequence + 1));
}

// The route as the draft endpoint takes it: a step names a kind of agency (with the unit's own
// name if the directory has none) or one agency, never both.
export function toRoute(steps: readonly RouteStepValues[] | undefined): RouteStep[] {
  const list = steps ?? [];
  const sequences = sequencesOf(list);
  return list.map((step, index) => {
    const byKind = step.agencyBy === 'KIND';
    return {
      sequence: sequences[index],
      level: step.level,
      agencyKind: byKind ? (step.agencyKind ?? null) : null,
      agencyId: byKind ? null : (step.agencyId ?? null),
      agencyLabel: byKind ? blankToNull(step.agencyLabel) : null,
      task: step.task,
      allotted: { amount: step.allotted.amount, unit: step.allotted.unit },
      isLead: Boolean(step.isLead),
    };
  });
}

// The body of PUT /admin/procedures/{id}/draft: what the form shows over the version it started
// from (the implementations' level and agency are not edited here).
export function toDraftContent(initial: DraftValues, values: DraftValues): Content {
  return {
    ...initial,
    ...values,
    implementations: initial.implementations.map((item, index) => {
      const edited = values.implementations[index];
      return {
        level: item.level,
        agencyKind: item.agencyKind,
        agencyId: item.agencyId,
        timeLimit: edited?.timeLimit ?? item.timeLimit,
        timeLimitNote: blankToNull(edited?.timeLimitNote),
        route: toRoute(edited ? edited.route : item.route),
      };
    }),
    documents: (values.documents ?? []).map((document) => ({
      ...document,
      condition: blankToNull(document.condition),
      templateRef: blankToNull(document.templateRef),
    })),
    fees: (values.fees ?? []).map((fee) => ({
      ...fee,
      amountVnd: fee.amountVnd ?? null,
      rule: blankToNull(fee.rule),
      collector: blankToNull(fee.collector),
    })),
    applicants: blankToNull(values.applicants),
    publicationDecision: blankToNull(values.publicationDecision),
  };
}

// The fields this form shows, as the API names them (implementations.0.timeLimit.amount…).
const SHOWN =
  /^(name|sectorId|serviceLevel|onlineMode|channels|resultType|legalBasis|applicants|publicationDecision|implementations\.\d+\.(timeLimit\.(amount|unit)|timeLimitNote|route(\.\d+\.(level|agencyKind|agencyId|agencyLabel|task|allotted\.(amount|unit)|isLead))?)|documents\.\d+\.(name|form|quantity|condition|templateRef)|fees\.\d+\.(kind|description|amountVnd|rule|collector))$/;

// Where the form shows an API field error: most paths are the form's own; a step named as a
// whole (kind and agency both set or both missing) is shown by its "agency by" choice, a step's
// sequence (the form derives it) and the route's own rules (one lead, fits the time limit) by the
// route's running total. Null: not shown here (the save button shows it).
export function placeOfProblem(path: NamePath): NamePath | null {
  const [first, index, key, step, field] = path;
  if (first === 'implementations' && key === 'route' && typeof step === 'number') {
    if (path.length === 4) {
      return [first, index, key, step, 'agencyBy'];
    }
    if (field === 'sequence') {
      return [first, index, key];
    }
    if (field === 'allotted' && path.length === 5) {
      return [...path, 'amount'];
    }
  }
  return SHOWN.test(path.join('.')) ? path : null;
}
