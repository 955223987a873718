import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

// Which channels a citizen or a staff member wants notices on. No row: the defaults (every
// channel the recipient has an address for).
@Entity('notification_preferences')
@Check(`"owner_kind" IN ('citizen', 'staff')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ownerKind!: string;

  @PrimaryColumn('uuid')
  ownerId!: string;

  @Column({ type: 'boolean', default: true })
  email!: boolean;

  @Column({ type: 'boolean', default: true })
  sms!: boolean;

  @Column({ type: 'boolean', default: true })
  zalo!: boolean;

  @Column({ type: 'boolean', default: true })
  inApp!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
