import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

// Every time on screen is Vietnam's legal time, whatever zone the browser is set to: a
// deadline read from abroad or on a misconfigured desk PC must show what the receipt says.
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Instant = string | number | Date;

function inVietnam(instant: Instant): TZDate {
  return new TZDate(new Date(instant).getTime(), VIETNAM_TIME_ZONE);
}

// 05/03/2027 16:30
export function formatDateTime(instant: Instant | null | undefined): string {
  return instant === null || instant === undefined ? '—' : format(inVietnam(instant), 'dd/MM/yyyy HH:mm');
}

// 05/03/2027 (a calendar date such as 2027-03-05 is shown as is, never shifted by a zone)
export function formatDate(value: Instant | null | undefined): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const calendarDate = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return calendarDate
    ? `${calendarDate[3]}/${calendarDate[2]}/${calendarDate[1]}`
    : format(inVietnam(value), 'dd/MM/yyyy');
}

// The machine-readable form for <time dateTime>, in Vietnam's offset.
export function toIsoInVietnam(instant: Instant): string {
  return format(inVietnam(instant), "yyyy-MM-dd'T'HH:mmXXX");
}
