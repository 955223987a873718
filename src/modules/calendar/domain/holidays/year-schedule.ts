// A provisional schedule of days off for a year the Prime Minister has not yet decided: the
// statutory holidays placed by the proposal rules, and the days given back for weekend holidays.
// It proposes no swaps (a weekday off against a Saturday worked): those are discretionary and
// come only with an official schedule, entered by an administrator with its source.
import { type IsoDate } from '../local-date';
import { selectLabourCode } from './labour-code';
import { listStatutoryHolidays } from './statutory-holidays';

export type ScheduleDayKind = 'HOLIDAY' | 'COMPENSATORY_DAY_OFF' | 'DAY_OFF' | 'MAKEUP_WORKDAY';

export interface ScheduleDay {
  readonly date: IsoDate;
  readonly kind: ScheduleDayKind;
  readonly name: string;
}

export interface YearSchedule {
  readonly year: number;
  readonly provisional: boolean;
  readonly days: readonly ScheduleDay[];
  readonly rule: string;
}

const TET_RULE =
  'Tết Nguyên Đán 5 ngày: 2 ngày cuối năm cũ và 3 ngày đầu năm mới âm lịch; nếu mùng 1 Tết là thứ Ba thì từ thứ Hai đến thứ Sáu của tuần đó.';
const NATIONAL_DAY_RULE =
  'Quốc khánh: ngày 2/9 và ngày liền kề (1/9 hoặc 3/9) cho kỳ nghỉ liên tục dài hơn; nếu bằng nhau thì chọn ngày làm việc, nếu vẫn bằng nhau thì chọn 1/9.';
const WEEKEND_RULE = 'Ngày nghỉ lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp.';

function describeRule(year: number): string {
  const labourCode = selectLabourCode(year);
  const parts = [
    `Lịch tạm tính theo ${labourCode.name}, chưa có quyết định của Thủ tướng Chính phủ.`,
    TET_RULE,
  ];
  if (labourCode.nationalDayLength === 2) {
    parts.push(NATIONAL_DAY_RULE);
  }
  parts.push(WEEKEND_RULE);
  return parts.join(' ');
}

// Throws a RangeError outside 2014–2100.
export function proposeYearSchedule(year: number): YearSchedule {
  const days = listStatutoryHolidays(year).map(({ date, kind, name }) => ({ date, kind, name }));
  return { year, provisional: true, days, rule: describeRule(year) };
}
