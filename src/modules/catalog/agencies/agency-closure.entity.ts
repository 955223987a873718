import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from './agency.entity';

// Closure table of the agency tree: one row per (ancestor, descendant) pair, self included at
// depth 0. Parents never change, so rows are only ever inserted with their agency; subtree and
// ancestor queries are one indexed lookup each, without recursion.
@Entity('agency_closure')
@Index(['descendantId', 'depth'])
export class AgencyClosure {
  @PrimaryColumn('uuid')
  ancestorId!: string;

  @PrimaryColumn('uuid')
  descendantId!: string;

  @Column({ type: 'smallint' })
  depth!: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ancestor_id' })
  ancestor?: Agency;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'descendant_id' })
  descendant?: Agency;
}
