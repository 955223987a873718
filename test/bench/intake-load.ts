// The load generator of bench:intake, in a process of its own (intake.bench.ts forks it per
// phase) so the app under test does not share its event loop with the client. It receives one
// LoadSpec over IPC, runs autocannon (a short warm-up, then the measured run) and answers with a
// LoadResult: latencies of every response, not only the 2xx that autocannon's histogram keeps.
import autocannon from 'autocannon';
import { percentile } from './http-timing';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  url: string;
  seconds: number;
  warmUpSeconds: number;
  connections: number;
  // Each connection cycles through these, starting at its own offset.
  requests: LoadRequest[];
}

export interface LoadResult {
  responses: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
}

async function run(spec: LoadSpec, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let connection = 0;
  const step = Math.max(1, Math.floor(spec.requests.length / spec.connections));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: seconds,
        requests: spec.requests,
        setupClient: (client) => {
          const offset = (connection++ * step) % spec.requests.length;
          client.setRequests([...spec.requests.slice(offset), ...spec.requests.slice(0, offset)]);
        },
      },
      (error: Error | null, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    responses: latencies.length,
    seconds: result.duration,
    perSecond: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.once('message', (spec: LoadSpec) => {
  const measure = async () => {
    if (spec.warmUpSeconds > 0) {
      await run(spec, spec.warmUpSeconds);
    }
    return run(spec, spec.seconds);
  };
  measure().then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
});
