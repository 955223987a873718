// Every queue and job name, so producers and processors cannot drift apart.
export const QUEUE_NAMES = [
  'housekeeping',
  'outbox',
  'notifications',
  'portal',
  'deadlines',
  'exports',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'housekeeping.heartbeat': { heartbeatId: string };
  // Moves undelivered outbox events into deliveries (fan-out) and requeues pending deliveries.
  'outbox.relay': Record<string, never>;
  // Sends one delivery (notification_deliveries.id); idempotent: a delivery not PENDING is skipped.
  'notifications.deliver': { deliveryId: string };
  // Pushes a dossier's pending status changes to the national portal, in outbox order.
  'portal.sync': { dossierId: string };
  // One deadline-watch tick (repeatable; one execution at a time across workers).
  'deadlines.watch': Record<string, never>;
  // Writes one background report file (report_exports.id); idempotent: a DONE or FAILED export is
  // left alone, a RUNNING one (its worker died) is written again from the start.
  'exports.report': { exportId: string };
}
export type JobName = keyof JobPayloads;

export function queueOfJob(job: JobName): QueueName {
  return job.split('.')[0] as QueueName;
}

export type QueueMode = 'bull' | 'in-process';
