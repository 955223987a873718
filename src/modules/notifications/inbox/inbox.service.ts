import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { pageOffset, type PageQuery } from '../../../infra/http/page-query';
import { noticeNotFound } from '../notifications.errors';
import { StaffNotification } from './staff-notification.entity';

export interface InboxPage {
  readonly items: StaffNotification[];
  readonly total: number;
  readonly unread: number;
}

// A staff member's in-app notices (assigned, due soon, overdue, escalation), newest first.
@Injectable()
export class InboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async list(userId: string, query: PageQuery & { unread?: boolean }): Promise<InboxPage> {
    const notices = this.txHost.tx.getRepository(StaffNotification);
    const [items, total] = await notices.findAndCount({
      where: { userId, ...(query.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    const unread = query.unread ? total : await notices.countBy({ userId, readAt: IsNull() });
    return { items, total, unread };
  }

  // Idempotent: reading a notice again keeps its first reading time. Someone else's: not found.
  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.txHost.tx.query<[unknown[], number]>(
      `UPDATE staff_notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    if (result[1] === 0) {
      throw noticeNotFound();
    }
  }
}
