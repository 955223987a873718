import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A citizen account. Phone and national ID number are personal data: stored encrypted
// (AES-256-GCM), with an HMAC of the phone for sign-in lookups and the last digits for masking.
@Entity('citizens')
export class Citizen {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Index({ unique: true, where: '"email" IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Index({ unique: true, where: '"phone_lookup" IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  phoneLookup!: string | null;

  @Column({ type: 'text', nullable: true })
  phoneEncrypted!: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  phoneLast3!: string | null;

  @Column({ type: 'text', nullable: true })
  idNumberEncrypted!: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  idNumberLast3!: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'smallint', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
