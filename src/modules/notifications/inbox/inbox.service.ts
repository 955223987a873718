import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { pageOffset, type PageQuery } from '../../../infra/http/page-query';
import { type Principal } from '../../identity';
import { noticeNotFound } from '../notifications.errors';
import { StaffNotification } from './staff-notification.entity';

export interface InboxPage {
  readonly items: StaffNotification[];
  readonly total: number;
  readonly unread: number;
}

// The signed-in account's in-app notices, newest first: a staff member's (assigned, due soon,
// overdue, escalation) or a citizen's (what happens to their dossiers).
@Injectable()
export class InboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async list(owner: Principal, query: PageQuery & { unread?: boolean }): Promise<InboxPage> {
    const notices = this.txHost.tx.getRepository(StaffNotification);
    const mine = { recipientKind: owner.kind, userId: owner.id };
    const [items, total] = await notices.findAndCount({
      where: { ...mine, ...(query.unread ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    const unread = query.unread ? total : await notices.countBy({ ...mine, readAt: IsNull() });
    return { items, total, unread };
  }

  // Idempotent: reading a notice again keeps its first reading time. Someone else's: not found.
  async markRead(owner: Principal, id: string): Promise<void> {
    const result = await this.txHost.tx.query<[unknown[], number]>(
      `UPDATE staff_notifications SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND recipient_kind = $2 AND user_id = $3`,
      [id, owner.kind, owner.id],
    );
    if (result[1] === 0) {
      throw noticeNotFound();
    }
  }
}
