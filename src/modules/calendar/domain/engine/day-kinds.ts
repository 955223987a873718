import {
  dayOfWeek,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from '../local-date';
import { type DayKind, type DayOverride } from './calendar-definition';
import { CalendarDefinitionError } from './working-calendar.errors';

// Day kinds as small integers so a whole century fits in one Uint8Array.
export const DAY_KINDS = [
  'WORKDAY',
  'WEEKEND',
  'HOLIDAY',
  'COMPENSATORY_DAY_OFF',
  'DAY_OFF',
  'MAKEUP_WORKDAY',
] as const satisfies readonly DayKind[];

const CODE_OF_KIND = new Map<DayKind, number>(DAY_KINDS.map((kind, code) => [kind, code]));

export function encodeDayKind(kind: DayKind): number {
  return CODE_OF_KIND.get(kind)!;
}

export function decodeDayKind(code: number): DayKind {
  return DAY_KINDS[code];
}

// Decision 188/1999/QĐ-TTg: Monday to Friday; a make-up Saturday (làm bù) is worked; holidays,
// compensatory days (Labour Code 2019 art. 111) and swapped days off are not.
export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'WORKDAY' || kind === 'MAKEUP_WORKDAY';
}

export function parseDefinitionDate(text: IsoDate, field: string): number {
  const date = parseIsoDate(text);
  if (!date) {
    throw new CalendarDefinitionError('INVALID_DATE', `${field} '${text}' is not a valid date YYYY-MM-DD`);
  }
  return toDayNumber(date);
}

export function formatDayNumber(dayNumber: number): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber));
}

export interface DayKindTable {
  readonly kinds: Uint8Array;
  readonly overrides: ReadonlyMap<number, DayOverride>; // by day index
}

// Overrides outside [firstDay, firstDay + dayCount) are ignored: a holiday list may cover more
// years than the calendar. Two overrides on one date are a data error, not a silent choice.
export function assignDayKinds(
  firstDayNumber: number,
  dayCount: number,
  weekendDays: readonly number[],
  overrides: readonly DayOverride[],
): DayKindTable {
  const kinds = new Uint8Array(dayCount);
  const weekend = new Set(weekendDays);
  for (let index = 0; index < dayCount; index++) {
    kinds[index] = encodeDayKind(weekend.has(dayOfWeek(firstDayNumber + index)) ? 'WEEKEND' : 'WORKDAY');
  }
  const byIndex = new Map<number, DayOverride>();
  for (const override of overrides) {
    const index = parseDefinitionDate(override.date, 'override date') - firstDayNumber;
    if (index < 0 || index >= dayCount) {
      continue;
    }
    const existing = byIndex.get(index);
    if (existing) {
      throw new CalendarDefinitionError(
        'DUPLICATE_OVERRIDE',
        `${override.date} is both '${existing.name}' and '${override.name}'`,
      );
    }
    byIndex.set(index, override);
    kinds[index] = encodeDayKind(override.kind);
  }
  return { kinds, overrides: byIndex };
}
