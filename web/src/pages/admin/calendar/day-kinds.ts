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

// Dark enough for 4.5:1 contrast as tag text on the tag's light tint (Ant Design's preset green
// and orange measure 3.3:1, found by test/browser/accessibility).
export const DAY_KIND_COLOURS = {
  WORKDAY: 'default',
  WEEKEND: 'default',
  HOLIDAY: '#b3261e',
  COMPENSATORY_DAY_OFF: '#a35200',
  DAY_OFF: '#9e1068',
  MAKEUP_WORKDAY: '#1d6b2f',
} as const satisfies Record<DayKind, string>;

export const SCHEDULE_KIND_OPTIONS: Array<{ value: ScheduleKind; label: string }> = [
  { value: 'DAY_OFF', label: 'Nghỉ hoán đổi (ngày trong tuần)' },
  { value: 'HOLIDAY', label: 'Nghỉ lễ, Tết' },
  { value: 'COMPENSATORY_DAY_OFF', label: 'Nghỉ bù (ngày trong tuần)' },
  { value: 'MAKEUP_WORKDAY', label: 'Làm bù (thứ Bảy, Chủ nhật)' },
];
