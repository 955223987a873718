// Every queue and job name, so producers and processors cannot drift apart.
export const QUEUE_NAMES = ['housekeeping'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'housekeeping.heartbeat': { heartbeatId: string };
}
export type JobName = keyof JobPayloads;

export function queueOfJob(job: JobName): QueueName {
  return job.split('.')[0] as QueueName;
}

export type QueueMode = 'bull' | 'in-process';
