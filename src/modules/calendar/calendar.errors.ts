import { DomainError, type FieldError } from '../../common';
import { type CalendarDefinitionError, type CalendarDefinitionErrorCode } from './domain/engine';

export type CalendarErrorCode =
  | 'calendar-invalid-input'
  | 'calendar-outside-range'
  | 'calendar-agency-not-found'
  | 'calendar-definition-rejected'
  | 'calendar-not-configured'
  | 'office-hours-not-found'
  | 'office-hours-conflict'
  | 'lunar-date-not-found';

// Coded calendar errors (Twenty's *Exception + code pattern); the global filter writes the
// problem+json, the kind decides the status.
export class CalendarError extends DomainError {
  constructor(
    kind: DomainError['kind'],
    override readonly code: CalendarErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}

export const invalidCalendarInput = (errors: readonly FieldError[]): CalendarError =>
  new CalendarError(
    'invalid',
    'calendar-invalid-input',
    'Dữ liệu không hợp lệ',
    errors.map((error) => error.message).join('; '),
    errors,
  );

export const outsideCalendar = (detail: string, field?: string): CalendarError =>
  new CalendarError(
    'invalid',
    'calendar-outside-range',
    'Ngoài phạm vi lịch làm việc',
    detail,
    field === undefined ? [] : [{ field, message: detail }],
  );

export const agencyNotFound = (agencyId: string): CalendarError =>
  new CalendarError(
    'not-found',
    'calendar-agency-not-found',
    'Không tìm thấy cơ quan',
    `Không có cơ quan với mã ${agencyId} trong cơ cấu tổ chức.`,
  );

const DEFINITION_PROBLEMS: Record<CalendarDefinitionErrorCode, string> = {
  INVALID_DATE: 'Có ngày không hợp lệ',
  INVALID_RANGE: 'Khoảng ngày không hợp lệ',
  DUPLICATE_OVERRIDE: 'Một ngày được khai báo hai lần',
  INVALID_OFFICE_HOURS: 'Giờ làm việc không hợp lệ',
  OVERLAPPING_OFFICE_HOURS: 'Hai quy định giờ làm việc cùng áp dụng cho một ngày',
  MISSING_OFFICE_HOURS: 'Sau thay đổi, có ngày làm việc không có giờ làm việc',
};

// The engine refused to build the calendar the change would give; nothing was saved.
export const calendarDefinitionRejected = (error: CalendarDefinitionError): CalendarError => {
  const date = /\d{4}-\d{2}-\d{2}/.exec(error.message)?.[0];
  return new CalendarError(
    'conflict',
    'calendar-definition-rejected',
    'Thay đổi làm lịch làm việc không hợp lệ',
    `${DEFINITION_PROBLEMS[error.code]}${date === undefined ? '' : ` (ngày ${date})`}; thay đổi không được lưu.`,
  );
};

export const officeHoursNotFound = (id: string): CalendarError =>
  new CalendarError(
    'not-found',
    'office-hours-not-found',
    'Không tìm thấy giờ làm việc',
    `Không có quy định giờ làm việc với mã ${id}.`,
  );

export const officeHoursConflict = (detail: string): CalendarError =>
  new CalendarError('conflict', 'office-hours-conflict', 'Giờ làm việc bị xung đột', detail);

export const lunarDateNotFound = (detail: string): CalendarError =>
  new CalendarError('invalid', 'lunar-date-not-found', 'Ngày âm lịch không tồn tại', detail);

// The stored data cannot make a calendar (no province office hours: seeds never ran).
export const calendarNotConfigured = (error: CalendarDefinitionError): CalendarError =>
  new CalendarError(
    'unavailable',
    'calendar-not-configured',
    'Lịch làm việc chưa được cấu hình',
    `${DEFINITION_PROBLEMS[error.code]}: quản trị viên cần khai báo giờ làm việc và lịch nghỉ của tỉnh.`,
  );
