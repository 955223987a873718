import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, describeWithRedis, type TestApp } from '../support/test-app';

// Redis goes away while the desk keeps working, and comes back: nothing the desk did is refused,
// and every notice is delivered exactly once afterwards (the database kept them).
describeWithRedis('Redis down while dossiers are received (Bull mode, real Redis behind a cut proxy)', () => {
  let testApp: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    proxy = await TcpProxy.start(process.env.REDIS_URL!);
    testApp = await createTestApp({
      withRedis: true,
      env: { REDIS_URL: proxy.urlFor(process.env.REDIS_URL!), DB_POOL_SIZE: '20' },
    });
  });

  afterAll(async () => {
    await proxy.open();
    await testApp.close();
    await proxy.cut();
  });

  it('keeps answering 2xx, and delivers every notice once when Redis returns', async () => {
    const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
    const clerk = bearer(staffToken(testApp, ['CLERK'], desk.id));
    const head = bearer(staffToken(testApp, ['UNIT_HEAD'], commune.id));
    const { id: procedureId, documentCount } = await findBirthRegistration(testApp);
    await proxy.cut();

    const assignees: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const received = await testApp
        .http()
        .post('/api/v1/dossiers')
        .set(...clerk)
        .send({
          procedureId,
          channel: 'DIRECT',
          applicant: { kind: 'PERSON', name: `Công dân ${index}`, phone: `090500000${index}` },
          checklist: fullChecklist(documentCount),
          outcome: 'RECEIVE',
        });
      expect(received.status).toBe(201);
      const transferred = await testApp
        .http()
        .post(`/api/v1/dossiers/${received.body.id}/actions/TRANSFER`)
        .set(...clerk)
        .send({ version: received.body.version });
      expect(transferred.status).toBe(200);
      const assigneeId = randomUUID();
      assignees.push(assigneeId);
      const assigned = await testApp
        .http()
        .post(`/api/v1/dossiers/${received.body.id}/actions/ASSIGN`)
        .set(...head)
        .send({ version: transferred.body.version, assigneeId });
      expect(assigned.status).toBe(200);
    }

    const relay = testApp.app.get(OutboxRelay);
    await relay.relayPending(); // plans the deliveries; handing them to Redis times out
    const pending = await testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'IN_APP' AND status = 'PENDING'`,
    );
    expect(pending[0].n).toBe(5);

    await proxy.open();
    const started = Date.now();
    let sent = 0;
    while (sent < 5 && Date.now() - started < 30_000) {
      await relay.sweep();
      await sleep(500);
      [{ n: sent }] = await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'IN_APP' AND status = 'SENT'`,
      );
    }
    expect(sent).toBe(5);
    // Sweep again and wait: jobs queued twice (the timed-out ones replayed by the client, the
    // sweep's) must not give anyone a second notice.
    await relay.sweep();
    await sleep(1500);
    const notices = await testApp.dataSource.query<Array<{ user_id: string; n: number }>>(
      `SELECT user_id, count(*)::int AS n FROM staff_notifications GROUP BY user_id`,
    );
    expect(notices.filter((row) => assignees.includes(row.user_id)).map((row) => row.n)).toEqual([
      1, 1, 1, 1, 1,
    ]);
  }, 90_000);
});
