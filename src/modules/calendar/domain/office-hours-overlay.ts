import { type OfficeHoursRule } from './engine';
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber, type IsoDate } from './local-date';

// An agency's office hours override the province's on the days its own rules cover; on every
// other day the province default applies (domain.md, Time: "per province, sometimes per desk").
export function overlayOfficeHours(
  province: readonly OfficeHoursRule[],
  agency: readonly OfficeHoursRule[],
): OfficeHoursRule[] {
  const cuts = agency.map(toDayRange).sort((left, right) => left.from - right.from);
  const uncovered = province.flatMap((rule) =>
    subtractRanges(toDayRange(rule), cuts).map((range) => ({ ...toDates(range), periods: rule.periods })),
  );
  return [...agency, ...uncovered];
}

interface DayRange {
  readonly from: number;
  readonly to: number; // inclusive; Infinity when open-ended
}

export function toDayRange(rule: Pick<OfficeHoursRule, 'validFrom' | 'validTo'>): DayRange {
  return {
    from: dayNumberOf(rule.validFrom),
    to: rule.validTo === undefined ? Infinity : dayNumberOf(rule.validTo),
  };
}

export function rangesOverlap(left: DayRange, right: DayRange): boolean {
  return left.from <= right.to && right.from <= left.to;
}

function subtractRanges(range: DayRange, sortedCuts: readonly DayRange[]): DayRange[] {
  const pieces: DayRange[] = [];
  let from = range.from;
  for (const cut of sortedCuts) {
    if (cut.to < from || cut.from > range.to) {
      continue;
    }
    if (cut.from > from) {
      pieces.push({ from, to: cut.from - 1 });
    }
    if (cut.to === Infinity) {
      return pieces;
    }
    from = Math.max(from, cut.to + 1);
  }
  if (from <= range.to) {
    pieces.push({ from, to: range.to });
  }
  return pieces;
}

function toDates(range: DayRange): { validFrom: IsoDate; validTo?: IsoDate } {
  const validFrom = formatIsoDate(fromDayNumber(range.from));
  return range.to === Infinity
    ? { validFrom }
    : { validFrom, validTo: formatIsoDate(fromDayNumber(range.to)) };
}

function dayNumberOf(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) {
    throw new RangeError(`'${date}' is not a date YYYY-MM-DD`);
  }
  return toDayNumber(parsed);
}
