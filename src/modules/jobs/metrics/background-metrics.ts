// Prometheus text exposition (format 0.0.4) of the background work's counters, pure: the
// service reads the numbers from the database (shared by every process, unlike in-memory
// counters that a restart or a second worker would split).
export interface DeliveryCount {
  readonly channel: string;
  readonly status: string;
  readonly count: number;
  readonly attempts: number;
}

export interface BackgroundCounts {
  readonly deliveries: readonly DeliveryCount[];
  readonly outboxUndelivered: number;
  readonly outboxOldestAgeSeconds: number;
  readonly portalSynced: number;
  readonly deadlineNotices: ReadonlyArray<{ readonly threshold: string; readonly count: number }>;
}

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function metric(
  name: string,
  help: string,
  type: 'gauge' | 'counter',
  samples: Array<[Record<string, string>, number]>,
) {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const [labels, value] of samples) {
    const rendered = Object.entries(labels)
      .map(([key, label]) => `${key}="${escapeLabel(label)}"`)
      .join(',');
    lines.push(`${name}${rendered ? `{${rendered}}` : ''} ${value}`);
  }
  return lines.join('\n');
}

export function renderBackgroundMetrics(counts: BackgroundCounts): string {
  return `${[
    metric(
      'motcua_notification_deliveries',
      'Notification deliveries by channel and status (SENT delivered, DEAD failed for good).',
      'gauge',
      counts.deliveries.map((row) => [{ channel: row.channel, status: row.status }, row.count]),
    ),
    metric(
      'motcua_notification_delivery_attempts_total',
      'Send attempts made, by channel and status of the delivery (failures are attempts beyond one).',
      'counter',
      counts.deliveries.map((row) => [{ channel: row.channel, status: row.status }, row.attempts]),
    ),
    metric('motcua_outbox_undelivered', 'Outbox events not yet relayed.', 'gauge', [
      [{}, counts.outboxUndelivered],
    ]),
    metric(
      'motcua_outbox_oldest_undelivered_age_seconds',
      'Age of the oldest outbox event not yet relayed.',
      'gauge',
      [[{}, counts.outboxOldestAgeSeconds]],
    ),
    metric(
      'motcua_portal_synced_dossiers',
      'Dossiers whose status the national portal acknowledged.',
      'gauge',
      [[{}, counts.portalSynced]],
    ),
    metric(
      'motcua_deadline_notices',
      'Deadline notices noted by the deadline watch, by threshold.',
      'gauge',
      counts.deadlineNotices.map((row) => [{ threshold: row.threshold }, row.count]),
    ),
  ].join('\n')}\n`;
}
