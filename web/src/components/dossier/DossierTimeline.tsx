import { Timeline, Typography } from 'antd';
import { ROLE_LABELS } from '../../auth/session';
import type { Role } from '../../auth/session-store';
import { DateTime } from '../DateTime';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../../lib/labels';
import { describeEvent } from './dossier-labels';
import type { DossierEvent } from './dossier-api';

function statusLabel(status: string | null): string | null {
  return status ? (DOSSIER_STATUS_LABELS[status as DossierStatus] ?? status) : null;
}

// The history of the dossier as the process control sheet records it (Mẫu 05): who did what,
// when, from which status to which, and the note (reasons, what is missing).
export function DossierTimeline({ events }: { events: readonly DossierEvent[] }) {
  if (events.length === 0) {
    return <Typography.Text type="secondary">Chưa có bước xử lý nào.</Typography.Text>;
  }
  return (
    <Timeline
      items={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: index === events.length - 1 ? 'blue' : 'gray',
        content: (
          <div>
            <div>
              <DateTime value={event.at} /> · <strong>{describeEvent(event.action)}</strong>
            </div>
            <div className="muted">
              {event.fromStatus && event.fromStatus !== event.toStatus
                ? `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}`
                : statusLabel(event.toStatus)}
              {event.actorRole ? ` · ${ROLE_LABELS[event.actorRole as Role] ?? event.actorRole}` : null}
            </div>
            {event.note ? <div style={{ whiteSpace: 'pre-line' }}>{event.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
