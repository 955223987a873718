import { Global, Module } from '@nestjs/common';
import { DeliveryPlanner } from './deliveries/delivery-planner.service';
import { OutboxService } from './outbox/outbox.service';
import { PortalSyncService } from './portal/portal-sync.service';

// Outgoing events and their deliveries: the outbox (written in each change's transaction) and
// the planner that turns a cause into deliveries, one per channel and recipient.
@Global()
@Module({
  providers: [OutboxService, DeliveryPlanner, PortalSyncService],
  exports: [OutboxService, DeliveryPlanner],
})
export class NotificationsModule {}
