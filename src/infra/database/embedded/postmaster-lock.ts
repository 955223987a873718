import { existsSync, readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

// The postmaster of a cluster writes its pid on the first line of postmaster.pid. After a kill -9
// of the app it survives as an orphan and keeps the data directory locked.
export function findRunningPostmaster(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return null;
  }
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) {
    return null;
  }
  const commandLine = readCommandLine(pid);
  return commandLine.includes('postgres') && commandLine.includes(path.resolve(clusterDir)) ? pid : null;
}

// Fast shutdown (SIGINT) first; immediate shutdown (SIGQUIT) if it does not go in time.
export async function stopOrphanPostmaster(pid: number, timeoutMs = 15000): Promise<void> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGQUIT', 'SIGKILL'];
  for (const signal of signals) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + timeoutMs / signals.length;
    while (Date.now() < deadline) {
      if (!isProcessAlive(pid)) {
        return;
      }
      await sleep(50);
    }
  }
}

// One app process owns a data directory at a time; a lock left by a killed process is taken over.
export async function acquireAppLock(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(dataDir, 'app.pid');
  if (existsSync(lockFile)) {
    const owner = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    if (
      Number.isInteger(owner) &&
      owner !== process.pid &&
      isProcessAlive(owner) &&
      readCommandLine(owner).includes('node')
    ) {
      throw new Error(`DATA_DIR ${dataDir} is in use by another Một cửa process (pid ${owner}).`);
    }
  }
  await fs.writeFile(lockFile, `${process.pid}\n`, { mode: 0o644 });
  return async () => {
    await fs.rm(lockFile, { force: true });
  };
}
