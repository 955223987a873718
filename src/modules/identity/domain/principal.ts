import { type Role } from './roles';

// Who is calling, as proven by a verified access token.
export type Principal = StaffPrincipal | CitizenPrincipal;

export interface StaffPrincipal {
  readonly kind: 'staff';
  readonly id: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly agencyId: string;
}

export interface CitizenPrincipal {
  readonly kind: 'citizen';
  readonly id: string;
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.kind === 'staff' && principal.roles.some((role) => roles.includes(role));
}
