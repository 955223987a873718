import { type JobName, type JobPayloads, type QueueMode } from './queue-names';

export interface EnqueueOptions {
  // A job with the same id is not added twice (Bull's jobId dedupe).
  jobId?: string;
  attempts?: number;
  // Run no earlier than this many milliseconds from now (a retry's backoff).
  delayMs?: number;
  // A repeatable job: runs every `everyMs` from now on (Bull: one job per instant across all
  // workers; in-process: a timer). The jobId names the schedule: adding it again changes nothing.
  repeat?: { everyMs: number };
}

// What producers depend on; BullJobQueue or InProcessJobQueue behind it.
export abstract class JobQueue {
  abstract readonly mode: QueueMode;
  abstract enqueue<N extends JobName>(
    job: N,
    payload: JobPayloads[N],
    options?: EnqueueOptions,
  ): Promise<void>;
  abstract ping(): Promise<void>;
}
