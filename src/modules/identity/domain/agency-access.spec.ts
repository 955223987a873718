import { isAgencyAccessAllowed, type AgencyRelation } from './agency-access';
import { type StaffPrincipal } from './principal';
import { type Role } from './roles';

const staff = (...roles: Role[]): StaffPrincipal => ({
  kind: 'staff',
  id: 'u',
  username: 'u',
  agencyId: 'a',
  roles,
});
const SAME: AgencyRelation = { sameOrganisation: true, withinSubtree: true };
const BELOW: AgencyRelation = { sameOrganisation: false, withinSubtree: true };
const ELSEWHERE: AgencyRelation = { sameOrganisation: false, withinSubtree: false };

describe('agency scope of staff roles', () => {
  it.each<[string, Role[], 'act' | 'read', AgencyRelation, boolean]>([
    ['a commune clerk acts on her own commune', ['CLERK'], 'act', SAME, true],
    ['a district clerk does not act on a commune below the district', ['CLERK'], 'act', BELOW, false],
    ['a commune clerk does not act on another commune', ['CLERK'], 'act', ELSEWHERE, false],
    ['a specialist does not read another organisation', ['SPECIALIST'], 'read', ELSEWHERE, false],
    ['a district leader reads the communes below', ['AGENCY_LEADER'], 'read', BELOW, true],
    ['a district leader does not act on the communes below', ['AGENCY_LEADER'], 'act', BELOW, false],
    ['a statistics viewer reads the subtree', ['LEADER_VIEWER'], 'read', BELOW, true],
    ['a statistics viewer never acts, even in her own organisation', ['LEADER_VIEWER'], 'act', SAME, false],
    ['a province admin administers the subtree', ['ADMIN'], 'act', BELOW, true],
    ['an admin does not administer outside the subtree', ['ADMIN'], 'act', ELSEWHERE, false],
    ['combined roles take the widest allowance', ['LEADER_VIEWER', 'CLERK'], 'act', SAME, true],
  ])('%s', (_name, roles, mode, relation, expected) => {
    expect(isAgencyAccessAllowed(staff(...roles), mode, relation)).toBe(expected);
  });
});
