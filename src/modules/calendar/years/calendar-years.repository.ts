import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type ScheduleEntry, type ScheduleYear } from '../domain/calendar-assembly';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';

export type CalendarYearFields = Omit<CalendarYear, 'year' | 'updatedAt'>;

@Injectable()
export class CalendarYearsRepository {
  async findScheduleYears(manager: EntityManager): Promise<ScheduleYear[]> {
    const [years, days] = await Promise.all([
      manager.getRepository(CalendarYear).find({ order: { year: 'ASC' } }),
      manager.getRepository(CalendarDay).find({ order: { date: 'ASC' } }),
    ]);
    const daysByYear = new Map<number, ScheduleEntry[]>();
    for (const day of days) {
      const list = daysByYear.get(day.year) ?? [];
      list.push(toScheduleEntry(day));
      daysByYear.set(day.year, list);
    }
    return years.map(({ year, status }) => ({ year, status, days: daysByYear.get(year) ?? [] }));
  }

  findYear(manager: EntityManager, year: number): Promise<CalendarYear | null> {
    return manager.getRepository(CalendarYear).findOneBy({ year });
  }

  findDays(manager: EntityManager, year: number): Promise<CalendarDay[]> {
    return manager.getRepository(CalendarDay).find({ where: { year }, order: { date: 'ASC' } });
  }

  // The year's row and exactly these days, nothing else of that year.
  async replaceYear(
    manager: EntityManager,
    year: number,
    fields: CalendarYearFields,
    days: readonly ScheduleEntry[],
  ): Promise<void> {
    await manager.getRepository(CalendarYear).upsert({ year, ...fields, updatedAt: () => 'now()' }, ['year']);
    await manager.getRepository(CalendarDay).delete({ year });
    if (days.length > 0) {
      await manager
        .getRepository(CalendarDay)
        .insert(days.map((day) => ({ ...day, source: day.source ?? null, year })));
    }
  }
}

function toScheduleEntry(day: CalendarDay): ScheduleEntry {
  const entry = { date: day.date, kind: day.kind, name: day.name };
  return day.source === null ? entry : { ...entry, source: day.source };
}
