import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { type CalendarYearStatus } from '../domain/calendar-assembly';

// One year of the civil-servant calendar: OFFICIAL once an administrator entered the Prime
// Minister's schedule with its source document; PROVISIONAL while it is the calendar's proposal.
@Entity('calendar_years')
@Check(`"status" IN ('OFFICIAL', 'PROVISIONAL')`)
export class CalendarYear {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: CalendarYearStatus;

  // e.g. '5015/TB-LĐTBXH'; null when the number is not verified.
  @Column({ type: 'varchar', length: 60, nullable: true })
  sourceDocumentNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  sourceDocumentDate!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceDocumentTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
