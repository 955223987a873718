import type { components } from '../api/schema';

export type Session = components['schemas']['SessionDto'];
export type Principal = Session['principal'];
export type Role = NonNullable<Principal['roles']>[number];

export type Listener = () => void;

// Arrow-typed members: React's useSyncExternalStore calls get and subscribe detached.
export interface SessionStore {
  get: () => Session | null;
  set: (session: Session | null) => void;
  subscribe: (listener: Listener) => () => void;
}

// One session per audience, each under its own key: a clerk signed in at the desk and a citizen
// signed in on the portal in the same browser never share tokens. Kept in sessionStorage: a desk
// computer (or the service centre's kiosk) is shared, so closing the tab signs out, and the
// tokens never outlive the browser session.
export function createSessionStore(storageKey: string): SessionStore {
  const listeners = new Set<Listener>();
  let current: Session | null = read(storageKey);
  return {
    get: () => current,
    set: (session) => {
      current = session;
      if (session) {
        window.sessionStorage.setItem(storageKey, JSON.stringify(session));
      } else {
        window.sessionStorage.removeItem(storageKey);
      }
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storageKey: string): Session | null {
  try {
    const stored = window.sessionStorage.getItem(storageKey);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

// The staff console's session.
export const sessionStore = createSessionStore('mot-cua.session');
