import { type PlannedDelivery } from '../../notifications/deliveries/delivery-channels';
import { citizenNoticeFor } from '../../notifications/templates/citizen-notice-choice';

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

// The citizen notice of an event, if any: a status change by the notices module's choice
// (received, supplement requested, refused, result ready, stop; online dossiers' check has its
// own wording), an apology, or a new appointment after a calendar change (only when the
// appointment moved: a moved legal deadline alone is for the staff).
function citizenTemplate(event: RelayedEvent, online: boolean): string | null {
  switch (event.kind) {
    case 'dossier.status-changed':
      return citizenNoticeFor({
        status: String(event.payload.status),
        action: (event.payload.action as string | undefined) ?? null,
        online,
      });
    case 'dossier.apology-issued':
      return 'citizen.apology';
    case 'dossier.redated':
      return event.payload.appointmentMoved === true ? 'citizen.redated' : null;
    default:
      return null;
  }
}

// The redated event carries the appointment's move as { from, to }; notices want the new one.
function appointmentOf(event: RelayedEvent, contact: DossierContact): string | null {
  const value = event.payload.appointmentAt;
  if (typeof value === 'string') {
    return value;
  }
  if (value && typeof value === 'object' && typeof (value as { to?: unknown }).to === 'string') {
    return (value as { to: string }).to;
  }
  return contact.appointmentAt?.toISOString() ?? null;
}

function citizenParams(event: RelayedEvent, contact: DossierContact): Record<string, unknown> {
  return {
    ...event.payload,
    dossierCode: contact.code,
    procedureName: contact.procedureName,
    applicantName: contact.applicantName,
    deskName: contact.deskName,
    receivedAt: contact.receivedAt?.toISOString() ?? null,
    appointmentAt: appointmentOf(event, contact),
    // What the staff wrote with the action: the refusal's reasons, what is missing.
    reason: event.payload.note ?? event.payload.reason,
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
  const template = contact ? citizenTemplate(event, contact.channel === 'ONLINE') : null;
  if (!template || !contact) {
    return [];
  }
  const params = citizenParams(event, contact);
  const recipientKind = contact.citizenId ? 'citizen' : 'applicant';
  const recipientId = contact.citizenId;
  const to = (channel: PlannedDelivery['channel'], address: string | null): PlannedDelivery => ({
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
  // E-mail when there is an address; the phone gets SMS, and Zalo (which reaches the same number);
  // a citizen with an account also finds it in the portal's inbox.
  return [
    ...(contact.email ? [to('EMAIL', contact.email)] : []),
    ...(contact.phone ? [to('SMS', contact.phone), to('ZALO', contact.phone)] : []),
    ...(recipientId ? [to('IN_APP', null)] : []),
  ];
}

// Status changes are what the national public service portal is told (domain.md, national codes).
export function isPortalEvent(event: Pick<RelayedEvent, 'kind'>): boolean {
  return event.kind === 'dossier.status-changed';
}
