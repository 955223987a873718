import { type DeliveryChannel, type RecipientKind } from '../deliveries/delivery-channels';
import { type RenderedNotice } from '../templates/notice-composer';

// One rendered notice on its way to one recipient.
export interface OutgoingMessage {
  readonly deliveryId: string;
  readonly template: string;
  readonly dossierId: string | null;
  readonly recipientKind: RecipientKind;
  readonly recipientId: string | null;
  readonly notice: RenderedNotice;
}

// A send that did not go through. The message is stored as the delivery's last error and logged,
// so it never holds an address, a phone number or a server's reply text.
export class ChannelFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelFailure';
  }
}

// One way out (e-mail, SMS, Zalo, in-app). A channel that cannot carry a message (not configured,
// no address) says why, and the delivery is SKIPPED rather than failed: retrying cannot help.
export abstract class NotificationChannel {
  abstract readonly kind: DeliveryChannel;

  abstract skipReason(message: OutgoingMessage, address: string | null): string | null;

  // Resolves once the receiver accepted the message; throws ChannelFailure otherwise.
  abstract send(message: OutgoingMessage, address: string | null): Promise<void>;
}

// An error from a library or the network as a ChannelFailure message: its code and the first
// words of its message, with anything that looks like an address or a phone number removed.
export function describeFailure(prefix: string, error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message : String(error);
  const scrubbed = detail
    .replace(/[^\s<>"'@]+@[^\s<>"']+/g, '<address>')
    .replace(/\+?\d(?:[\s.-]?\d){6,}/g, '<number>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return `${prefix}${typeof code === 'string' ? ` ${code}` : ''}: ${scrubbed}`;
}
