import { Column, Entity, PrimaryColumn } from 'typeorm';

// The last number written in a desk's dossier register (Mẫu 06) in a year: the register numbers
// run continuously through each year (Circular 01/2018 art. 10). Taken in the receipt transaction
// by the same atomic upsert as the dossier code, so numbers neither repeat nor skip.
@Entity('dossier_register_counters')
export class DossierRegisterCounter {
  @PrimaryColumn('uuid')
  agencyId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'int' })
  lastNumber!: number;
}
