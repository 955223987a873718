import { useSyncExternalStore } from 'react';
import { createApiClient, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { createSessionStore, type Session } from '../../auth/session-store';

export type CitizenSignUp = components['schemas']['RegisterCitizenDto'];

// The citizen's session, apart from the staff console's: its own storage key and its own client,
// so signing in on the portal never signs a clerk out of the console in the same browser.
export const citizenSessionStore = createSessionStore('mot-cua.citizen-session');
export const citizenApi = createApiClient(citizenSessionStore);

export function useCitizenSession(): Session | null {
  return useSyncExternalStore(citizenSessionStore.subscribe, citizenSessionStore.get);
}

const STAFF_ACCOUNT = new ApiProblem({
  status: 403,
  code: 'not-a-citizen',
  title: 'Đây là tài khoản cán bộ',
  detail: 'Cán bộ đăng nhập tại trang dành cho cán bộ. Công dân đăng nhập bằng số điện thoại hoặc e-mail.',
});

// A staff account signing in here is signed out again at once: the portal acts for citizens only.
export async function signInCitizen(login: string, password: string): Promise<Session> {
  const session = await unwrap(citizenApi.POST('/api/v1/auth/login', { body: { login, password } }));
  if (session.principal.kind !== 'citizen') {
    await citizenApi
      .POST('/api/v1/auth/logout', { body: { refreshToken: session.refreshToken } })
      .catch(() => undefined);
    throw STAFF_ACCOUNT;
  }
  citizenSessionStore.set(session);
  return session;
}

// Registration answers with a session: the new citizen is signed in at once.
export async function signUpCitizen(input: CitizenSignUp): Promise<Session> {
  const session = await unwrap(citizenApi.POST('/api/v1/auth/citizens/register', { body: input }));
  citizenSessionStore.set(session);
  return session;
}

// Forget the session here first, then revoke the refresh token (best effort, works offline).
export async function signOutCitizen(): Promise<void> {
  const refreshToken = citizenSessionStore.get()?.refreshToken;
  citizenSessionStore.set(null);
  if (refreshToken) {
    await citizenApi.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
}
