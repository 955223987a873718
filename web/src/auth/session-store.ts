import type { components } from '../api/schema';

export type Session = components['schemas']['SessionDto'];
export type Principal = Session['principal'];
export type Role = NonNullable<Principal['roles']>[number];

// Kept in sessionStorage: a desk computer is shared, so closing the tab signs the clerk out,
// and the tokens never outlive the browser session.
const STORAGE_KEY = 'mot-cua.session';

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Session | null {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();

// Arrow functions: React's useSyncExternalStore calls get and subscribe detached.
export const sessionStore = {
  get: (): Session | null => current,
  set: (session: Session | null): void => {
    current = session;
    if (session) {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } else {
      window.sessionStorage.removeItem(STORAGE_KEY);
    }
    listeners.forEach((listener) => listener());
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
