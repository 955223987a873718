import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// An in-app notice (GET /me/notifications): for a staff member assigned, due soon, overdue,
// escalation; for a citizen with an account, what happens to their dossiers. One per delivery,
// so a redelivered job cannot show it twice. The table kept its first name, from when only staff
// had an inbox; the owner is (recipient_kind, user_id).
@Entity('staff_notifications')
@Check(`"recipient_kind" IN ('citizen', 'staff')`)
@Index(['recipientKind', 'userId', 'createdAt'])
@Index(['deliveryId'], { unique: true })
export class StaffNotification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'varchar', length: 10 })
  recipientKind!: 'citizen' | 'staff';

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  dossierId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
