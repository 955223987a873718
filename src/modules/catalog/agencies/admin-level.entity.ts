import { Column, Entity, PrimaryColumn } from 'typeorm';

// Administrative levels as data: province/district/commune until 30/6/2025, then the two-level
// model (province, commune) — a level simply gets a valid_to.
@Entity('admin_levels')
export class AdminLevel {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code!: string; // PROVINCE | DISTRICT | COMMUNE

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  // 1 = highest. Levels of one period are ordered by rank.
  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;
}
