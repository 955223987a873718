// npm run bench:jobs — background work at scale. Prints plain "name value" lines.
// 1. The deadline watch over 100,000 and 1,000,000 open dossiers (jobs-deadline-watch.ts).
import 'reflect-metadata';
import { runDeadlineWatchBench } from './jobs-deadline-watch';

async function main(): Promise<void> {
  await runDeadlineWatchBench();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
