// npm run bench:jobs — background work at scale. Prints plain "name value" lines.
// 1. The deadline watch over 100,000 and 1,000,000 open dossiers (jobs-deadline-watch.ts).
// 2. Outbox to delivered: events/s to a local SMTP sink and a local HTTP gateway sink
//    (jobs-delivery.ts; BENCH_EVENTS, default 2,000; Bull when REDIS_URL is set).
// BENCH_JOBS=watch or BENCH_JOBS=delivery runs one half.
import 'reflect-metadata';
import { runDeadlineWatchBench } from './jobs-deadline-watch';
import { runDeliveryThroughputBench } from './jobs-delivery';

async function main(): Promise<void> {
  const only = process.env.BENCH_JOBS;
  if (only !== 'delivery') {
    await runDeadlineWatchBench();
  }
  if (only !== 'watch') {
    await runDeliveryThroughputBench();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
