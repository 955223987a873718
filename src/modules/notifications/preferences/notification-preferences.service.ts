import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { type Principal } from '../../identity';
import { type RecipientKind } from '../deliveries/delivery-channels';
import { NotificationPreference } from './notification-preference.entity';

export interface ChannelPreferences {
  readonly email: boolean;
  readonly sms: boolean;
  readonly zalo: boolean;
  readonly inApp: boolean;
}

// Without a row every channel is on: a citizen gets notices wherever they gave an address, a
// staff member gets in-app notices.
export const DEFAULT_PREFERENCES: ChannelPreferences = { email: true, sms: true, zalo: true, inApp: true };

const COLUMN_OF_CHANNEL: Readonly<Record<string, keyof ChannelPreferences>> = {
  EMAIL: 'email',
  SMS: 'sms',
  ZALO: 'zalo',
  IN_APP: 'inApp',
};

@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
  ) {}

  async find(owner: Principal): Promise<ChannelPreferences> {
    return this.preferencesOf(owner.kind, owner.id);
  }

  @Transactional()
  async replace(owner: Principal, preferences: ChannelPreferences): Promise<ChannelPreferences> {
    const { email, sms, zalo, inApp } = preferences;
    await this.txHost.tx
      .createQueryBuilder()
      .insert()
      .into(NotificationPreference)
      .values({ ownerKind: owner.kind, ownerId: owner.id, email, sms, zalo, inApp, updatedAt: () => 'now()' })
      .orUpdate(['email', 'sms', 'zalo', 'in_app', 'updated_at'], ['owner_kind', 'owner_id'])
      .execute();
    await this.audit.record({
      action: 'notification-preferences.update',
      targetType: owner.kind,
      targetId: owner.id,
      summary: { email, sms, zalo, inApp },
    });
    return { email, sms, zalo, inApp };
  }

  // Whether a delivery's recipient still wants notices on its channel. Applicants without an
  // account have no preferences (they gave the address at the desk for this purpose).
  async allows(recipientKind: RecipientKind, recipientId: string | null, channel: string): Promise<boolean> {
    const column = COLUMN_OF_CHANNEL[channel];
    if (!column || !recipientId || (recipientKind !== 'citizen' && recipientKind !== 'staff')) {
      return true;
    }
    return (await this.preferencesOf(recipientKind, recipientId))[column];
  }

  private async preferencesOf(ownerKind: 'citizen' | 'staff', ownerId: string): Promise<ChannelPreferences> {
    const row = await this.txHost.tx.getRepository(NotificationPreference).findOneBy({ ownerKind, ownerId });
    return row ? { email: row.email, sms: row.sms, zalo: row.zalo, inApp: row.inApp } : DEFAULT_PREFERENCES;
  }
}
