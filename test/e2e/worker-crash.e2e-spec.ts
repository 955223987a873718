import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { type AppProcess, BUILT_WORKER, spawnApp } from '../support/app-process';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { createTestApp, describeWithRedis, type TestApp } from '../support/test-app';

// The national portal as a receiver that deduplicates by event id (as the Idempotency-Key asks):
// the first request it gets is held unanswered, so the test can kill the worker mid-job.
class HoldingPortal {
  readonly requests: string[] = [];
  readonly applied = new Set<string>();
  private holdFirst = true;
  // When set, requests are answered after this many milliseconds instead of being held.
  answerAfterMs: number | null = null;
  private arrived!: () => void;
  firstArrived = new Promise<void>((resolve) => (this.arrived = resolve));

  // The next request will resolve a fresh firstArrived.
  expectAnother(): void {
    this.firstArrived = new Promise<void>((resolve) => (this.arrived = resolve));
  }
  private server!: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        const eventId = String((JSON.parse(raw) as { eventId: string }).eventId);
        this.requests.push(eventId);
        if (this.answerAfterMs !== null) {
          this.arrived();
          setTimeout(() => {
            this.applied.add(eventId);
            response.writeHead(200).end('{}');
          }, this.answerAfterMs);
          return;
        }
        if (this.holdFirst) {
          this.holdFirst = false;
          this.arrived();
          return; // never answered: the worker dies waiting
        }
        this.applied.add(eventId);
        response.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sync`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describeWithRedis('a worker killed mid-job (real worker processes, Bull on Redis)', () => {
  let testApp: TestApp;
  let portal: HoldingPortal;
  let dataDir: string;
  const workers: AppProcess[] = [];
  const secret = 'worker-crash-test-secret-0123456789';

  beforeAll(async () => {
    portal = new HoldingPortal();
    const url = await portal.start();
    dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-worker-'));
    // The API only: its processors are off, the workers do the jobs.
    testApp = await createTestApp({
      withRedis: true,
      env: { QUEUE_PROCESSORS_ENABLED: 'false', PORTAL_SYNC_URL: url, PORTAL_SYNC_SECRET: secret },
    });
  });

  afterAll(async () => {
    for (const worker of workers) {
      worker.child.kill('SIGKILL');
    }
    await testApp.close();
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function startWorker(): AppProcess {
    const worker = spawnApp(
      {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        DATABASE_URL: testApp.database!.url,
        REDIS_URL: testApp.config.redis!.url,
        QUEUE_PREFIX: testApp.config.redis!.prefix,
        PORTAL_SYNC_URL: testApp.config.portalSync!.url,
        PORTAL_SYNC_SECRET: secret,
        // A dead worker's job is redelivered within about two seconds; the sweep stays out of it,
        // so only Bull's redelivery can finish the job.
        QUEUE_LOCK_DURATION_MS: '1500',
        QUEUE_STALLED_INTERVAL_MS: '1000',
        OUTBOX_RELAY_INTERVAL_MS: '3600000',
        OUTBOX_SWEEP_INTERVAL_MS: '86400000',
      },
      BUILT_WORKER,
    );
    workers.push(worker);
    return worker;
  }

  async function receiveAndRelay(name: string): Promise<string> {
    const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
    const { id: procedureId, documentCount } = await findBirthRegistration(testApp);
    const received = await testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(staffToken(testApp, ['CLERK'], desk.id)))
      .send({
        procedureId,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name, phone: '0905777888' },
        checklist: fullChecklist(documentCount),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    await testApp.app.get(OutboxRelay).relayPending(); // the portal.sync job is now in Redis
    return received.body.id as string;
  }

  const syncStateOf = (dossierId: string) =>
    testApp.dataSource.query<Array<{ last_status: string }>>(
      `SELECT last_status FROM portal_sync_states WHERE dossier_id = $1`,
      [dossierId],
    );

  it('redelivers the job to another worker, and its effect happens once', async () => {
    const dossierId = await receiveAndRelay('Huỳnh Văn Nam');

    const first = startWorker();
    await Promise.race([
      portal.firstArrived,
      sleep(30_000).then(() => {
        throw new Error(`the first worker never called the portal:\n${first.output()}`);
      }),
    ]);
    first.child.kill('SIGKILL');
    await first.exited();

    const second = startWorker();
    const started = Date.now();
    let state: Array<{ last_status: string }> = [];
    while (state.length === 0 && Date.now() - started < 30_000) {
      await sleep(200);
      state = await syncStateOf(dossierId);
    }
    expect([state.length, second.child.exitCode]).toEqual([1, null]);
    expect(state[0]).toMatchObject({ last_status: 'RECEIVED' });
    // Sent twice (the first attempt died with its worker), applied once by event id.
    expect(portal.requests).toHaveLength(2);
    expect(new Set(portal.requests).size).toBe(1);
    expect(portal.applied.size).toBe(1);
    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  });

  it('finishes the job in hand on SIGTERM before it exits', async () => {
    portal.requests.length = 0;
    portal.answerAfterMs = 1500;
    portal.expectAnother();
    const dossierId = await receiveAndRelay('Trần Thị Thu');
    const worker = startWorker();
    await portal.firstArrived;
    worker.child.kill('SIGTERM');
    expect(await worker.exited()).toBe(0);
    // The portal answered while the worker was stopping; its success was recorded before exit.
    expect(await syncStateOf(dossierId)).toEqual([{ last_status: 'RECEIVED' }]);
    expect(portal.requests).toHaveLength(1);
  });
});
