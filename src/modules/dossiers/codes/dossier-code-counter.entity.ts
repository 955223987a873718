import { Column, Entity, PrimaryColumn } from 'typeorm';

// The last sequence number given to a receiving agency on a Vietnamese calendar day. Allocation
// is one atomic upsert inside the intake transaction, so codes never repeat or skip, whatever
// the number of concurrent requests or app instances.
@Entity('dossier_code_counters')
export class DossierCodeCounter {
  @PrimaryColumn('uuid')
  agencyId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'int' })
  lastNumber!: number;
}
