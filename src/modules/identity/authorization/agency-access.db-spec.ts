import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../../catalog/agencies/agency.entity';
import { createTestApp, type TestApp } from '../../../../test/support/test-app';
import { type Role } from '../domain/roles';
import { AgencyAccessService } from './agency-access.service';

// Against the seeded Phú Yên tree: Phường 1 and Phường 8 are communes of Thành phố Tuy Hòa.
describe('agency scope on the seeded tree', () => {
  let testApp: TestApp;
  let access: AgencyAccessService;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    access = testApp.app.get(AgencyAccessService);
    for (const key of [
      'PY-PROVINCE-54',
      'PY-DISTRICT-555',
      'PY-DISTRICT-555-DESK',
      'PY-COMMUNE-22015',
      'PY-COMMUNE-22015-DESK',
      'PY-COMMUNE-22018',
      'PY-DEPT-STP',
    ]) {
      ids[key] = (await testApp.app.get(DataSource).getRepository(Agency).findOneByOrFail({ key })).id;
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  const staffAt = (key: string, ...roles: Role[]) => ({
    kind: 'staff' as const,
    id: randomUUID(),
    username: 'x',
    roles,
    agencyId: ids[key],
  });

  it.each<[string, string, Role[], 'act' | 'read', string, boolean]>([
    ['Phường 1 clerk acts on Phường 1', 'PY-COMMUNE-22015-DESK', ['CLERK'], 'act', 'PY-COMMUNE-22015', true],
    [
      'Phường 1 clerk acts on her own desk',
      'PY-COMMUNE-22015-DESK',
      ['CLERK'],
      'act',
      'PY-COMMUNE-22015-DESK',
      true,
    ],
    [
      'Phường 1 clerk may not act on Phường 8',
      'PY-COMMUNE-22015-DESK',
      ['CLERK'],
      'act',
      'PY-COMMUNE-22018',
      false,
    ],
    [
      'Phường 1 clerk may not act on the district',
      'PY-COMMUNE-22015-DESK',
      ['CLERK'],
      'act',
      'PY-DISTRICT-555',
      false,
    ],
    [
      'Tuy Hòa clerk may not act on Phường 1 below',
      'PY-DISTRICT-555-DESK',
      ['CLERK'],
      'act',
      'PY-COMMUNE-22015',
      false,
    ],
    ['Tuy Hòa leader reads Phường 8', 'PY-DISTRICT-555', ['AGENCY_LEADER'], 'read', 'PY-COMMUNE-22018', true],
    [
      'Tuy Hòa leader may not read a department',
      'PY-DISTRICT-555',
      ['AGENCY_LEADER'],
      'read',
      'PY-DEPT-STP',
      false,
    ],
    [
      'a province viewer reads Phường 1',
      'PY-PROVINCE-54',
      ['LEADER_VIEWER'],
      'read',
      'PY-COMMUNE-22015',
      true,
    ],
    ['a province viewer acts nowhere', 'PY-PROVINCE-54', ['LEADER_VIEWER'], 'act', 'PY-PROVINCE-54', false],
    ['the province admin administers Phường 8', 'PY-PROVINCE-54', ['ADMIN'], 'act', 'PY-COMMUNE-22018', true],
  ])('%s', async (_name, at, roles, mode, target, expected) => {
    expect(await access.isAllowed(staffAt(at, ...roles), ids[target], mode)).toBe(expected);
  });

  it('refuses citizens and unknown agencies', async () => {
    expect(
      await access.isAllowed({ kind: 'citizen', id: randomUUID() }, ids['PY-COMMUNE-22015'], 'read'),
    ).toBe(false);
    expect(await access.isAllowed(staffAt('PY-PROVINCE-54', 'ADMIN'), randomUUID(), 'act')).toBe(false);
  });
});
