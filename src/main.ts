import 'reflect-metadata';
import { startApplication, type RunningApplication } from './bootstrap';
import { ConfigValidationError, loadAppConfig } from './config';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

const SHUTDOWN_DEADLINE_MS = 30_000;

// SIGINT/SIGTERM stop HTTP, then PostgreSQL, then exit: no orphan postgres, no cut request.
// A signal during start-up waits for start-up to finish, then stops cleanly. Ctrl-C in a
// terminal reaches npm and node alike, so a repeated signal is not a reason to skip the cleanup.
async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      fail(error.message, 78); // EX_CONFIG
    }
    throw error;
  }
  let starting: Promise<RunningApplication> | null = null;
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write(`Received ${signal} again: still shutting down\n`);
      return;
    }
    stopping = true;
    setTimeout(
      () => fail(`Shutdown took longer than ${SHUTDOWN_DEADLINE_MS} ms: exiting`, 1),
      SHUTDOWN_DEADLINE_MS,
    ).unref();
    void (starting ?? Promise.reject(new Error('not started')))
      .then((running) => running.stop())
      .then(() => process.exit(0))
      .catch((error: unknown) => fail(`Shutdown failed: ${String(error)}`, 1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  starting = startApplication(config);
  await starting;
}

main().catch((error: unknown) => {
  fail(
    `Một cửa failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    1,
  );
});
