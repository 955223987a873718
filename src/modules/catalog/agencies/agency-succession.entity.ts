import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from './agency.entity';

// A merged, split or dissolved agency points to its successors (one or several); a commune split
// between several new ones has a PART share with each.
@Entity('agency_successions')
@Index(['successorId'])
export class AgencySuccession {
  @PrimaryColumn('uuid')
  predecessorId!: string;

  @PrimaryColumn('uuid')
  successorId!: string;

  @Column({ type: 'varchar', length: 10 })
  share!: string; // WHOLE | PART

  @Column({ type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  note!: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: Agency;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor?: Agency;
}
