import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type Principal } from '../../identity';
import { DossierDeliveriesService } from '../../notifications/deliveries/dossier-deliveries.service';
import { type NotificationDelivery } from '../../notifications/deliveries/notification-delivery.entity';
import { DossierQueryService } from '../dossier-query.service';
import { Dossier } from '../dossier.entity';
import { dossierNotFound } from '../intake/intake.errors';

// The notices sent about a dossier (channel, template, masked recipient, status), for whoever may
// read the dossier. It lives here, not in notifications: notifications must not depend on dossiers.
@Injectable()
export class DossierNoticesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly queries: DossierQueryService,
    private readonly deliveries: DossierDeliveriesService,
  ) {}

  async list(reader: Principal, dossierId: string): Promise<NotificationDelivery[]> {
    const dossier = await this.txHost.tx.getRepository(Dossier).findOneBy({ id: dossierId });
    if (!dossier || !(await this.queries.mayRead(reader, dossier))) {
      throw dossierNotFound();
    }
    return this.deliveries.listForDossier(dossierId);
  }
}
