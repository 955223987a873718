import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

// A stand-in for the national portal's sync endpoint: records what it receives and can fail.
class PortalSink {
  readonly received: Array<{ body: Record<string, unknown>; signature: string; raw: string }> = [];
  failuresLeft = 0;
  private server!: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        if (this.failuresLeft > 0) {
          this.failuresLeft -= 1;
          response.writeHead(503).end();
          return;
        }
        this.received.push({
          body: JSON.parse(raw) as Record<string, unknown>,
          signature: String(request.headers['x-motcua-signature']),
          raw,
        });
        response.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sync`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const SECRET = 'portal-sync-test-secret-0123456789';

async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() - started > timeoutMs) {
      return value;
    }
    await sleep(50);
  }
}

describe('the outbox relay and the national portal sync (in-process queue)', () => {
  let testApp: TestApp;
  let relay: OutboxRelay;
  let portal: PortalSink;
  let clerkToken: string;
  let procedureId: string;
  let documentCount: number;

  beforeAll(async () => {
    portal = new PortalSink();
    const url = await portal.start();
    testApp = await createTestApp({ env: { PORTAL_SYNC_URL: url, PORTAL_SYNC_SECRET: SECRET } });
    relay = testApp.app.get(OutboxRelay);
    const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    clerkToken = staffToken(testApp, ['CLERK'], desk.id);
    ({ id: procedureId, documentCount } = await findBirthRegistration(testApp));
  });

  afterAll(async () => {
    await testApp.close();
    await portal.stop();
  });

  async function receive(applicant: object): Promise<{ id: string; version: number; code: string }> {
    const response = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerkToken))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant,
        checklist: fullChecklist(documentCount),
        outcome: 'RECEIVE',
      });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; code: string };
  }

  interface DeliveryRow {
    channel: string;
    template: string;
    recipient_kind: string;
    recipient_masked: string;
    recipient_address_encrypted: string;
    code: string;
  }
  const deliveriesOf = (dossierId: string): Promise<DeliveryRow[]> =>
    testApp.dataSource.query(
      `SELECT channel, template, recipient_kind, recipient_masked, recipient_address_encrypted, params->>'dossierCode' AS code
       FROM notification_deliveries WHERE dossier_id = $1 ORDER BY channel`,
      [dossierId],
    );

  it('fans a receipt out to the applicant’s e-mail, SMS and Zalo once, however often it is relayed', async () => {
    const dossier = await receive({
      kind: 'PERSON',
      name: 'Võ Thị Mai',
      phone: '0905111222',
      email: 'mai.vo@example.vn',
    });
    const lagging = await testApp.http().get('/health');
    expect(lagging.body.details.backgroundWork).toMatchObject({
      outboxUndelivered: 1,
      outboxOldestAgeSeconds: expect.any(Number),
      queues: 'in-process',
    });
    await relay.relayPending();
    expect((await testApp.http().get('/health')).body.details.backgroundWork).toMatchObject({
      outboxUndelivered: 0,
    });
    const first = await deliveriesOf(dossier.id);
    expect(first.map((row) => row.channel)).toEqual(['EMAIL', 'SMS', 'ZALO']);
    expect(first[0]).toMatchObject({
      template: 'citizen.received',
      recipient_kind: 'applicant',
      recipient_masked: 'm***@example.vn',
      code: dossier.code,
    });
    expect(first[1].recipient_masked).toBe('******1222');
    // The address is kept encrypted: no plain phone number in the row.
    expect(JSON.stringify(first)).not.toContain('0905111222');
    const [event] = await testApp.dataSource.query(
      `SELECT id, delivered_at FROM outbox_events WHERE aggregate_id = $1`,
      [dossier.id],
    );
    expect(event.delivered_at).not.toBeNull();

    const province = await findAgency(testApp, 'PY-PROVINCE-54');
    const metrics = await testApp
      .http()
      .get('/api/v1/admin/metrics')
      .set(...bearer(staffToken(testApp, ['ADMIN'], province.id)));
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^motcua_notification_deliveries\{channel="SMS",status="[A-Z]+"\} \d+$/m);
    expect(metrics.text).toContain('motcua_outbox_undelivered 0');
    expect(
      (
        await testApp
          .http()
          .get('/api/v1/admin/metrics')
          .set(...bearer(clerkToken))
      ).status,
    ).toBe(403);

    // A relay that crashed after planning but before marking the event relayed runs it again.
    await testApp.dataSource.query(`UPDATE outbox_events SET delivered_at = NULL WHERE id = $1`, [event.id]);
    await relay.relayPending();
    expect(await deliveriesOf(dossier.id)).toHaveLength(3);
  });

  it('pushes each status change to the portal in order, signed, and records the last one synced', async () => {
    portal.received.length = 0;
    const dossier = await receive({ kind: 'PERSON', name: 'Phan Văn Hải', phone: '0905333444' });
    const transferred = await testApp
      .http()
      .post(`/api/v1/dossiers/${dossier.id}/actions/TRANSFER`)
      .set(...bearer(clerkToken))
      .send({ version: dossier.version });
    expect(transferred.status).toBe(200);
    portal.failuresLeft = 1; // the first push fails and is retried
    await relay.relayPending();
    const synced = await eventually(
      () => testApp.dataSource.query(`SELECT * FROM portal_sync_states WHERE dossier_id = $1`, [dossier.id]),
      (rows: unknown[]) =>
        rows.length === 1 && (rows[0] as { last_status: string }).last_status === 'IN_PROGRESS',
    );
    expect(synced[0]).toMatchObject({ last_status: 'IN_PROGRESS', last_national_status_code: 4 });
    const mine = portal.received.filter((message) => message.body.dossierId === dossier.id);
    expect(
      mine.map((message) => [message.body.status, message.body.nationalStatusCode, message.body.channel]),
    ).toEqual([
      ['RECEIVED', 2, 'DIRECT'],
      ['IN_PROGRESS', 4, 'DIRECT'],
    ]);
    expect(mine[0].body).toMatchObject({ dossierCode: dossier.code, provinceIdentifier: 'H55' });
    for (const message of mine) {
      expect(message.signature).toBe(
        `sha256=${createHmac('sha256', SECRET).update(message.raw).digest('hex')}`,
      );
    }
    // A sweep finds nothing left to sync for it, and a second sync sends nothing again.
    await relay.sweep();
    await sleep(300);
    expect(portal.received.filter((message) => message.body.dossierId === dossier.id)).toHaveLength(2);
  });

  it('plans the handler’s in-app notice when a dossier is assigned', async () => {
    const dossier = await receive({ kind: 'PERSON', name: 'Đỗ Minh Tâm', phone: '0905555666' });
    const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
    const head = staffToken(testApp, ['UNIT_HEAD'], commune.id);
    let version = dossier.version;
    const act = async (action: string, token: string, body: object = {}) => {
      const response = await testApp
        .http()
        .post(`/api/v1/dossiers/${dossier.id}/actions/${action}`)
        .set(...bearer(token))
        .send({ version, ...body });
      expect(response.status).toBe(200);
      version = response.body.version;
    };
    const assigneeId = randomUUID();
    await act('TRANSFER', clerkToken);
    await act('ASSIGN', head, { assigneeId });
    await relay.relayPending();
    const [notice] = await testApp.dataSource.query(
      `SELECT channel, template, recipient_kind, recipient_id FROM notification_deliveries
       WHERE dossier_id = $1 AND channel = 'IN_APP'`,
      [dossier.id],
    );
    expect(notice).toEqual({
      channel: 'IN_APP',
      template: 'staff.assigned',
      recipient_kind: 'staff',
      recipient_id: assigneeId,
    });
  });
});
