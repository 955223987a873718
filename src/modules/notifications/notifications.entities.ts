import { NotificationDelivery } from './deliveries/notification-delivery.entity';
import { StaffNotification } from './inbox/staff-notification.entity';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { PortalSyncState } from './portal/portal-sync-state.entity';
import { NotificationPreference } from './preferences/notification-preference.entity';

export const NOTIFICATION_ENTITIES = [
  OutboxEvent,
  NotificationDelivery,
  StaffNotification,
  NotificationPreference,
  PortalSyncState,
];
