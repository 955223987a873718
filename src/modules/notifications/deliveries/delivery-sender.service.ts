import { Transactional } from '@nestjs-cls/transactional';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { JobQueue } from '../../../infra/queue/job-queue';
import {
  ChannelFailure,
  describeFailure,
  type NotificationChannel,
  type OutgoingMessage,
} from '../channels/notification-channel';
import { NotificationChannels } from '../channels/notification-channels';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { NoticeParamsError, renderNotice } from '../templates/notice-templates';
import { type RecipientKind } from './delivery-channels';
import { isLastAttempt, retryDelayMs } from './delivery-retry';
import { NotificationDeliveryRepository } from './notification-delivery.repository';

// A retry job runs this much after the row's next attempt, so a timer that fires a little early
// or a clock a little behind the database's never finds it not yet due.
const RETRY_JOB_MARGIN_MS = 200;

interface Claimed {
  readonly channel: NotificationChannel;
  readonly message: OutgoingMessage;
  readonly address: string | null;
  readonly masked: string;
  readonly attempt: number;
}

// Sends one delivery (job 'notifications.deliver'). The row is the truth, not the job: a short
// transaction locks it (SKIP LOCKED: another worker has it), checks it is PENDING and due, applies
// the recipient's preferences, renders, and claims it (attempts + 1, next attempt after a lease);
// the send happens after commit, holding no lock; the outcome is written last. A worker that dies
// mid-send leaves the row PENDING with the lease as its next attempt, so the relay's sweep hands
// it over again: e-mail, SMS and Zalo are at least once (e-mail with a stable Message-ID),
// in-app exactly once (unique delivery id).
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger('Notifications');
  private readonly settings: AppConfig['notifications'];
  private readonly publicBaseUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly deliveries: NotificationDeliveryRepository,
    private readonly channels: NotificationChannels,
    private readonly preferences: NotificationPreferencesService,
    private readonly cipher: FieldCipher,
    private readonly queue: JobQueue,
  ) {
    this.settings = config.notifications;
    this.publicBaseUrl = config.forms.publicBaseUrl;
  }

  async deliver(deliveryId: string): Promise<void> {
    const claimed = await this.claim(deliveryId);
    if (!claimed) {
      return;
    }
    const { channel, message, address, masked, attempt } = claimed;
    try {
      await channel.send(message, address);
    } catch (error) {
      const reason = error instanceof ChannelFailure ? error.message : describeFailure('send', error);
      await this.recordFailure(claimed, reason);
      return;
    }
    await this.deliveries.markSent(deliveryId);
    this.logger.debug(`Delivery ${deliveryId} (${channel.kind} to ${masked}) sent on attempt ${attempt}`);
  }

  @Transactional()
  private async claim(deliveryId: string): Promise<Claimed | null> {
    const locked = await this.deliveries.lockForUpdate(deliveryId, { skipLocked: true });
    if (!locked || locked.delivery.status !== 'PENDING' || !locked.isDue) {
      return null;
    }
    const { delivery } = locked;
    const channel = this.channels.of(delivery.channel);
    if (!channel) {
      return null; // PORTAL: the national portal sync's own job sends it
    }
    const recipientKind = delivery.recipientKind as RecipientKind;
    const masked = delivery.recipientMasked ?? delivery.recipientKind;
    if (!(await this.preferences.allows(recipientKind, delivery.recipientId, delivery.channel))) {
      return this.close(deliveryId, 'SKIPPED', `the recipient turned ${delivery.channel} notices off`);
    }
    let message: OutgoingMessage;
    try {
      const notice = renderNotice(delivery.template, delivery.params, { publicBaseUrl: this.publicBaseUrl });
      message = {
        deliveryId,
        template: delivery.template,
        dossierId: delivery.dossierId,
        recipientKind,
        recipientId: delivery.recipientId,
        notice,
      };
    } catch (error) {
      if (error instanceof NoticeParamsError) {
        return this.close(deliveryId, 'DEAD', error.message);
      }
      throw error;
    }
    const address = delivery.recipientAddressEncrypted
      ? this.cipher.decrypt(delivery.recipientAddressEncrypted)
      : null;
    const skipReason = channel.skipReason(message, address);
    if (skipReason) {
      return this.close(deliveryId, 'SKIPPED', skipReason);
    }
    const attempt = await this.deliveries.claim(deliveryId, this.settings.sendLeaseMs);
    return { channel, message, address, masked, attempt };
  }

  private async close(deliveryId: string, status: 'SKIPPED' | 'DEAD', reason: string): Promise<null> {
    await this.deliveries.close(deliveryId, status, reason);
    const log = `Delivery ${deliveryId} ${status}: ${reason}`;
    if (status === 'DEAD') {
      this.logger.error(log);
    } else {
      this.logger.log(log);
    }
    return null;
  }

  private async recordFailure(claimed: Claimed, reason: string): Promise<void> {
    const { message, attempt, channel, masked } = claimed;
    const { deliveryId } = message;
    const where = `Delivery ${deliveryId} (${channel.kind} to ${masked})`;
    if (isLastAttempt(attempt, this.settings.maxAttempts)) {
      await this.deliveries.recordFailure(deliveryId, attempt, reason, { status: 'DEAD' });
      this.logger.error(`${where} is dead after ${attempt} attempts: ${reason}`);
      return;
    }
    const retryInMs = retryDelayMs(attempt, this.settings.retryBaseMs);
    const retryAt = await this.deliveries.recordFailure(deliveryId, attempt, reason, {
      status: 'PENDING',
      retryInMs,
    });
    this.logger.warn(
      `${where} failed (attempt ${attempt}/${this.settings.maxAttempts}), retry in ${retryInMs} ms: ${reason}`,
    );
    if (retryAt) {
      await this.scheduleRetry(deliveryId, retryAt, retryInMs);
    }
  }

  // One job per scheduled attempt (the job id names the time), so Bull's dedupe never swallows a
  // retry. If the queue is unavailable the row still says when: the sweep hands it over.
  private async scheduleRetry(deliveryId: string, retryAt: Date, delayMs: number): Promise<void> {
    try {
      await this.queue.enqueue(
        'notifications.deliver',
        { deliveryId },
        { jobId: `deliver:${deliveryId}:retry:${retryAt.getTime()}`, delayMs: delayMs + RETRY_JOB_MARGIN_MS },
      );
    } catch (error) {
      this.logger.warn(`Retry of delivery ${deliveryId} left to the sweep: ${(error as Error).message}`);
    }
  }
}
