import { Global, Module } from '@nestjs/common';
import { CHANNEL_PROVIDERS } from './channels/notification-channels';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { DeadLettersService } from './dead-letters/dead-letters.service';
import { DeliveryPlanner } from './deliveries/delivery-planner.service';
import { DeliverySender } from './deliveries/delivery-sender.service';
import { DeliveryProcessor } from './deliveries/delivery.processor';
import { DossierDeliveriesService } from './deliveries/dossier-deliveries.service';
import { NotificationDeliveryRepository } from './deliveries/notification-delivery.repository';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { OutboxService } from './outbox/outbox.service';
import { PortalSyncService } from './portal/portal-sync.service';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

// Outgoing events and their deliveries: the outbox (written in each change's transaction) and
// the planner that turns a cause into deliveries, one per channel and recipient; the channels
// and the sender that deliver them; dead letters, preferences and the staff inbox.
@Global()
@Module({
  controllers: [DeadLettersController, NotificationPreferencesController, InboxController],
  providers: [
    OutboxService,
    DeliveryPlanner,
    PortalSyncService,
    ...CHANNEL_PROVIDERS,
    NotificationDeliveryRepository,
    NotificationPreferencesService,
    DeliverySender,
    DeliveryProcessor,
    DeadLettersService,
    InboxService,
    DossierDeliveriesService,
  ],
  exports: [OutboxService, DeliveryPlanner, DossierDeliveriesService],
})
export class NotificationsModule {}
