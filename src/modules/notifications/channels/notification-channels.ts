import { Injectable } from '@nestjs/common';
import { type DeliveryChannel } from '../deliveries/delivery-channels';
import { EmailChannel } from './email.channel';
import { SmsChannel, ZaloChannel } from './gateway.channels';
import { InAppChannel } from './in-app.channel';
import { type NotificationChannel } from './notification-channel';

// The channel that carries each kind of delivery. PORTAL deliveries belong to the national portal
// sync, not to a notice channel.
@Injectable()
export class NotificationChannels {
  private readonly byKind: ReadonlyMap<DeliveryChannel, NotificationChannel>;

  constructor(email: EmailChannel, sms: SmsChannel, zalo: ZaloChannel, inApp: InAppChannel) {
    this.byKind = new Map<DeliveryChannel, NotificationChannel>(
      [email, sms, zalo, inApp].map((channel) => [channel.kind, channel]),
    );
  }

  of(kind: string): NotificationChannel | null {
    return this.byKind.get(kind as DeliveryChannel) ?? null;
  }
}

export const CHANNEL_PROVIDERS = [EmailChannel, SmsChannel, ZaloChannel, InAppChannel, NotificationChannels];
