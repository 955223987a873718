import { randomUUID } from 'node:crypto';
import { AccessTokenService, type Principal, type Role } from '../../src/modules/identity';
import { type TestApp } from './test-app';

// A signed access token for a principal, without going through login: for tests of modules
// that only need "a caller with these roles at this agency". Login itself is tested in identity.
export function issueAccessToken(testApp: TestApp, principal: Principal): string {
  return testApp.app.get(AccessTokenService).sign(principal).token;
}

export function staffToken(testApp: TestApp, roles: Role[], agencyId: string, id = randomUUID()): string {
  return issueAccessToken(testApp, {
    kind: 'staff',
    id,
    username: `test.${roles.join('-').toLowerCase()}`,
    roles,
    agencyId,
  });
}

export function citizenToken(testApp: TestApp, id = randomUUID()): string {
  return issueAccessToken(testApp, { kind: 'citizen', id });
}

export const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
