import { type AppConfig } from '../../../config';
import { fillGatewayPayload } from './gateway-payload';
import {
  ChannelFailure,
  describeFailure,
  NotificationChannel,
  type OutgoingMessage,
} from './notification-channel';

type GatewayConfig = NonNullable<AppConfig['notifications']['sms']>;

// A message POSTed as JSON to an SMS or Zalo gateway (the provider's own API or an adapter in
// front of it). Any 2xx is accepted; another status, a network error or no answer within the send
// timeout is a failure, retried. The response body is never kept: it may echo the phone number.
export abstract class HttpGatewayChannel extends NotificationChannel {
  protected abstract readonly configName: string;

  constructor(
    private readonly gateway: GatewayConfig | null,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  // The text this channel sends of a notice.
  protected abstract textOf(message: OutgoingMessage): string;

  skipReason(_message: OutgoingMessage, address: string | null): string | null {
    if (!this.gateway) {
      return `${this.kind} gateway is not configured (${this.configName})`;
    }
    return address ? null : 'no phone number';
  }

  async send(message: OutgoingMessage, address: string | null): Promise<void> {
    const gateway = this.gateway!;
    const body = fillGatewayPayload(gateway.payloadTemplate, {
      to: address ?? '',
      text: this.textOf(message),
      deliveryId: message.deliveryId,
    });
    let response: Response;
    try {
      response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          ...(gateway.authorization ? { Authorization: gateway.authorization } : {}),
        },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new ChannelFailure(
        timedOut
          ? `${this.kind} gateway: no answer within ${this.timeoutMs} ms`
          : describeFailure(`${this.kind} gateway`, (error as { cause?: unknown }).cause ?? error),
      );
    }
    await response.body?.cancel();
    if (!response.ok) {
      throw new ChannelFailure(`${this.kind} gateway: HTTP ${response.status}`);
    }
  }
}
