import { DataSource } from 'typeorm';
import { Agency } from '../../src/modules/catalog/agencies/agency.entity';
import { bearer, staffToken } from '../support/auth';
import { findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('work queues and dossier search, scoped by agency and role', () => {
  let testApp: TestApp;
  const ids: Record<string, string> = {};
  const received: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp({ env: { DB_POOL_SIZE: '20' } });
    const agencies = testApp.app.get(DataSource).getRepository(Agency);
    for (const key of [
      'PY-COMMUNE-22015-DESK',
      'PY-COMMUNE-22018-DESK',
      'PY-DISTRICT-555',
      'PY-DISTRICT-555-DESK',
    ]) {
      ids[key] = (await agencies.findOneByOrFail({ key })).id;
    }
    const { id: procedureId, documentCount } = await findBirthRegistration(testApp);
    const clerk = staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']);
    for (const name of ['Nguyễn Văn Ánh', 'Trần Thị Bích', 'Lê Văn Cường']) {
      const response = await testApp
        .http()
        .post('/api/v1/dossiers')
        .set(...bearer(clerk))
        .send({
          procedureId,
          channel: 'DIRECT',
          applicant: { kind: 'PERSON', name },
          checklist: fullChecklist(documentCount),
          outcome: 'RECEIVE',
        });
      received.push(response.body.id as string);
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  const list = (token: string, query: object = {}) =>
    testApp
      .http()
      .get('/api/v1/dossiers')
      .query(query)
      .set(...bearer(token));
  const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id).sort();

  it("shows the desk's dossiers to its clerk, sorted by due time with a stable tie-break", async () => {
    const response = await list(staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']));
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    expect(response.body.totalCapped).toBe(false);
    expect(idsOf(response.body)).toEqual([...received].sort());
  });

  it('hides them from another commune and from the district clerk, shows them to the district leader', async () => {
    expect((await list(staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22018-DESK']))).body.total).toBe(0);
    expect(
      (await list(staffToken(testApp, ['CLERK', 'SPECIALIST'], ids['PY-DISTRICT-555-DESK']))).body.total,
    ).toBe(0);
    expect((await list(staffToken(testApp, ['AGENCY_LEADER'], ids['PY-DISTRICT-555']))).body.total).toBe(3);
  });

  it('searches by applicant name without accents and by code prefix, and pages', async () => {
    const clerk = staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']);
    const byName = await list(clerk, { applicant: 'tran thi bich' });
    expect(
      (byName.body.items as Array<{ applicant: { name: string } }>).map((item) => item.applicant.name),
    ).toEqual(['Trần Thị Bích']);
    const code = (byName.body.items[0].code as string).slice(0, -2);
    expect((await list(clerk, { code })).body.total).toBeGreaterThanOrEqual(1);
    const first = await list(clerk, { pageSize: 2, page: 1 });
    const second = await list(clerk, { pageSize: 2, page: 2 });
    expect(new Set([...idsOf(first.body), ...idsOf(second.body)]).size).toBe(3);
    expect((await list(clerk, { due: 'overdue' })).body.total).toBe(0);
    expect((await list(clerk, { status: 'RECEIVED', dueWithinWorkingDays: 30 })).body.total).toBe(3);
  });

  it("names each row's procedure (the version it was received under), found after the page is chosen", async () => {
    const response = await list(staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']), {
      pageSize: 2,
    });
    const [version] = await testApp.app
      .get(DataSource)
      .query(`SELECT name FROM procedure_versions WHERE id = $1`, [
        response.body.items[0].procedureVersionId,
      ]);
    expect(version.name).toMatch(/^Đăng ký khai sinh/);
    expect(
      (response.body.items as Array<{ procedureName: string }>).map((item) => item.procedureName),
    ).toEqual([version.name, version.name]);
    // The empty page asks nothing more and names nothing.
    const none = await list(staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22018-DESK']));
    expect([none.status, none.body.items]).toEqual([200, []]);
  });

  it('refuses bad filters with 400 and anonymous callers with 401', async () => {
    const clerk = staffToken(testApp, ['CLERK'], ids['PY-COMMUNE-22015-DESK']);
    expect((await list(clerk, { status: 'LOST' })).status).toBe(400);
    expect((await list(clerk, { receivedFrom: 'hôm qua' })).status).toBe(400);
    expect((await testApp.http().get('/api/v1/dossiers')).status).toBe(401);
  });
});
