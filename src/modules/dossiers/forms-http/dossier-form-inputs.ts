import { describeTimeLimit } from '../../catalog/procedures/domain/time-limit-text';
import { describeAction, type DossierAction, type DossierClock } from '../domain';
import { type DossierEvent } from '../dossier-event.entity';
import { type Dossier } from '../dossier.entity';
import {
  type AgencyHeading,
  type ApologyInput,
  type ApplicantView,
  type DossierFormInput,
  type FeeLine,
  type FormChannel,
  type HistoryRow,
  type ProcessControlInput,
  type ReceiptInput,
  type ReceivedDocument,
  type RefusalInput,
  type StopNoticeInput,
  type SupplementRequestInput,
  type TimelinessResult,
} from '../forms';
import { type DossierStep } from '../steps/dossier-step.entity';
import { type DossierFormKind, REFUSAL_ACTIONS, SUPPLEMENT_ACTIONS } from './dossier-form-catalog';

// A dossier's forms filled from its row, its history (dossier_events) and its route steps. Pure:
// the service reads the rows and the agencies' names, this decides what each form prints.

export interface DossierFormSources {
  readonly dossier: Dossier;
  readonly events: readonly DossierEvent[]; // oldest first
  readonly steps: readonly DossierStep[];
  // Letterheads of the agencies named by the dossier, its events and steps, by agency id.
  readonly headings: ReadonlyMap<string, AgencyHeading>;
  readonly procedure: {
    readonly name: string;
    readonly code: string | null;
    readonly documents: readonly ReceivedDocument[];
    readonly fees: readonly FeeLine[];
  };
  readonly place: string;
  readonly lookupUrl: string;
}

type Base = Omit<
  SupplementRequestInput,
  'kind' | 'dossierCode' | 'items' | 'reason' | 'contact' | 'guideName'
>;

const NO_SIGNER = { title: null, name: null } as const;

export function buildDossierFormInput(kind: DossierFormKind, sources: DossierFormSources): DossierFormInput {
  switch (kind) {
    case 'receipt':
      return buildReceiptInput(sources);
    case 'supplement-request':
      return buildSupplementRequestInput(sources);
    case 'refusal':
      return buildRefusalInput(sources);
    case 'apology':
      return buildApologyInput(sources);
    case 'stop-notice':
      return buildStopNoticeInput(sources);
    case 'process-control':
      return buildProcessControlInput(sources);
  }
}

function headingOf(sources: DossierFormSources, agencyId: string | null): AgencyHeading {
  return (
    sources.headings.get(agencyId ?? sources.dossier.receivingAgencyId) ??
    sources.headings.get(sources.dossier.receivingAgencyId) ?? { parentName: null, name: '' }
  );
}

// Forms travel on paper: only the last digits kept in clear are printed.
function applicantOf(dossier: Dossier): ApplicantView {
  return {
    name: dossier.applicantName,
    idNumber: dossier.applicantIdNumberLast3 ? `*********${dossier.applicantIdNumberLast3}` : null,
    address: dossier.applicantAddress,
    phone: dossier.applicantPhoneLast4 ? `******${dossier.applicantPhoneLast4}` : null,
    email: dossier.applicantEmail,
  };
}

function clockOf(dossier: Dossier): DossierClock | null {
  return dossier.receivedAt ? (dossier.clock as unknown as DossierClock) : null;
}

// The common part. `agencyId` issues the form; `issuedAt` is its date. A dossier not yet received
// (Mẫu 02/03 at the desk) counts from when it was handed in, which also selects the form set.
function baseOf(sources: DossierFormSources, agencyId: string | null, issuedAt: number): Base {
  const { dossier } = sources;
  const limit = clockOf(dossier)?.limit;
  return {
    agency: headingOf(sources, agencyId),
    deskName: headingOf(sources, dossier.receivingAgencyId).name,
    place: sources.place,
    issuedAt,
    documentNumber: null,
    applicant: applicantOf(dossier),
    procedure: {
      name: sources.procedure.name,
      code: sources.procedure.code,
      timeLimitText: limit ? describeTimeLimit(limit) : null,
    },
    channel: dossier.channel as FormChannel,
    receivedAt: (dossier.receivedAt ?? dossier.submittedAt).getTime(),
    lookupUrl: sources.lookupUrl,
  };
}

