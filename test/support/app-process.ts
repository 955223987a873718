import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const BUILT_MAIN = path.resolve(__dirname, '../../dist/src/main.js');
export const BUILT_WORKER = path.resolve(__dirname, '../../dist/src/worker.js');

export interface AppProcess {
  readonly child: ChildProcess;
  output(): string;
  exited(): Promise<number | null>;
}

// The built app as an operator runs it (`node dist/src/main.js`, or the worker), with only the
// given environment.
export function spawnApp(env: Record<string, string>, script = BUILT_MAIN): AppProcess {
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: run npm run build first (npm test does)`);
  }
  const inherited = Object.fromEntries(
    ['PATH', 'HOME', 'TZ', 'LANG'].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
  const child = spawn(process.execPath, [script], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited: () => exit };
}

export async function waitForHealth(port: number, app: AppProcess, timeoutMs = 60000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (app.child.exitCode !== null) {
      throw new Error(`the app exited with ${app.child.exitCode}:\n${app.output()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) {
        return Date.now() - started;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`no healthy answer on port ${port} within ${timeoutMs} ms:\n${app.output()}`);
}

// Every live postgres process whose command line names this data directory.
export function findPostgresProcesses(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return commandLine.includes('postgres') && commandLine.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}
