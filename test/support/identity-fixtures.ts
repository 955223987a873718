import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgencyTreeRepository } from '../../src/modules/catalog/agencies/agency-tree.repository';
import { type Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { PasswordHasher } from '../../src/modules/identity/auth/password-hasher';
import { type Role } from '../../src/modules/identity';
import { StaffUser } from '../../src/modules/identity/users/staff-user.entity';
import { type TestApp } from './test-app';

export const TEST_PASSWORD = 'Kiem-thu-2026';

// A small tree of its own, so identity tests do not depend on the seeded province:
// province → district (→ its desk) → commune A (→ desk A), commune B.
export interface TestTree {
  province: Agency;
  district: Agency;
  districtDesk: Agency;
  communeA: Agency;
  communeADesk: Agency;
  communeB: Agency;
}

export async function insertTestTree(testApp: TestApp): Promise<TestTree> {
  const tree = testApp.app.get(AgencyTreeRepository);
  const manager = testApp.app.get(DataSource).manager;
  const suffix = randomUUID().slice(0, 8);
  const add = (key: string, name: string, levelCode: string, kind: string, parentId: string | null) =>
    tree.insertWithClosure(
      {
        key: `T-${key}-${suffix}`,
        name,
        shortName: name,
        levelCode,
        kind,
        parentId,
        validFrom: '2020-01-01',
      },
      manager,
    );
  await manager.query(
    `INSERT INTO admin_levels (code, name, rank, valid_from) VALUES ('PROVINCE','Tỉnh',1,'1976-01-01'),('DISTRICT','Huyện',2,'1976-01-01'),('COMMUNE','Xã',3,'1976-01-01') ON CONFLICT DO NOTHING`,
  );
  const province = await add('P', 'UBND tỉnh Kiểm Thử', 'PROVINCE', 'PEOPLES_COMMITTEE', null);
  const district = await add('D', 'UBND huyện Kiểm Thử', 'DISTRICT', 'PEOPLES_COMMITTEE', province.id);
  const districtDesk = await add(
    'DD',
    'Bộ phận Một cửa huyện Kiểm Thử',
    'DISTRICT',
    'ONE_STOP_DESK',
    district.id,
  );
  const communeA = await add('A', 'UBND xã Kiểm Thử A', 'COMMUNE', 'PEOPLES_COMMITTEE', district.id);
  const communeADesk = await add(
    'AD',
    'Bộ phận Một cửa xã Kiểm Thử A',
    'COMMUNE',
    'ONE_STOP_DESK',
    communeA.id,
  );
  const communeB = await add('B', 'UBND xã Kiểm Thử B', 'COMMUNE', 'PEOPLES_COMMITTEE', district.id);
  return { province, district, districtDesk, communeA, communeADesk, communeB };
}

export async function insertStaffUser(
  testApp: TestApp,
  input: { roles: Role[]; agencyId: string; username?: string; password?: string; active?: boolean },
): Promise<StaffUser> {
  const users = testApp.app.get(DataSource).getRepository(StaffUser);
  const passwordHash = await testApp.app.get(PasswordHasher).hash(input.password ?? TEST_PASSWORD);
  return users.save(
    users.create({
      username: input.username ?? `cb${randomUUID().replace(/-/g, '').slice(0, 10)}`,
      fullName: 'Cán bộ Kiểm Thử',
      agencyId: input.agencyId,
      passwordHash,
      active: input.active ?? true,
      roles: input.roles.map((role) => ({ role })),
    }),
  );
}

export async function signIn(
  testApp: TestApp,
  login: string,
  password = TEST_PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const response = await testApp.http().post('/api/v1/auth/login').send({ login, password });
  if (response.status !== 200) {
    throw new Error(`sign-in of ${login} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as { accessToken: string; refreshToken: string };
}
