import createClient, { type Middleware } from 'openapi-fetch';
import { type Session, type SessionStore, sessionStore } from '../auth/session-store';
import { ApiProblem } from './problem';
import type { paths } from './schema';

// A typed client of the API bound to one session store. Paths are the OpenAPI document's
// (/api/v1/...), so a renamed endpoint or field breaks the web build instead of a screen.
export function createApiClient(store: SessionStore) {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  client.use(bearerTokenOf(store));
  return client;
}

// Bearer token on every call; an expired access token is refreshed once and the call retried.
function bearerTokenOf(store: SessionStore): Middleware {
  const pendingRetries = new Map<string, Request>();
  let refreshing: Promise<boolean> | null = null;

  // One refresh at a time: the refresh token is single-use, and reusing it revokes the whole chain.
  const refreshSession = (): Promise<boolean> => {
    refreshing ??= (async () => {
      const refreshToken = store.get()?.refreshToken;
      if (!refreshToken) {
        return false;
      }
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }).catch(() => null);
      if (!response?.ok) {
        store.set(null);
        return false;
      }
      store.set((await response.json()) as Session);
      return true;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  return {
    onRequest({ request, id }) {
      const token = store.get()?.accessToken;
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      if (token && !request.url.includes('/api/v1/auth/')) {
        pendingRetries.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ response, id }) {
      const retry = pendingRetries.get(id);
      pendingRetries.delete(id);
      if (response.status !== 401 || !retry || !(await refreshSession())) {
        return response;
      }
      retry.headers.set('Authorization', `Bearer ${store.get()?.accessToken ?? ''}`);
      return fetch(retry);
    },
    onError({ id }) {
      pendingRetries.delete(id);
    },
  };
}

// The staff console's client (the citizen portal has its own, on the citizen's session).
export const api = createApiClient(sessionStore);

interface FetchOutcome<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

// The data of a successful call, or an ApiProblem (also for a lost connection).
export async function unwrap<Data>(call: Promise<FetchOutcome<Data>>): Promise<Data> {
  let outcome: FetchOutcome<Data>;
  try {
    outcome = await call;
  } catch {
    throw ApiProblem.offline();
  }
  if (!outcome.response.ok) {
    throw ApiProblem.fromResponse(outcome.response, outcome.error);
  }
  return outcome.data as Data;
}
