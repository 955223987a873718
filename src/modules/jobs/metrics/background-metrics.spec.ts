import { renderBackgroundMetrics } from './background-metrics';

describe('background metrics in Prometheus text format', () => {
  it('renders each family with HELP, TYPE and labelled samples', () => {
    const text = renderBackgroundMetrics({
      deliveries: [
        { channel: 'EMAIL', status: 'SENT', count: 12, attempts: 14 },
        { channel: 'SMS', status: 'DEAD', count: 1, attempts: 5 },
      ],
      outboxUndelivered: 3,
      outboxOldestAgeSeconds: 42,
      portalSynced: 7,
      deadlineNotices: [{ threshold: 'OVERDUE', count: 2 }],
    });
    expect(text).toContain('# TYPE motcua_notification_deliveries gauge');
    expect(text).toContain('motcua_notification_deliveries{channel="EMAIL",status="SENT"} 12');
    expect(text).toContain('motcua_notification_delivery_attempts_total{channel="SMS",status="DEAD"} 5');
    expect(text).toContain('motcua_outbox_undelivered 3');
    expect(text).toContain('motcua_outbox_oldest_undelivered_age_seconds 42');
    expect(text).toContain('motcua_deadline_notices{threshold="OVERDUE"} 2');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escapes label values', () => {
    const text = renderBackgroundMetrics({
      deliveries: [{ channel: 'A"B\\C', status: 'SENT', count: 1, attempts: 1 }],
      outboxUndelivered: 0,
      outboxOldestAgeSeconds: 0,
      portalSynced: 0,
      deadlineNotices: [],
    });
    expect(text).toContain('channel="A\\"B\\\\C"');
  });
});
