import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type OverrideKind } from '../domain/engine';
import { CalendarYear } from './calendar-year.entity';

// A day that is not an ordinary weekday or weekend in the province calendar: a holiday, a
// compensatory or swapped day off, or a Saturday worked. Ordinary days are not stored.
@Entity('calendar_days')
@Index(['year'])
@Check(`"kind" IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'DAY_OFF', 'MAKEUP_WORKDAY')`)
@Check(`date_part('year', "date") = "year"`)
export class CalendarDay {
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => CalendarYear, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year' })
  calendarYear?: CalendarYear;

  @Column({ type: 'varchar', length: 24 })
  kind!: OverrideKind;

  // Vietnamese, e.g. 'Tết Nguyên Đán (mùng 1 tháng Giêng)'.
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  // The document or legal basis for this day, e.g. 'Bộ luật Lao động 2019, Điều 112 khoản 1'.
  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
