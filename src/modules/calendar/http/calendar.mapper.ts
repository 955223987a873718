import { type CalendarDayView, type DeadlineQuery } from '../calendar.service';
import { type DeadlineUnit, type ExplainedDeadline } from '../domain/engine';
import { parseInstant, formatVietnamInstant } from '../domain/vietnam-instant';
import { type CalendarDaysResponseDto } from './dto/calendar-days.dto';
import { type DeadlineQueryDto, type DeadlineResponseDto } from './dto/deadline.dto';

// What the rule is and where it comes from, for a Vietnamese reader (the engine's sources).
const RULE_TEXT = {
  WORKING_DAYS:
    'Ngày làm việc: chỉ tính thời gian trong giờ hành chính của ngày làm việc (Nghị định 61/2018/NĐ-CP, Điều 19).',
  WORKING_HOURS: 'Giờ làm việc: chỉ tính thời gian trong giờ hành chính của ngày làm việc.',
  CALENDAR_DAYS:
    'Ngày: không tính ngày bắt đầu; hết thời hạn vào cuối ngày cuối cùng, nếu là ngày nghỉ thì vào cuối ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 147, 148).',
  MONTHS:
    'Tháng: hết thời hạn vào ngày tương ứng của tháng cuối (hoặc ngày cuối tháng đó), nếu là ngày nghỉ thì vào cuối ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 147, 148).',
} as const satisfies Record<DeadlineUnit, string>;

export function toDeadlineQuery(dto: DeadlineQueryDto): DeadlineQuery {
  return {
    startMs: parseInstant(dto.start)!,
    amount: dto.amount,
    unit: dto.unit,
    online: dto.online === true,
    ...(dto.agencyId !== undefined && { agencyId: dto.agencyId }),
  };
}

export function toDeadlineResponse(deadline: ExplainedDeadline): DeadlineResponseDto {
  const { explanation } = deadline;
  return {
    start: formatVietnamInstant(deadline.startMs),
    effectiveStart: formatVietnamInstant(deadline.effectiveStartMs),
    dueAt: formatVietnamInstant(deadline.dueAtMs),
    provisional: deadline.provisional,
    explanation: {
      unit: explanation.unit,
      amount: explanation.amount,
      online: explanation.online,
      rule: RULE_TEXT[explanation.unit],
      startAdjustment: explanation.startAdjustment,
      countedDays: explanation.countedDays.map((day) => ({
        date: day.date,
        kind: day.kind,
        ...(day.name !== undefined && { name: day.name }),
        provisional: day.provisional,
        periods: day.periods.map(({ start, end, minutes }) => ({ start, end, minutes })),
        workingMinutes: day.workingMinutes,
      })),
      skippedDays: explanation.skippedDays.map((day) => ({
        date: day.date,
        reason: day.reason,
        ...(day.name !== undefined && { name: day.name }),
        provisional: day.provisional,
      })),
      ...(explanation.periodEnd && {
        periodEnd: {
          lastDate: explanation.periodEnd.lastDate,
          closingDate: explanation.periodEnd.closingDate,
        },
      }),
    },
  };
}

export function toDaysResponse(
  query: { from: string; to: string; agencyId?: string },
  result: { officeHoursAgencyId: string | null; days: readonly CalendarDayView[] },
): CalendarDaysResponseDto {
  return {
    from: query.from,
    to: query.to,
    agencyId: query.agencyId ?? null,
    officeHoursAgencyId: result.officeHoursAgencyId,
    days: result.days.map((day) => ({
      date: day.date,
      working: day.working,
      kind: day.kind,
      name: day.name,
      lunar: { day: day.lunar.day, month: day.lunar.month, year: day.lunar.year, leap: day.lunar.leap },
      provisional: day.provisional,
      periods: day.periods.map(({ start, end }) => ({ start, end })),
    })),
  };
}
