import { type IsoDate } from '../local-date';

// What a day is for a civil servant. WORKDAY and WEEKEND follow from the weekday; the other kinds
// are entered as overrides from the Prime Minister's yearly schedule or a provincial decision.
export type DayKind =
  'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'COMPENSATORY_DAY_OFF' | 'DAY_OFF' | 'MAKEUP_WORKDAY';

export type OverrideKind = Exclude<DayKind, 'WORKDAY' | 'WEEKEND'>;

export interface DayOverride {
  readonly date: IsoDate;
  readonly kind: OverrideKind;
  readonly name: string;
  // The announcing letter or decision, e.g. 'Công văn 8210/VPCP-KGVX'.
  readonly source?: string;
  // Proposed by the calendar while no official schedule exists: deadlines touching it are provisional.
  readonly provisional?: boolean;
}

export interface OfficePeriod {
  readonly start: string; // 'HH:mm'
  readonly end: string; // 'HH:mm', exclusive
}

export interface OfficeHoursRule {
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate; // inclusive; open-ended when absent
  readonly periods: readonly OfficePeriod[];
}

export interface CalendarDefinition {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly overrides: readonly DayOverride[];
  readonly officeHours: readonly OfficeHoursRule[];
  readonly weekendDays?: readonly number[]; // 0 = Sunday ... 6 = Saturday; default [0, 6]
  // Decree 45/2020 pattern, a sector parameter: an online submission on a working day at or after
  // this time counts from the next working day. Absent: the end of that day's office hours.
  readonly onlineCutoff?: string; // 'HH:mm'
}

export const DEFAULT_WEEKEND_DAYS: readonly number[] = [0, 6];
