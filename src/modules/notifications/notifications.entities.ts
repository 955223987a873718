import { OutboxEvent } from './outbox/outbox-event.entity';

export const NOTIFICATION_ENTITIES = [OutboxEvent];
