import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// The entity, not the module's service: only so the foreign key is declared (and checked by the
// schema test); the calendar never reads agencies through it.
import { Agency } from '../../catalog/agencies/agency.entity';
import { type OfficePeriod } from '../domain/engine';

// Dated office hours: the province default (agency_id NULL) or one agency's override.
@Entity('office_hours')
@Index(['agencyId', 'validFrom'])
@Check(`"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
export class OfficeHours {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'date' })
  validFrom!: string;

  // Inclusive; null while the rule is open-ended.
  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  // [{ "start": "07:30", "end": "12:00" }, { "start": "13:30", "end": "17:00" }]
  @Column({ type: 'jsonb' })
  periods!: OfficePeriod[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
