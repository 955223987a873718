import { Transactional } from '@nestjs-cls/transactional';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit';
import { JobQueue } from '../../../infra/queue/job-queue';
import { pageOffset, type PageQuery } from '../../../infra/http/page-query';
import { type NotificationDelivery } from '../deliveries/notification-delivery.entity';
import { NotificationDeliveryRepository } from '../deliveries/notification-delivery.repository';
import { deadLetterNotFound, deliveryNotDead } from '../notifications.errors';

// Deliveries that failed every attempt, for administrators: listed, and retried by hand once the
// cause (a wrong SMTP password, a gateway outage, a bad address) is fixed.
@Injectable()
export class DeadLettersService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly deliveries: NotificationDeliveryRepository,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  async list(query: PageQuery): Promise<{ items: NotificationDelivery[]; total: number }> {
    const [items, total] = await this.deliveries.findDead(pageOffset(query), query.pageSize);
    return { items, total };
  }

  async retry(id: string): Promise<NotificationDelivery> {
    const revived = await this.revive(id);
    // After commit. If the queue is unavailable the row is PENDING and due: the sweep hands it over.
    try {
      await this.queue.enqueue(
        'notifications.deliver',
        { deliveryId: id },
        { jobId: `deliver:${id}:manual:${revived.nextAttemptAt.getTime()}` },
      );
    } catch (error) {
      this.logger.warn(`Retry of delivery ${id} left to the sweep: ${(error as Error).message}`);
    }
    return revived;
  }

  @Transactional()
  private async revive(id: string): Promise<NotificationDelivery> {
    const locked = await this.deliveries.lockForUpdate(id, { skipLocked: false });
    if (!locked) {
      throw deadLetterNotFound();
    }
    if (locked.delivery.status !== 'DEAD') {
      throw deliveryNotDead(locked.delivery.status);
    }
    await this.deliveries.revive(id);
    await this.audit.record({
      action: 'notification.dead-letter.retry',
      targetType: 'notification_delivery',
      targetId: id,
      summary: {
        channel: locked.delivery.channel,
        template: locked.delivery.template,
        dossierId: locked.delivery.dossierId,
        attempts: locked.delivery.attempts,
        lastError: locked.delivery.lastError,
      },
    });
    return (await this.deliveries.findById(id))!;
  }
}
