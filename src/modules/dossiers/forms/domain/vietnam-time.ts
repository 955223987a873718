import { TZDate } from '@date-fns/tz';
import { invalidFormInput } from './form.errors';

// Forms print legal time, Asia/Ho_Chi_Minh, never the machine's zone.
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface VietnamDateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export function toVietnamParts(epochMs: number, field = 'instant'): VietnamDateParts {
  if (!Number.isFinite(epochMs)) {
    throw invalidFormInput(field, 'Thời điểm không hợp lệ.');
  }
  const local = new TZDate(epochMs, VIETNAM_TIME_ZONE);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  };
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

// 'YYYY-MM-DD', the form sets' validity dates.
export function formatIsoDate(epochMs: number): string {
  const parts = toVietnamParts(epochMs);
  return `${parts.year}-${twoDigits(parts.month)}-${twoDigits(parts.day)}`;
}

// '05/03/2020'
export function formatDate(epochMs: number): string {
  const parts = toVietnamParts(epochMs);
  return `${twoDigits(parts.day)}/${twoDigits(parts.month)}/${parts.year}`;
}

// '08 giờ 30 phút'
export function formatTime(epochMs: number): string {
  const parts = toVietnamParts(epochMs);
  return `${twoDigits(parts.hour)} giờ ${twoDigits(parts.minute)} phút`;
}

// '08 giờ 30 phút, ngày 05/03/2020', how the forms print a receipt or appointment time.
export function formatDateTime(epochMs: number): string {
  return `${formatTime(epochMs)}, ngày ${formatDate(epochMs)}`;
}

// The place-date line of an administrative document: 'Tuy Hòa, ngày 05 tháng 3 năm 2020'.
// Decree 30/2020/NĐ-CP Appendix I: days below 10 and the months 1 and 2 take a leading zero.
export function formatPlaceDate(place: string, epochMs: number): string {
  const parts = toVietnamParts(epochMs);
  const month = parts.month <= 2 ? twoDigits(parts.month) : String(parts.month);
  return `${place}, ngày ${twoDigits(parts.day)} tháng ${month} năm ${parts.year}`;
}
