import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// Rotating refresh tokens, stored as SHA-256 hashes. Each sign-in starts a family; presenting a
// token that was already rotated revokes the whole family (token theft detection).
@Entity('refresh_tokens')
@Index(['familyId'])
@Index(['subjectKind', 'subjectId'])
export class RefreshToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'varchar', length: 10 })
  subjectKind!: string; // staff | citizen

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
