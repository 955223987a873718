import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StaffUser } from './staff-user.entity';

@Entity('staff_roles')
export class StaffRole {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role!: string;

  @ManyToOne(() => StaffUser, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  // Relation<> keeps decorator metadata from referencing StaffUser before it is defined.
  user?: Relation<StaffUser>;
}
