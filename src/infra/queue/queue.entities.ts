import { QueueHeartbeat } from './queue-heartbeat.entity';

export const QUEUE_ENTITIES = [QueueHeartbeat];
