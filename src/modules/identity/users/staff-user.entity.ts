import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from '../../catalog/agencies/agency.entity';
import { StaffRole } from './staff-role.entity';

@Entity('staff_users')
@Index(['agencyId'])
export class StaffUser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Compared in lower case; unique regardless of case.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency)
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  // Set by an admin reset: the user must choose a new password at next sign-in.
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'smallint', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @OneToMany(() => StaffRole, (role) => role.user, { cascade: true })
  roles?: StaffRole[];
}
