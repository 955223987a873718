// The channels a notice can go out on (notification_deliveries.channel).
export const DELIVERY_CHANNELS = ['EMAIL', 'SMS', 'ZALO', 'IN_APP', 'PORTAL'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'DEAD', 'SKIPPED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type RecipientKind = 'citizen' | 'staff' | 'applicant' | 'portal';

// A delivery to create: the dedupe key names its cause (outbox event or deadline notice), its
// channel and its recipient, so creating it twice is harmless.
export interface PlannedDelivery {
  readonly dedupeKey: string;
  readonly channel: DeliveryChannel;
  readonly template: string;
  readonly outboxEventId?: string | null;
  readonly dossierId?: string | null;
  readonly recipientKind: RecipientKind;
  readonly recipientId?: string | null;
  // The plain address (e-mail or phone); the planner encrypts it and keeps a masked copy.
  readonly recipientAddress?: string | null;
  readonly params?: Record<string, unknown>;
}