function lastEventOf(sources: DossierFormSources, actions: readonly DossierAction[]): DossierEvent {
  const event = sources.events.findLast((candidate) =>
    (actions as readonly string[]).includes(candidate.action),
  );
  if (event === undefined) {
    // The catalog checked availability first; reaching this is a bug, not a user error.
    throw new Error(`no ${actions.join('/')} event on dossier ${sources.dossier.id}`);
  }
  return event;
}

// A reason written on several lines prints as several items.
const linesOf = (note: string | null): string[] =>
  (note ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

const requireInstant = (value: Date | null, field: string): number => {
  if (value === null) {
    throw new Error(`dossier without ${field}`);
  }
  return value.getTime();
};

export function buildReceiptInput(sources: DossierFormSources): ReceiptInput {
  const { dossier } = sources;
  const receivedAt = requireInstant(dossier.receivedAt, 'receivedAt');
  return {
    ...baseOf(sources, dossier.receivingAgencyId, receivedAt),
    kind: 'receipt',
    dossierCode: dossier.code ?? '',
    appointmentAt: requireInstant(dossier.appointmentAt, 'appointmentAt'),
    documents: sources.procedure.documents,
    setCount: 1,
    fees: sources.procedure.fees,
    resultDelivery: null,
    // The register has one book a year at each desk (Circular 01/2018 art. 10).
    registerEntry:
      dossier.registerYear !== null && dossier.registerNumber !== null
        ? { book: String(dossier.registerYear), number: dossier.registerNumber }
        : null,
    lookupSecret: null,
    receiverName: null,
  };
}

// Mẫu 02, the latest request: at reception it lists the documents the checklist found missing
// (and the clerk's note is the reason); during handling the handler's note says what is needed.
export function buildSupplementRequestInput(sources: DossierFormSources): SupplementRequestInput {
  const event = lastEventOf(sources, SUPPLEMENT_ACTIONS);
  const missing = event.details.missingDocuments;
  const missingDocuments = Array.isArray(missing)
    ? missing.filter((item): item is string => typeof item === 'string')
    : [];
  return {
    ...baseOf(sources, event.fromAgencyId, event.occurredAt.getTime()),
    kind: 'supplement-request',
    dossierCode: sources.dossier.code,
    items: missingDocuments.length > 0 ? missingDocuments : linesOf(event.note),
    reason: missingDocuments.length > 0 ? event.note : null,
    contact: { name: headingOf(sources, sources.dossier.receivingAgencyId).name, phone: null },
    guideName: null,
  };
}

// Mẫu 03: refused at reception by the desk, or after appraisal by the resolving agency.
export function buildRefusalInput(sources: DossierFormSources): RefusalInput {
  const event = lastEventOf(sources, REFUSAL_ACTIONS);
  return {
    ...baseOf(sources, event.fromAgencyId, event.occurredAt.getTime()),
    kind: 'refusal',
    dossierCode: sources.dossier.code,
    reasons: linesOf(event.note),
    receiverName: null,
  };
}

// Mẫu 04 (art. 19.9): the appointment it moved and the new one, as the clock recorded them when
// the apology was issued, so a reprint says what the citizen was told.
export function buildApologyInput(sources: DossierFormSources): ApologyInput {
  const { dossier } = sources;
  const event = lastEventOf(sources, ['ISSUE_APOLOGY']);
  const apology = clockOf(dossier)?.apology ?? null;
  const newAppointmentAt =
    apology?.newAppointmentAtMs ?? requireInstant(dossier.appointmentAt, 'appointmentAt');
  return {
    ...baseOf(sources, event.fromAgencyId, event.occurredAt.getTime()),
    kind: 'apology',
    dossierCode: dossier.code ?? '',
    appointmentAt: apology?.previousAppointmentAtMs ?? newAppointmentAt,
    reason: event.note ?? '',
    newAppointmentAt,
    signer: NO_SIGNER,
  };
}

// The 2025 set's stop notice, from the agency that stopped the dossier.
export function buildStopNoticeInput(sources: DossierFormSources): StopNoticeInput {
  const event = lastEventOf(sources, ['STOP']);
  return {
    ...baseOf(sources, event.fromAgencyId, event.occurredAt.getTime()),
    kind: 'stop-notice',
    dossierCode: sources.dossier.code ?? '',
    stoppedAt: event.occurredAt.getTime(),
    reason: event.note ?? '',
    signer: NO_SIGNER,
  };
}

const RESOLVING_ACTIONS: readonly string[] = ['RESOLVE', 'REFUSE_AFTER_APPRAISAL'];
// The citizen hands the dossier (or what was missing) to the desk; the desk hands back the result.
const CITIZEN_HANDS_OVER: readonly string[] = ['RECEIVE', 'RECEIVE_SUPPLEMENT'];

// Mẫu 05: every row of the history, giver and receiver by agency (the citizen by name), with the
// due time and result of the step the row closes; the resolution row closes the dossier's own
// time limit, so it carries dueAt and the classification.
export function buildProcessControlInput(sources: DossierFormSources): ProcessControlInput {
  const { dossier } = sources;
  const receivedAt = requireInstant(dossier.receivedAt, 'receivedAt');
  const dueAt = requireInstant(dossier.dueAt, 'dueAt');
  const unitOf = (agencyId: string | null): string =>
    agencyId === null ? '' : headingOf(sources, agencyId).name;
  const history: HistoryRow[] = sources.events.map((event) => {
    const closesDossier = RESOLVING_ACTIONS.includes(event.action);
    const fromCitizen = event.actorKind === 'citizen' || CITIZEN_HANDS_OVER.includes(event.action);
    return {
      at: event.occurredAt.getTime(),
      from: { unit: fromCitizen ? dossier.applicantName : unitOf(event.fromAgencyId), person: null },
      to: {
        unit: event.action === 'RETURN_RESULT' ? dossier.applicantName : unitOf(event.toAgencyId),
        person: null,
      },
      action: describeAction(event.action as DossierAction),
      stepDueAt: event.stepDueAt?.getTime() ?? (closesDossier ? dueAt : null),
      result: (event.stepResult ??
        (closesDossier ? dossier.classification : null)) as TimelinessResult | null,
      note: event.note,
    };
  });
  // A step's label names the unit when the tree has no node of its own for it ("Chi cục Thuế").
  const coordinating = sources.steps
    .filter((step) => !step.isLead && step.agencyId !== dossier.resolvingAgencyId)
    .map((step) => step.agencyLabel ?? headingOf(sources, step.agencyId).name);
  return {
    ...baseOf(sources, dossier.receivingAgencyId, receivedAt),
    kind: 'process-control',
    dossierCode: dossier.code ?? '',
    appointmentAt: requireInstant(dossier.appointmentAt, 'appointmentAt'),
    dueAt,
    resolvingAgencyName: unitOf(dossier.resolvingAgencyId),
    coordinatingAgencyNames: [...new Set(coordinating)],
    history,
  };
}

// Every agency a dossier's forms may name, for the service to look up.
export function agenciesNamedBy(
  dossier: Dossier,
  events: readonly DossierEvent[],
  steps: readonly DossierStep[],
): string[] {
  return [
    ...new Set(
      [
        dossier.receivingAgencyId,
        dossier.resolvingAgencyId,
        ...events.flatMap((event) => [event.fromAgencyId, event.toAgencyId]),
        ...steps.map((step) => step.agencyId),
      ].filter((id): id is string => id !== null),
    ),
  ];
}
