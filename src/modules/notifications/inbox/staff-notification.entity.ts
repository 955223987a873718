import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// An in-app notice for a staff member (GET /me/notifications): assigned, due soon, overdue,
// escalation. One per delivery, so a redelivered job cannot show it twice.
@Entity('staff_notifications')
@Index(['userId', 'createdAt'])
@Index(['deliveryId'], { unique: true })
export class StaffNotification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

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
