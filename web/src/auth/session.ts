import { useSyncExternalStore } from 'react';
import { api, unwrap } from '../api/client';
import { type Role, type Session, sessionStore } from './session-store';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

export async function signIn(login: string, password: string): Promise<Session> {
  const session = await unwrap(api.POST('/api/v1/auth/login', { body: { login, password } }));
  sessionStore.set(session);
  return session;
}

// Forget the session here first, then revoke the refresh token on the server (best effort:
// signing out must work offline too).
export async function signOut(): Promise<void> {
  const refreshToken = sessionStore.get()?.refreshToken;
  sessionStore.set(null);
  if (refreshToken) {
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
}

export const ROLE_LABELS = {
  ADMIN: 'Quản trị hệ thống',
  CLERK: 'Cán bộ một cửa',
  SPECIALIST: 'Chuyên viên',
  UNIT_HEAD: 'Lãnh đạo phòng',
  AGENCY_LEADER: 'Lãnh đạo cơ quan',
  LEADER_VIEWER: 'Lãnh đạo theo dõi',
} as const satisfies Record<Role, string>;
