import { useEffect, useSyncExternalStore } from 'react';
import type { NoticesApi } from './notices-api';

export interface UnreadNotices {
  // What the inbox page read or marked, passed on to the header's badge.
  set: (count: number | null) => void;
  // The count for the signed-in account (null: signed out, or not known), read when the account
  // signs in, when the tab comes back into view and, given refreshEveryMs, that often while the
  // tab is in view.
  useCount: (accountId: string | null, options?: { refreshEveryMs?: number }) => number | null;
}

// The header badge's count, shared with the inbox page: one store per audience, since the staff
// console and the citizen portal have their own sessions.
export function createUnreadNotices(notices: NoticesApi): UnreadNotices {
  let count: number | null = null;
  const listeners = new Set<() => void>();

  const set = (next: number | null) => {
    count = next;
    listeners.forEach((listener) => listener());
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const refresh = () =>
    notices.countUnread().then(set, () => {
      // The badge is a hint: without it the header still links to the inbox, which shows any failure.
      set(null);
    });

  const useCount = (accountId: string | null, { refreshEveryMs }: { refreshEveryMs?: number } = {}) => {
    useEffect(() => {
      if (!accountId) {
        set(null);
        return;
      }
      void refresh();
      const isVisible = () => document.visibilityState === 'visible';
      const onVisibilityChange = () => {
        if (isVisible()) {
          void refresh();
        }
      };
      document.addEventListener('visibilitychange', onVisibilityChange);
      // A hidden tab is not asked: coming back into view reads the count at once.
      const timer = refreshEveryMs
        ? window.setInterval(() => {
            if (isVisible()) {
              void refresh();
            }
          }, refreshEveryMs)
        : undefined;
      return () => {
        document.removeEventListener('visibilitychange', onVisibilityChange);
        window.clearInterval(timer);
      };
    }, [accountId, refreshEveryMs]);
    return useSyncExternalStore(subscribe, () => count);
  };

  return { set, useCount };
}
