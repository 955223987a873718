import { type StaffPrincipal } from './principal';
import { type Role } from './roles';

export type AgencyAccessMode = 'act' | 'read';

// Where the target agency sits relative to the user's organisation (the nearest People's
// Committee, department or centre above the user's agency).
export interface AgencyRelation {
  readonly sameOrganisation: boolean;
  readonly withinSubtree: boolean;
}

// "A user acts within their agency; leaders see their agency's subtree" (issue 3). Admins
// administer their organisation's subtree; LEADER_VIEWER only ever reads.
const ACT_SCOPE: Record<Role, 'organisation' | 'subtree' | 'none'> = {
  ADMIN: 'subtree',
  CLERK: 'organisation',
  SPECIALIST: 'organisation',
  UNIT_HEAD: 'organisation',
  AGENCY_LEADER: 'organisation',
  LEADER_VIEWER: 'none',
};

const READ_SCOPE: Record<Role, 'organisation' | 'subtree'> = {
  ADMIN: 'subtree',
  CLERK: 'organisation',
  SPECIALIST: 'organisation',
  UNIT_HEAD: 'organisation',
  AGENCY_LEADER: 'subtree',
  LEADER_VIEWER: 'subtree',
};

function isCovered(scope: 'organisation' | 'subtree' | 'none', relation: AgencyRelation): boolean {
  return scope === 'subtree'
    ? relation.withinSubtree
    : scope === 'organisation'
      ? relation.sameOrganisation
      : false;
}

export function isAgencyAccessAllowed(
  principal: StaffPrincipal,
  mode: AgencyAccessMode,
  relation: AgencyRelation,
  roles: readonly Role[] = principal.roles,
): boolean {
  const table = mode === 'act' ? ACT_SCOPE : READ_SCOPE;
  return roles.some((role) => isCovered(table[role], relation));
}
