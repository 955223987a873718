// Waits for `work`, or fails after `ms` (the work itself goes on; its result is ignored). For calls
// to Redis and other services that must not hold a request or a loop when they stop answering.
export function withTimeout<T>(work: Promise<T>, ms: number, what = 'no answer'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} in ${ms} ms`)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
