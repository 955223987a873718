import { type PlannedDelivery } from '../../notifications/deliveries/delivery-channels';

// Which notices an outbox event gives rise to, and to whom: pure, so the rules can be read and
// tested apart from the relay. Each delivery's dedupe key names the event, the channel and the
// recipient: relaying an event twice (a crash between planning and marking it relayed) creates
// nothing new.

export interface RelayedEvent {
  readonly id: string;
  readonly kind: string;
  readonly aggregateId: string;
  readonly payload: Record<string, unknown>;
  readonly occurredAt: Date;
}

// What the relay knows of the dossier's applicant and its dates; addresses already decrypted.
export interface DossierContact {
  readonly dossierId: string;
  readonly code: string | null;
  readonly channel: string;
  readonly procedureName: string;
  readonly applicantName: string;
  readonly citizenId: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly receivedAt: Date | null;
  readonly appointmentAt: Date | null;
  readonly deskName: string;
}

// Citizen notices by the status the dossier reached (domain.md, Dossier lifecycle; the jobs
// issue's list): received with the appointment, supplement requested, refused, result ready.
// Other statuses (transfer, approval…) are internal steps: the portal sync reports them.
const CITIZEN_TEMPLATE_BY_STATUS: Readonly<Record<string, string>> = {
  RECEIVED: 'citizen.received',
  SUPPLEMENT_REQUESTED_AT_RECEPTION: 'citizen.supplement-requested',
  SUPPLEMENT_REQUESTED: 'citizen.supplement-requested',
  NOT_RECEIVED: 'citizen.refused',
  RESOLVED: 'citizen.result-ready',
  STOPPED: 'citizen.stopped',
};

const CITIZEN_TEMPLATE_BY_KIND: Readonly<Record<string, string>> = {
  'dossier.apology-issued': 'citizen.apology',
  'dossier.redated': 'citizen.redated',
};

function citizenTemplate(event: RelayedEvent): string | null {
  if (event.kind === 'dossier.status-changed') {
    return CITIZEN_TEMPLATE_BY_STATUS[String(event.payload.status)] ?? null;
  }
  return CITIZEN_TEMPLATE_BY_KIND[event.kind] ?? null;
}

function citizenParams(event: RelayedEvent, contact: DossierContact): Record<string, unknown> {
  return {
    ...event.payload,
    dossierCode: contact.code,
    procedureName: contact.procedureName,
    applicantName: contact.applicantName,
    deskName: contact.deskName,
    receivedAt: contact.receivedAt?.toISOString() ?? null,
    appointmentAt:
      (event.payload.appointmentAt) ?? contact.appointmentAt?.toISOString() ?? null,
    online: contact.channel === 'ONLINE',
  };
}

export function fanOut(event: RelayedEvent, contact: DossierContact | null): PlannedDelivery[] {
  if (event.kind === 'dossier.assigned') {
    const assigneeId = event.payload.assigneeId as string | undefined;
    return assigneeId
      ? [
          {
            dedupeKey: `outbox:${event.id}:IN_APP:${assigneeId}`,
            channel: 'IN_APP',
            template: 'staff.assigned',
            outboxEventId: event.id,
            dossierId: event.aggregateId,
            recipientKind: 'staff',
            recipientId: assigneeId,
            params: {
              ...event.payload,
              dossierCode: contact?.code ?? null,
              procedureName: contact?.procedureName ?? null,
            },
          },
        ]
      : [];
  }
  const template = citizenTemplate(event);
  if (!template || !contact) {
    return [];
  }
  const params = citizenParams(event, contact);
  const recipientKind = contact.citizenId ? 'citizen' : 'applicant';
  const recipientId = contact.citizenId;
  const to = (channel: PlannedDelivery['channel'], address: string): PlannedDelivery => ({
    dedupeKey: `outbox:${event.id}:${channel}:${recipientId ?? 'applicant'}`,
    channel,
    template,
    outboxEventId: event.id,
    dossierId: event.aggregateId,
    recipientKind,
    recipientId,
    recipientAddress: address,
    params,
  });
  // E-mail when there is an address; the phone gets SMS, and Zalo (which reaches the same number).
  return [
    ...(contact.email ? [to('EMAIL', contact.email)] : []),
    ...(contact.phone ? [to('SMS', contact.phone), to('ZALO', contact.phone)] : []),
  ];
}

// Status changes are what the national public service portal is told (domain.md, national codes).
export function isPortalEvent(event: Pick<RelayedEvent, 'kind'>): boolean {
  return event.kind === 'dossier.status-changed';
}
