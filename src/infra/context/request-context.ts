import { type ClsStore } from 'nestjs-cls';

// What every use case may need to know about the request it serves, without HTTP types:
// who acts (set by the access guard), from where, under which request id.
export interface RequestActor {
  readonly kind: 'staff' | 'citizen' | 'anonymous' | 'system';
  readonly id: string | null;
  readonly roles: readonly string[];
  readonly agencyId: string | null;
}

export interface RequestContextStore extends ClsStore {
  requestId?: string;
  ip?: string;
  actor?: RequestActor;
}

export const ANONYMOUS_ACTOR: RequestActor = { kind: 'anonymous', id: null, roles: [], agencyId: null };
export const SYSTEM_ACTOR: RequestActor = { kind: 'system', id: null, roles: [], agencyId: null };
