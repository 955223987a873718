import { Injectable } from '@nestjs/common';
import { type NotificationDelivery } from './notification-delivery.entity';
import { NotificationDeliveryRepository } from './notification-delivery.repository';

// The notices of one dossier and how each went, for the dossier's readers (the dossiers module
// checks who may read the dossier; map the result with toDeliveryDto).
@Injectable()
export class DossierDeliveriesService {
  constructor(private readonly deliveries: NotificationDeliveryRepository) {}

  listForDossier(dossierId: string): Promise<NotificationDelivery[]> {
    return this.deliveries.findByDossier(dossierId);
  }
}
