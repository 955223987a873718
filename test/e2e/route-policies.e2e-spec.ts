import { Controller, Get, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { decideRouteAccess } from '../../src/modules/identity/domain/route-policy';
import { type Principal, ROLES } from '../../src/modules/identity';
import { bearer, issueAccessToken } from '../support/auth';
import { insertTestTree } from '../support/identity-fixtures';
import { listRoutes, type RouteEntry } from '../support/route-table';
import { createTestApp, type TestApp } from '../support/test-app';

// Public routes that change something: only these may be reached without signing in.
const PUBLIC_WRITES = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/citizens/register',
];

function concretePath(route: RouteEntry): string {
  return route.path.replace(/:([A-Za-z]+)/g, (_match, name: string) =>
    /year/i.test(name) ? '2025' : /date/i.test(name) ? '2025-01-29' : randomUUID(),
  );
}

describe('authorization: every route declares a policy, and the guard enforces it', () => {
  let testApp: TestApp;
  let routes: RouteEntry[];
  let callers: Array<{ name: string; principal: Principal | null }>;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '10000' } });
    routes = listRoutes(testApp.app);
    const tree = await insertTestTree(testApp);
    callers = [
      { name: 'anonymous', principal: null },
      { name: 'citizen', principal: { kind: 'citizen', id: randomUUID() } },
      ...ROLES.map((role) => ({
        name: role,
        principal: {
          kind: 'staff' as const,
          id: randomUUID(),
          username: `test.${role.toLowerCase()}`,
          roles: [role],
          agencyId: tree.province.id,
        },
      })),
    ];
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('finds the routes of every module', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(['GET /health', 'POST /api/v1/auth/login', 'GET /api/v1/users']),
    );
  });

  it('has no route without a declared policy (default deny would hide it)', () => {
    expect(routes.filter((route) => route.policy === undefined).map((route) => route.handler)).toEqual([]);
  });

  it('opens to anonymous callers only reads, sign-in, refresh, logout and registration', () => {
    const publicWrites = routes
      .filter((route) => route.policy?.kind === 'public' && route.method !== 'GET')
      .map((route) => `${route.method} ${route.path}`);
    expect(publicWrites.filter((route) => !PUBLIC_WRITES.includes(route))).toEqual([]);
  });

  // Her own account only: her password, which channels bring her notices, and what she has read;
  // and asking for a report file, which writes no record but her own export of what she may read.
  it('lets a LEADER_VIEWER change nothing but her own account settings and her report exports', () => {
    const viewer: Principal = {
      kind: 'staff',
      id: randomUUID(),
      username: 'viewer',
      roles: ['LEADER_VIEWER'],
      agencyId: randomUUID(),
    };
    const writable = routes
      .filter((route) => route.method !== 'GET' && route.policy?.kind !== 'public')
      .filter((route) => decideRouteAccess(route.policy, viewer) === 'allow')
      .map((route) => `${route.method} ${route.path}`);
    expect(writable.sort()).toEqual([
      'POST /api/v1/me/notifications/:id/read',
      'POST /api/v1/me/password',
      'POST /api/v1/reports/exports',
      'PUT /api/v1/me/notification-preferences',
    ]);
  });

  it('answers each caller on each route as its policy says (401, 403, or through), never 500', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const caller of callers) {
        let request = testApp.http()[route.method.toLowerCase() as 'get'](concretePath(route));
        if (caller.principal) {
          request = request.set(...bearer(issueAccessToken(testApp, caller.principal)));
        }
        const response = route.method === 'GET' ? await request : await request.send({});
        const decision = decideRouteAccess(route.policy, caller.principal);
        const expected =
          decision === 'unauthenticated' ? '401' : decision === 'forbidden' ? '403' : 'through';
        const actual =
          response.status === 401
            ? '401'
            : response.status === 403 && response.body.type === 'urn:mot-cua:problem:forbidden'
              ? '403'
              : 'through';
        if (actual !== expected || response.status >= 500) {
          mismatches.push(
            `${caller.name} ${route.method} ${route.path}: expected ${expected}, got ${response.status} ${response.body?.type ?? ''}`,
          );
        }
        if (response.status >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('default deny', () => {
  it('refuses a route that forgot its policy, and the route table names it', async () => {
    @Controller('test-only')
    class ForgetfulController {
      @Get('forgotten')
      forgotten(): string {
        return 'should never be served';
      }
    }
    @Module({ controllers: [ForgetfulController] })
    class ForgetfulModule {}

    const testApp = await createTestApp({ imports: [ForgetfulModule] });
    try {
      expect(
        listRoutes(testApp.app)
          .filter((route) => route.policy === undefined)
          .map((route) => route.handler),
      ).toEqual(['ForgetfulController.forgotten']);
      expect((await testApp.http().get('/api/v1/test-only/forgotten')).status).toBe(401);
      const admin = issueAccessToken(testApp, {
        kind: 'staff',
        id: randomUUID(),
        username: 'test.admin',
        roles: [...ROLES],
        agencyId: randomUUID(),
      });
      expect(
        (
          await testApp
            .http()
            .get('/api/v1/test-only/forgotten')
            .set(...bearer(admin))
        ).status,
      ).toBe(403);
    } finally {
      await testApp.close();
    }
  });
});
