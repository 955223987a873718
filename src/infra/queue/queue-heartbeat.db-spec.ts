import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp, describeWithRedis, type TestApp } from '../../../test/support/test-app';
import { JobQueue } from './job-queue';
import { QueueHeartbeatService } from './queue-heartbeat.service';

async function waitForProcessing(service: QueueHeartbeatService, id: string): Promise<Date | null> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const processedAt = await service.findProcessedAt(id);
    if (processedAt) {
      return processedAt;
    }
    await sleep(100);
  }
  return null;
}

describe('queue without Redis (in-process mode)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('runs the heartbeat processor in this process', async () => {
    expect(testApp.app.get(JobQueue).mode).toBe('in-process');
    const service = testApp.app.get(QueueHeartbeatService);
    const id = await service.send();
    expect(await waitForProcessing(service, id)).toBeInstanceOf(Date);
  });
});

describeWithRedis('queue on Bull with Redis', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ withRedis: true });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('delivers the heartbeat through Redis to the same processor', async () => {
    expect(testApp.app.get(JobQueue).mode).toBe('bull');
    const service = testApp.app.get(QueueHeartbeatService);
    const id = await service.send();
    expect(await waitForProcessing(service, id)).toBeInstanceOf(Date);
  });

  it('reports Redis in /health', async () => {
    const response = await testApp.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body.info.redis.status).toBe('up');
  });
});

describeWithRedis('queue on Bull with processors off (an API-only instance)', () => {
  it('accepts jobs but leaves them for a worker', async () => {
    const testApp = await createTestApp({ withRedis: true, env: { QUEUE_PROCESSORS_ENABLED: 'false' } });
    try {
      const service = testApp.app.get(QueueHeartbeatService);
      const id = await service.send();
      await sleep(1000);
      expect(await service.findProcessedAt(id)).toBeNull();
    } finally {
      await testApp.close();
    }
  });
});
