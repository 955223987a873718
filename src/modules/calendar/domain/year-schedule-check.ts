import { type FieldError } from '../../../common';
import { type OverrideKind } from './engine';
import { dayOfWeek, parseIsoDate, toDayNumber, type IsoDate } from './local-date';

export interface ProposedScheduleDay {
  readonly date: IsoDate;
  readonly kind: OverrideKind;
  readonly name: string;
}

const SATURDAY = 6;
const SUNDAY = 0;

// What is wrong with an official schedule an administrator enters for `year`, per field.
// A make-up day (làm bù) is a Saturday or Sunday worked; a compensatory or swapped day off falls
// on a weekday, or it would change nothing. A holiday may fall on any day (1/1/2023 was a Sunday).
export function checkYearSchedule(year: number, days: readonly ProposedScheduleDay[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  days.forEach((day, index) => {
    const field = `days[${index}].date`;
    const date = parseIsoDate(day.date);
    if (!date) {
      errors.push({ field, message: `${field} không phải là ngày hợp lệ YYYY-MM-DD` });
      return;
    }
    if (date.year !== year) {
      errors.push({ field, message: `${field} không thuộc năm ${year}` });
    }
    if (seen.has(day.date)) {
      errors.push({ field, message: `${field} ${day.date} bị khai báo hai lần` });
    }
    seen.add(day.date);
    const weekday = dayOfWeek(toDayNumber(date));
    const isWeekend = weekday === SATURDAY || weekday === SUNDAY;
    if (day.kind === 'MAKEUP_WORKDAY' && !isWeekend) {
      errors.push({ field, message: `${field} ${day.date}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật` });
    }
    if ((day.kind === 'COMPENSATORY_DAY_OFF' || day.kind === 'DAY_OFF') && isWeekend) {
      errors.push({
        field,
        message: `${field} ${day.date}: ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày trong tuần`,
      });
    }
  });
  return errors;
}
