// Agencies and administrative levels are dated: in force from valid_from to valid_to, both
// inclusive civil dates ('YYYY-MM-DD', which compare correctly as text); no valid_to means open.
export type IsoDate = string;

export interface ValidityPeriod {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isActiveOn(period: ValidityPeriod, date: IsoDate): boolean {
  return period.validFrom <= date && (period.validTo === null || period.validTo >= date);
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// The civil day after `date` (calendar arithmetic only, no time zone involved).
export function nextDay(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) {
    throw new RangeError(`not a civil date: ${date}`);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + MS_PER_DAY).toISOString().slice(0, 10);
}
