import { assembleCalendarDefinition, type ScheduleEntry, type ScheduleYear } from './calendar-assembly';
import { buildWorkingCalendar, type WorkingCalendar } from './engine';
import { type DatedOfficeHours, type OfficeHoursChange, planOfficeHoursChange } from './office-hours-change';

export interface ScopedOfficeHours extends DatedOfficeHours {
  readonly agencyId: string | null; // null: the province default
}

// What every calendar of the province is built from: the stored years and all office hours.
export interface CalendarData {
  readonly years: readonly ScheduleYear[];
  readonly officeHours: readonly ScopedOfficeHours[];
}

export interface ScopedCalendar {
  // The agency whose office hours apply; null for the province default.
  readonly officeHoursAgencyId: string | null;
  readonly calendar: WorkingCalendar;
  readonly provisionalYears: ReadonlySet<number>;
}

// A change an administrator saves, or previews against open deadlines first.
export type CalendarChange =
  | { readonly kind: 'year-schedule'; readonly year: number; readonly days: readonly ScheduleEntry[] }
  | { readonly kind: 'office-hours'; readonly agencyId: string | null; readonly change: OfficeHoursChange };

export type AppliedChange =
  | { readonly ok: true; readonly data: CalendarData; readonly plan?: OfficeHoursPlanned }
  | { readonly ok: false; readonly conflict: string };

type OfficeHoursPlanned = Extract<ReturnType<typeof planOfficeHoursChange>, { ok: true }>;

// The nearest agency of `lineage` (self first, then ancestors) with office hours of its own.
export function selectOfficeHoursOwner(data: CalendarData, lineage: readonly string[]): string | null {
  const withRules = new Set(data.officeHours.map((rule) => rule.agencyId));
  return lineage.find((agencyId) => withRules.has(agencyId)) ?? null;
}

export function selectScopeRules(data: CalendarData, agencyId: string | null): ScopedOfficeHours[] {
  return data.officeHours.filter((rule) => rule.agencyId === agencyId);
}

// Throws the engine's CalendarDefinitionError when the data cannot make a calendar (a working day
// without office hours, two rules on one day).
export function buildScopedCalendar(data: CalendarData, agencyId: string | null): ScopedCalendar {
  const { definition, provisionalYears } = assembleCalendarDefinition({
    years: data.years,
    provinceHours: selectScopeRules(data, null),
    agencyHours: agencyId === null ? [] : selectScopeRules(data, agencyId),
  });
  return { officeHoursAgencyId: agencyId, calendar: buildWorkingCalendar(definition), provisionalYears };
}

// An official year replaces whatever the year held.
export function replaceYearSchedule(
  data: CalendarData,
  year: number,
  days: readonly ScheduleEntry[],
): CalendarData {
  const official: ScheduleYear = { year, status: 'OFFICIAL', days };
  return { ...data, years: [...data.years.filter((stored) => stored.year !== year), official] };
}

// The data as it would be after the change.
export function applyCalendarChange(data: CalendarData, change: CalendarChange): AppliedChange {
  if (change.kind === 'year-schedule') {
    return { ok: true, data: replaceYearSchedule(data, change.year, change.days) };
  }
  const plan = planOfficeHoursChange(selectScopeRules(data, change.agencyId), change.change);
  if (!plan.ok) {
    return plan;
  }
  const others = data.officeHours.filter((rule) => rule.agencyId !== change.agencyId);
  const scope = plan.rules.map((rule) => ({ ...rule, agencyId: change.agencyId }));
  return { ok: true, data: { ...data, officeHours: [...others, ...scope] }, plan };
}
