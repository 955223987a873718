import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdminLevel } from './admin-level.entity';

// An agency of the organisation tree. Its parent never changes: a reorganisation closes the
// agency (valid_to) and links successors, so nothing that references it is rewritten.
@Entity('agencies')
@Index(['parentId'])
@Index(['levelCode', 'validFrom'])
@Check('"valid_to" IS NULL OR "valid_to" >= "valid_from"')
// Accent-insensitive name search (trigram on f_unaccent(lower(name))), created by migration.
@Index('IDX_agencies_name_search', { synchronize: false })
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stable machine key used by seeds and imports (e.g. 'PY-COMMUNE-22015').
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 120 })
  shortName!: string;

  @Column({ type: 'varchar', length: 20 })
  levelCode!: string;

  @ManyToOne(() => AdminLevel)
  @JoinColumn({ name: 'level_code' })
  level?: AdminLevel;

  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Agency, { nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Agency | null;

  // QCVN 102:2016 identifier, V1V2V3.Z1Z2.Y1Y2.MX1X2 (e.g. 000.00.00.H55).
  @Index({ unique: true, where: '"qcvn_code" IS NOT NULL' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  qcvnCode!: string | null;

  // The same identifier as Decision 20/2020/QĐ-TTg writes it, level 1 first (e.g. H55.242).
  @Column({ type: 'varchar', length: 30, nullable: true })
  decision20Code!: string | null;

  // GSO statistical code of the administrative unit, where the agency has one.
  @Column({ type: 'varchar', length: 10, nullable: true })
  gsoCode!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address!: string | null;

  // Office hours are not a column here: the calendar module keeps dated office hours per agency
  // (office_hours.agency_id), inherited from the nearest ancestor that has its own.

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
