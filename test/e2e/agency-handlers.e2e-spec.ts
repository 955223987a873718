import { DataSource } from 'typeorm';
import { bearer, staffToken } from '../support/auth';
import { insertStaffUser, insertTestTree, type TestTree } from '../support/identity-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

// The staff directory a unit head chooses a handler from: names and roles of the organisation's
// handlers, for heads, leaders and admins whose scope covers the agency; nobody else.
describe('GET /agencies/{id}/handlers: the handlers a unit head may assign', () => {
  let testApp: TestApp;
  let tree: TestTree;
  const names: Record<string, string> = {};

  const handlers = (agencyId: string, token?: string) => {
    const request = testApp.http().get(`/api/v1/agencies/${agencyId}/handlers`);
    return token ? request.set(...bearer(token)) : request;
  };

  async function addStaff(
    fullName: string,
    roles: Parameters<typeof insertStaffUser>[1]['roles'],
    agencyId: string,
    active = true,
  ): Promise<void> {
    const user = await insertStaffUser(testApp, { roles, agencyId, active });
    await testApp.app
      .get(DataSource)
      .query('UPDATE staff_users SET full_name = $1 WHERE id = $2', [fullName, user.id]);
    names[fullName] = user.id;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    tree = await insertTestTree(testApp);
    await addStaff('Trần Văn Bình', ['SPECIALIST'], tree.communeA.id);
    await addStaff('Lê Thị An', ['UNIT_HEAD', 'AGENCY_LEADER'], tree.communeA.id);
    // At the commune's desk: same organisation, but a clerk never handles a dossier.
    await addStaff('Võ Thị Cúc', ['CLERK'], tree.communeADesk.id);
    await addStaff('Phạm Văn Dũng', ['SPECIALIST'], tree.communeA.id, false);
    // Another organisation: the district above and a sister commune.
    await addStaff('Nguyễn Văn Đức', ['SPECIALIST'], tree.district.id);
    await addStaff('Hồ Thị Em', ['SPECIALIST'], tree.communeB.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("lists the commune's active handlers by name with their roles, for the commune's head", async () => {
    const response = await handlers(tree.communeA.id, staffToken(testApp, ['UNIT_HEAD'], tree.communeA.id));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        id: names['Lê Thị An'],
        username: expect.any(String),
        fullName: 'Lê Thị An',
        roles: ['AGENCY_LEADER', 'UNIT_HEAD'],
        agencyId: tree.communeA.id,
        agencyName: 'UBND xã Kiểm Thử A',
      },
      {
        id: names['Trần Văn Bình'],
        username: expect.any(String),
        fullName: 'Trần Văn Bình',
        roles: ['SPECIALIST'],
        agencyId: tree.communeA.id,
        agencyName: 'UBND xã Kiểm Thử A',
      },
    ]);
    // Asked through the commune's desk, the answer is the same organisation's handlers.
    const viaDesk = await handlers(
      tree.communeADesk.id,
      staffToken(testApp, ['UNIT_HEAD'], tree.communeA.id),
    );
    expect(viaDesk.body.items).toEqual(response.body.items);
  });

  it("is open to the district's leader and the province's admin (their subtree)", async () => {
    for (const token of [
      staffToken(testApp, ['AGENCY_LEADER'], tree.district.id),
      staffToken(testApp, ['ADMIN'], tree.province.id),
    ]) {
      const response = await handlers(tree.communeA.id, token);
      expect([response.status, response.body.items.length]).toEqual([200, 2]);
    }
    const district = await handlers(
      tree.district.id,
      staffToken(testApp, ['AGENCY_LEADER'], tree.district.id),
    );
    expect((district.body.items as Array<{ fullName: string }>).map((item) => item.fullName)).toEqual([
      'Nguyễn Văn Đức',
    ]);
  });

  it("refuses another commune's head (403), specialists and clerks (403), anonymous callers (401)", async () => {
    const refused = async (token: string) => (await handlers(tree.communeA.id, token)).status;
    expect(await refused(staffToken(testApp, ['UNIT_HEAD'], tree.communeB.id))).toBe(403);
    // A commune head does not see the district's staff: above their organisation.
    expect(
      (await handlers(tree.district.id, staffToken(testApp, ['UNIT_HEAD'], tree.communeA.id))).status,
    ).toBe(403);
    expect(await refused(staffToken(testApp, ['SPECIALIST'], tree.communeA.id))).toBe(403);
    expect(await refused(staffToken(testApp, ['CLERK'], tree.communeADesk.id))).toBe(403);
    expect((await handlers(tree.communeA.id)).status).toBe(401);
    const unknown = await handlers(
      '00000000-0000-4000-8000-00000000abcd',
      staffToken(testApp, ['ADMIN'], tree.province.id),
    );
    expect(unknown.status).toBe(403);
    expect((await handlers('xa-a', staffToken(testApp, ['ADMIN'], tree.province.id))).status).toBe(400);
  });
});
