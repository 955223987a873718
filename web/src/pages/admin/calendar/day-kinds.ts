import type { DayKind, ScheduleKind } from './calendar-api';

// The calendar's day kinds in the words of the Labour Code and the yearly notices.
export const DAY_KIND_LABELS = {
  WORKDAY: 'Ngày làm việc',
  WEEKEND: 'Nghỉ cuối tuần',
  HOLIDAY: 'Nghỉ lễ, Tết',
  COMPENSATORY_DAY_OFF: 'Nghỉ bù',
  DAY_OFF: 'Nghỉ hoán đổi',
  MAKEUP_WORKDAY: 'Làm bù',
} as const satisfies Record<DayKind, string>;

export const DAY_KIND_COLOURS = {
  WORKDAY: 'default',
  WEEKEND: 'default',
  HOLIDAY: 'red',
  COMPENSATORY_DAY_OFF: 'orange',
  DAY_OFF: 'magenta',
  MAKEUP_WORKDAY: 'green',
} as const satisfies Record<DayKind, string>;

export const SCHEDULE_KIND_OPTIONS: Array<{ value: ScheduleKind; label: string }> = [
  { value: 'DAY_OFF', label: 'Nghỉ hoán đổi (ngày trong tuần)' },
  { value: 'HOLIDAY', label: 'Nghỉ lễ, Tết' },
  { value: 'COMPENSATORY_DAY_OFF', label: 'Nghỉ bù (ngày trong tuần)' },
  { value: 'MAKEUP_WORKDAY', label: 'Làm bù (thứ Bảy, Chủ nhật)' },
];
