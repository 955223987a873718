import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { HttpGatewayChannel } from './http-gateway.channel';
import { type OutgoingMessage } from './notification-channel';

// SMS: one part without diacritics (see templates/notice-format.ts for why).
@Injectable()
export class SmsChannel extends HttpGatewayChannel {
  readonly kind = 'SMS' as const;
  protected readonly configName = 'SMS_GATEWAY_URL';

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.notifications.sms, config.notifications.sendTimeoutMs);
  }

  protected textOf(message: OutgoingMessage): string {
    return message.notice.sms;
  }
}

// Zalo: Unicode throughout, so the paragraph keeps its diacritics and the procedure's name.
@Injectable()
export class ZaloChannel extends HttpGatewayChannel {
  readonly kind = 'ZALO' as const;
  protected readonly configName = 'ZALO_GATEWAY_URL';

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.notifications.zalo, config.notifications.sendTimeoutMs);
  }

  protected textOf(message: OutgoingMessage): string {
    return `${message.notice.subject}\n${message.notice.short}`;
  }
}
