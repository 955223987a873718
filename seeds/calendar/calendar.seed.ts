import { type EntityManager, IsNull } from 'typeorm';
import {
  proposeProvisionalDays,
  PROVISIONAL_SOURCE,
} from '../../src/modules/calendar/domain/calendar-assembly';
import { proposeYearSchedule } from '../../src/modules/calendar/domain/holidays';
import { OfficeHours } from '../../src/modules/calendar/office-hours/office-hours.entity';
import { CalendarRevision } from '../../src/modules/calendar/revision/calendar-revision.entity';
import { CalendarDay } from '../../src/modules/calendar/years/calendar-day.entity';
import { CalendarYear } from '../../src/modules/calendar/years/calendar-year.entity';
import { type Seed, type SeedContext } from '../seed';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { PHU_YEN_OFFICE_HOURS } from './phu-yen-office-hours';

// Years without an official schedule to seed: before the first one in domain.md, and the years
// ahead for which dossiers may already need deadlines. Later years are proposed on the fly.
export const PROVISIONAL_SEED_YEARS = [
  ...range(2015, 2019),
  ...range(2027, 2040),
] as const satisfies readonly number[];

// Inserts only what is missing: a year already present (seeded earlier, or entered or corrected
// by an administrator) is never touched, and province office hours are seeded only when the
// province has none. A provisional year becomes official only through PUT /calendar/years/{year}.
export const calendarSeed: Seed = {
  name: 'calendar',
  async run(manager: EntityManager, context: SeedContext): Promise<void> {
    const present = new Set((await manager.getRepository(CalendarYear).find()).map((row) => row.year));
    let inserted = 0;
    for (const schedule of OFFICIAL_SCHEDULES.filter((entry) => !present.has(entry.year))) {
      await insertYear(
        manager,
        {
          year: schedule.year,
          status: 'OFFICIAL',
          sourceDocumentNumber: schedule.documentNumber,
          sourceDocumentDate: schedule.documentDate,
          sourceDocumentTitle: schedule.documentTitle,
          note: schedule.note,
        },
        schedule.days,
      );
      inserted++;
    }
    for (const year of PROVISIONAL_SEED_YEARS.filter((candidate) => !present.has(candidate))) {
      await insertYear(
        manager,
        {
          year,
          status: 'PROVISIONAL',
          sourceDocumentNumber: null,
          sourceDocumentDate: null,
          sourceDocumentTitle: PROVISIONAL_SOURCE,
          note: proposeYearSchedule(year).rule,
        },
        proposeProvisionalDays(year),
      );
      inserted++;
    }
    const officeHours = manager.getRepository(OfficeHours);
    const hasProvinceHours = (await officeHours.countBy({ agencyId: IsNull() })) > 0;
    if (!hasProvinceHours) {
      await officeHours.insert(
        PHU_YEN_OFFICE_HOURS.map((rule) => ({ agencyId: null, ...rule, periods: [...rule.periods] })),
      );
    }
    if (inserted > 0 || !hasProvinceHours) {
      // Running instances rebuild their calendars on the next use.
      await manager.increment(CalendarRevision, { id: 1 }, 'revision', 1);
      context.log(
        `Calendar: ${inserted} year(s) inserted${hasProvinceHours ? '' : ', Phú Yên office hours inserted'}`,
      );
    }
  },
};

async function insertYear(
  manager: EntityManager,
  year: Omit<CalendarYear, 'updatedAt'>,
  days: ReadonlyArray<Pick<CalendarDay, 'date' | 'kind' | 'name'> & { source?: string }>,
): Promise<void> {
  await manager.getRepository(CalendarYear).insert(year);
  await manager
    .getRepository(CalendarDay)
    .insert(days.map((day) => ({ ...day, source: day.source ?? null, year: year.year })));
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_unused, index) => first + index);
}
