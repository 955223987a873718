import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

// A single row counted up by every change to years, days or office hours, in the same
// transaction. Each app instance keeps its built calendars with the revision they were built
// from and compares it before use, so an administrator's change reaches every instance.
@Entity('calendar_revisions')
@Check(`"id" = 1`)
export class CalendarRevision {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
