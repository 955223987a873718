import { proposeYearSchedule } from './holidays';
import { type CalendarDefinition, type OfficeHoursRule, type OverrideKind } from './engine';
import {
  CALENDAR_FIRST_DATE,
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_DATE,
  CALENDAR_LAST_YEAR,
} from './calendar-range';
import { type IsoDate } from './local-date';
import { overlayOfficeHours } from './office-hours-overlay';

export type CalendarYearStatus = 'OFFICIAL' | 'PROVISIONAL';

export interface ScheduleEntry {
  readonly date: IsoDate;
  readonly kind: OverrideKind;
  readonly name: string;
  readonly source?: string;
}

export interface ScheduleYear {
  readonly year: number;
  readonly status: CalendarYearStatus;
  readonly days: readonly ScheduleEntry[];
}

export interface CalendarSources {
  readonly years: readonly ScheduleYear[]; // the years stored by seeds or administrators
  readonly provinceHours: readonly OfficeHoursRule[];
  readonly agencyHours: readonly OfficeHoursRule[]; // empty for the province calendar
}

export interface AssembledCalendar {
  readonly definition: CalendarDefinition;
  // Every day of these years may still change: no official schedule has been entered.
  readonly provisionalYears: ReadonlySet<number>;
}

export const PROVISIONAL_SOURCE =
  'Lịch tạm tính theo Bộ luật Lao động, chưa có quyết định của Thủ tướng Chính phủ';

const proposals = new Map<number, readonly ScheduleEntry[]>();

// The provisional schedule of a year without an official one (./holidays/year-schedule.ts:
// statutory holidays, Tết by the proposal rule, weekend holidays given back). Pure and
// deterministic, so computed once per process.
export function proposeProvisionalDays(year: number): readonly ScheduleEntry[] {
  let days = proposals.get(year);
  if (!days) {
    days = proposeYearSchedule(year).days.map((day) => ({ ...day, source: PROVISIONAL_SOURCE }));
    proposals.set(year, days);
  }
  return days;
}

// The engine's definition for 2015–2100 from what the database holds. A year nobody stored (past
// the seeded 2040) gets the same provisional proposal a seed would have stored, so every answer in
// range is computed from holidays, never from weekends alone.
export function assembleCalendarDefinition(sources: CalendarSources): AssembledCalendar {
  const stored = new Map(sources.years.map((year) => [year.year, year]));
  const provisionalYears = new Set<number>();
  const overrides = [];
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
    const schedule = stored.get(year);
    const provisional = schedule?.status !== 'OFFICIAL';
    if (provisional) {
      provisionalYears.add(year);
    }
    const days = schedule ? schedule.days : proposeProvisionalDays(year);
    overrides.push(...days.map((day) => ({ ...day, provisional })));
  }
  return {
    definition: {
      firstDate: CALENDAR_FIRST_DATE,
      lastDate: CALENDAR_LAST_DATE,
      overrides,
      officeHours: overlayOfficeHours(sources.provinceHours, sources.agencyHours),
    },
    provisionalYears,
  };
}
