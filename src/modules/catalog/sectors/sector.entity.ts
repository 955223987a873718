import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A sector (lĩnh vực) of administrative procedures, e.g. Hộ tịch, Chứng thực, Đất đai.
@Entity('sectors')
export class Sector {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Sector code in the national database's form MX1X2-LV (e.g. a ministry code and the
  // sector's letters); the key imports and seeds refer to.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  // The ministry or sector authority that manages it (bộ, ngành quản lý).
  @Column({ type: 'varchar', length: 255, nullable: true })
  ministry!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
