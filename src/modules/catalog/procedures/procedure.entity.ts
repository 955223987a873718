import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Sector } from '../sectors/sector.entity';

// A procedure's identity, status and codes. Its content lives in immutable versions
// (procedure_versions); the columns from `name` on are a copy of the latest version's, kept
// here so that search and filters read one row per procedure.
@Entity('procedures')
@Check(`"status" IN ('DRAFT', 'PUBLISHED', 'SUSPENDED')`)
@Check(`"service_level" BETWEEN 1 AND 4`)
@Index(['status', 'sectorId'])
@Index(['nationalCode'])
// Accent-insensitive, typo-tolerant search (created by the migrations, see there): trigrams and
// words of the folded name, the agency tags, and the code by prefix.
@Index('IDX_procedures_folded_name_trgm', { synchronize: false })
@Index('IDX_procedures_name_words_gin', { synchronize: false })
@Index('IDX_procedures_folded_name_sort', { synchronize: false })
@Index('IDX_procedures_code_prefix', { synchronize: false })
@Index('IDX_procedures_implementation_tags', { synchronize: false })
@Index('IDX_procedures_levels_gin', { synchronize: false })
@Index('IDX_procedures_status_service_level', { synchronize: false })
export class Procedure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // The catalog key: the localised code (2.000815.000.00.00.H55), or DEMO.nnnnn for demo data.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  code!: string;

  // National code D.NNNNNN; null when not known (never invented).
  @Column({ type: 'varchar', length: 8, nullable: true })
  nationalCode!: string | null;

  // Online-service variants of the localised code (… .02).
  @Column({ type: 'varchar', length: 80, array: true })
  onlineVariantCodes!: string[];

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  // Generated demonstration data, not a real procedure.
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ type: 'int' })
  latestVersionNo!: number;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  // f_unaccent(lower(name)) and its words, kept by a trigger (procedures_search_columns) so a
  // search never folds names row by row. Never written by the application.
  @Column({ type: 'text', select: false, insert: false, update: false })
  foldedName!: string;

  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  nameWords!: string;

  @Column({ type: 'uuid' })
  sectorId!: string;

  @ManyToOne(() => Sector)
  @JoinColumn({ name: 'sector_id' })
  sector?: Sector;

  @Column({ type: 'varchar', length: 20, array: true })
  levels!: string[];

  // LEVEL:KIND or AGENCY:<id> for each implementing level (see implementationTags()).
  @Column({ type: 'varchar', length: 80, array: true })
  implementationTags!: string[];

  @Column({ type: 'smallint' })
  serviceLevel!: number;

  @Column({ type: 'varchar', length: 10 })
  onlineMode!: string;

  @Column({ type: 'varchar', length: 10, array: true })
  channels!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
