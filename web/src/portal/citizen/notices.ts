import { useEffect, useSyncExternalStore } from 'react';
import { unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { citizenApi } from './citizen-session';

export type Notice = components['schemas']['StaffNoticeDto'];

// The citizen's inbox (GET /me/notifications, newest first, with the unread count).
export const noticesApi = {
  page: (page: number, pageSize: number) =>
    unwrap(citizenApi.GET('/api/v1/me/notifications', { params: { query: { page, pageSize } } })),
  markRead: (id: string) =>
    unwrap(citizenApi.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
};

// The header badge's count, shared with the inbox page, which passes on each count it reads.
// One small read gives it: every inbox page carries the unread count, so a page of one will do.
let unreadCount: number | null = null;
const listeners = new Set<() => void>();

export function setUnreadNotices(count: number | null): void {
  unreadCount = count;
  listeners.forEach((listener) => listener());
}

async function refreshUnreadNotices(): Promise<void> {
  try {
    const page = await unwrap(
      citizenApi.GET('/api/v1/me/notifications', { params: { query: { unread: true, pageSize: 1 } } }),
    );
    setUnreadNotices(page.unread);
  } catch {
    // The badge is a hint: without it the header still links to the inbox, which shows any failure.
    setUnreadNotices(null);
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Read when a citizen signs in (the account's id) and again when they come back to the tab.
export function useUnreadNotices(accountId: string | null): number | null {
  useEffect(() => {
    if (!accountId) {
      setUnreadNotices(null);
      return;
    }
    void refreshUnreadNotices();
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        void refreshUnreadNotices();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [accountId]);
  return useSyncExternalStore(subscribe, () => unreadCount);
}
