import http from 'node:http';
import { performance } from 'node:perf_hooks';

// One keep-alive connection, so a benchmark times the server's work, not connection set-up.
export const benchAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

// Milliseconds for one GET to answer 200 (anything else fails the run).
export function timeGet(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get({ host: '127.0.0.1', port, path, agent: benchAgent, headers }, (response) => {
      response.resume();
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${path}: ${response.statusCode}`)),
      );
    });
    request.on('error', reject);
  });
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
