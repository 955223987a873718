import { hasAnyRole, type Principal } from './principal';
import { type Role } from './roles';

// The policy every route declares next to its handler. A route without one is denied.
export type RoutePolicy =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'citizen' }
  | { readonly kind: 'staff'; readonly roles: readonly Role[] };

export type RouteDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decideRouteAccess(
  policy: RoutePolicy | undefined,
  principal: Principal | null,
): RouteDecision {
  if (policy === undefined) {
    return principal ? 'forbidden' : 'unauthenticated';
  }
  if (policy.kind === 'public') {
    return 'allow';
  }
  if (!principal) {
    return 'unauthenticated';
  }
  switch (policy.kind) {
    case 'authenticated':
      return 'allow';
    case 'citizen':
      return principal.kind === 'citizen' ? 'allow' : 'forbidden';
    case 'staff':
      return hasAnyRole(principal, policy.roles) ? 'allow' : 'forbidden';
  }
}
