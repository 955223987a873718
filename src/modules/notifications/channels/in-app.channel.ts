import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { StaffNotification } from '../inbox/staff-notification.entity';
import { NotificationChannel, type OutgoingMessage } from './notification-channel';

const TITLE_LENGTH = 200; // staff_notifications.title

// A notice in a staff member's or a citizen's inbox (GET /me/notifications); an applicant without
// an account has no inbox. staff_notifications.delivery_id is unique, so a delivery sent twice
// (a redelivered job, a worker that died before marking it SENT) still shows once: exactly once,
// unlike e-mail.
@Injectable()
export class InAppChannel extends NotificationChannel {
  readonly kind = 'IN_APP' as const;

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super();
  }

  skipReason(message: OutgoingMessage): string | null {
    return (message.recipientKind === 'staff' || message.recipientKind === 'citizen') && message.recipientId
      ? null
      : 'in-app notices need an account';
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(StaffNotification)
      .values({
        deliveryId: message.deliveryId,
        recipientKind: message.recipientKind as 'staff' | 'citizen',
        userId: message.recipientId!,
        dossierId: message.dossierId,
        kind: message.template,
        title: message.notice.subject.slice(0, TITLE_LENGTH),
        body: message.notice.short,
      })
      .orIgnore()
      .execute();
  }
}
