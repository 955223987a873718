import { formatVietnamInstant } from '../../calendar';
import { type InboxPage } from './inbox.service';
import { type InboxPageDto, type StaffNoticeDto } from './inbox.dto';
import { type StaffNotification } from './staff-notification.entity';

export function toStaffNoticeDto(notice: StaffNotification): StaffNoticeDto {
  return {
    id: notice.id,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    dossierId: notice.dossierId,
    createdAt: formatVietnamInstant(notice.createdAt.getTime()),
    readAt: notice.readAt ? formatVietnamInstant(notice.readAt.getTime()) : null,
  };
}

export function toInboxPageDto(page: InboxPage, query: { page: number; pageSize: number }): InboxPageDto {
  return {
    items: page.items.map(toStaffNoticeDto),
    page: query.page,
    pageSize: query.pageSize,
    total: page.total,
    unread: page.unread,
  };
}
