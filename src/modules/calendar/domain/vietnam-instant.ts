import { parseIsoDate, VIETNAM_UTC_OFFSET_MINUTES } from './local-date';

const MS_PER_MINUTE = 60_000;
// ISO-8601 instant with an explicit offset: a bare local time would be read in whatever zone
// the caller assumed, so it is refused rather than guessed.
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

// Epoch milliseconds of an ISO-8601 instant such as '2025-01-24T16:00:00+07:00', or null when
// the text is malformed or names an impossible date or time.
export function parseInstant(text: string): number | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    return null;
  }
  const [, dateText, hourText, minuteText, secondText, fractionText, zulu, sign, offsetHours, offsetMinutes] =
    match;
  const date = parseIsoDate(dateText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  if (!date || hour > 23 || minute > 59 || second > 59 || Math.abs(offset) > 14 * 60) {
    return null;
  }
  const millisecond = Number((fractionText ?? '0').padEnd(3, '0'));
  const localMs = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond);
  return localMs - offset * MS_PER_MINUTE;
}

// An instant as Vietnamese legal time, '2025-02-05T16:00:00+07:00' (milliseconds only when not
// zero, as at the 23:59:59.999 end of a calendar day). Independent of the machine's zone.
export function formatVietnamInstant(epochMs: number): string {
  const local = new Date(epochMs + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE).toISOString();
  const withoutZone = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return `${withoutZone}+07:00`;
}
