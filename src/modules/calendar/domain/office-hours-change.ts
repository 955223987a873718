import { type OfficePeriod } from './engine';
import { formatIsoDate, fromDayNumber, type IsoDate } from './local-date';
import { rangesOverlap, toDayRange } from './office-hours-overlay';

// One office-hours rule of a scope (the province, or one agency), as administrators enter it.
export interface DatedOfficeHours {
  readonly id: string;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate; // inclusive; open-ended when absent
  readonly periods: readonly OfficePeriod[];
}

export type OfficeHoursChange =
  | { readonly kind: 'create'; readonly rule: DatedOfficeHours }
  | { readonly kind: 'update'; readonly rule: DatedOfficeHours }
  | { readonly kind: 'delete'; readonly id: string };

export type OfficeHoursPlan =
  | {
      readonly ok: true;
      readonly rules: readonly DatedOfficeHours[];
      // An open-ended rule closed the day before a new rule starts ("from 1/11/2021, ...").
      readonly closed?: { readonly id: string; readonly validTo: IsoDate };
      // The rule before a deleted open-ended rule, open-ended again.
      readonly reopened?: { readonly id: string };
    }
  | { readonly ok: false; readonly conflict: string };

// The rules of one scope after a change. Office hours are dated configuration, so the two usual
// edits need no intermediate invalid state:
// - a rule starting inside the open-ended rule supersedes it from that day (the open-ended rule
//   is closed the day before), as when Phú Yên moved to 07:30–12:00 from 1/11/2021;
// - deleting the last, open-ended rule reopens the rule that ended the day before it.
// Any other overlap is a conflict. Whether the province still covers every working day is for
// the calendar build to say (MISSING_OFFICE_HOURS).
export function planOfficeHoursChange(
  current: readonly DatedOfficeHours[],
  change: OfficeHoursChange,
): OfficeHoursPlan {
  if (change.kind === 'delete') {
    return planDeletion(current, change.id);
  }
  const others = current.filter((rule) => rule.id !== change.rule.id);
  const incoming = toDayRange(change.rule);
  const overlapping = others.filter((rule) => rangesOverlap(toDayRange(rule), incoming));
  if (overlapping.length === 0) {
    return { ok: true, rules: [...others, change.rule] };
  }
  const [superseded] = overlapping;
  const canSupersede =
    overlapping.length === 1 &&
    superseded.validTo === undefined &&
    toDayRange(superseded).from < incoming.from;
  if (!canSupersede) {
    const dates = overlapping.map((rule) => `${rule.validFrom}–${rule.validTo ?? '…'}`).join(', ');
    return { ok: false, conflict: `Khoảng thời gian áp dụng trùng với quy định giờ làm việc ${dates}.` };
  }
  const validTo = formatIsoDate(fromDayNumber(incoming.from - 1));
  const closed = { ...superseded, validTo };
  return {
    ok: true,
    rules: [...others.filter((rule) => rule.id !== superseded.id), closed, change.rule],
    closed: { id: superseded.id, validTo },
  };
}

function planDeletion(current: readonly DatedOfficeHours[], id: string): OfficeHoursPlan {
  const deleted = current.find((rule) => rule.id === id);
  const remaining = current.filter((rule) => rule.id !== id);
  if (!deleted || deleted.validTo !== undefined) {
    return { ok: true, rules: remaining };
  }
  const dayBefore = formatIsoDate(fromDayNumber(toDayRange(deleted).from - 1));
  const previous = remaining.find((rule) => rule.validTo === dayBefore);
  if (!previous) {
    return { ok: true, rules: remaining };
  }
  const { validTo: _closedOn, ...reopened } = previous;
  return {
    ok: true,
    rules: [...remaining.filter((rule) => rule.id !== previous.id), reopened],
    reopened: { id: previous.id },
  };
}

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

function minutesOf(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) {
    return NaN;
  }
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

// Why a day's office periods are unusable, or null: each 'HH:mm' (00:00–24:00), non-empty, in
// order and not overlapping (touching is allowed: 12:00–12:00 is no break, but not an overlap).
export function checkOfficePeriods(periods: readonly OfficePeriod[]): string | null {
  if (periods.length === 0) {
    return 'Cần ít nhất một khoảng giờ làm việc.';
  }
  let previousEnd = -1;
  for (const [index, period] of periods.entries()) {
    const start = minutesOf(period.start);
    const end = minutesOf(period.end);
    const label = `Khoảng ${index + 1} (${period.start}–${period.end})`;
    if (Number.isNaN(start) || Number.isNaN(end)) {
      return `${label}: giờ phải có dạng HH:mm, từ 00:00 đến 24:00.`;
    }
    if (start >= end) {
      return `${label}: giờ bắt đầu phải trước giờ kết thúc.`;
    }
    if (start < previousEnd) {
      return `${label}: các khoảng phải theo thứ tự và không chồng lên nhau.`;
    }
    previousEnd = end;
  }
  return null;
}
