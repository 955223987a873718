import { type createApiClient, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Notice = components['schemas']['StaffNoticeDto'];

// Both audiences' clients come from createApiClient(store): the same paths, another session.
type ApiClient = ReturnType<typeof createApiClient>;

export interface NoticesApi {
  page: (page: number, pageSize: number) => Promise<components['schemas']['InboxPageDto']>;
  markRead: (id: string) => Promise<unknown>;
  // The unread count alone: every inbox page carries it, so a page of one unread notice will do.
  countUnread: () => Promise<number>;
}

// The signed-in account's inbox (GET /me/notifications, newest first, with the unread count):
// a staff member's or a citizen's, as the client's session says.
export function createNoticesApi(client: ApiClient): NoticesApi {
  return {
    page: (page, pageSize) =>
      unwrap(client.GET('/api/v1/me/notifications', { params: { query: { page, pageSize } } })),
    markRead: (id) => unwrap(client.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    countUnread: async () => {
      const page = await unwrap(
        client.GET('/api/v1/me/notifications', { params: { query: { unread: true, pageSize: 1 } } }),
      );
      return page.unread;
    },
  };
}
