import { setTimeout as sleep } from 'node:timers/promises';
import { type AppConfig } from '../../config';
import { InProcessJobQueue } from './in-process-job-queue';
import { type JobHandler, type JobHandlerRegistry } from './job-handler.registry';
import { type JobName } from './queue-names';

// The queue with one handler for 'notifications.deliver' that records how many run at once.
function queueWith(handler: JobHandler, concurrency: number): InProcessJobQueue {
  const registry = { all: () => new Map<JobName, JobHandler>([['notifications.deliver', handler]]) };
  return new InProcessJobQueue(
    registry as unknown as JobHandlerRegistry,
    {
      queueConcurrency: concurrency,
    } as AppConfig,
  );
}

describe('the in-process job queue', () => {
  it('runs at most QUEUE_CONCURRENCY jobs at once, and every job in the end', async () => {
    let running = 0;
    let most = 0;
    const done: string[] = [];
    const queue = queueWith(async (payload) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(5);
      done.push((payload as { deliveryId: string }).deliveryId);
      running -= 1;
    }, 3);
    for (let index = 0; index < 20; index += 1) {
      await queue.enqueue('notifications.deliver', { deliveryId: `d${index}` });
    }
    while (done.length < 20) {
      await sleep(5);
    }
    await queue.onApplicationShutdown();
    expect(most).toBe(3);
    expect(new Set(done).size).toBe(20);
  });

  it('finishes the jobs in hand at shutdown and drops those still waiting (the database keeps them)', async () => {
    const started: string[] = [];
    const queue = queueWith(async (payload) => {
      started.push((payload as { deliveryId: string }).deliveryId);
      await sleep(20);
    }, 2);
    for (let index = 0; index < 10; index += 1) {
      await queue.enqueue('notifications.deliver', { deliveryId: `d${index}` });
    }
    await sleep(5);
    await queue.onApplicationShutdown();
    expect(started).toEqual(['d0', 'd1']);
  });

  it('does not run a job id twice', async () => {
    let runs = 0;
    const queue = queueWith(() => {
      runs += 1;
      return Promise.resolve();
    }, 4);
    await queue.enqueue('notifications.deliver', { deliveryId: 'x' }, { jobId: 'deliver:x' });
    await queue.enqueue('notifications.deliver', { deliveryId: 'x' }, { jobId: 'deliver:x' });
    await sleep(10);
    await queue.onApplicationShutdown();
    expect(runs).toBe(1);
  });
});
