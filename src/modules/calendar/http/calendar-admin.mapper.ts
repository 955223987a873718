import { type ScopedOfficeHours } from '../domain/calendar-data';
import { type RecomputeChange, type TrackedDeadline } from '../domain/engine';
import { formatVietnamInstant, parseInstant } from '../domain/vietnam-instant';
import { type OfficeHoursInput } from '../office-hours/office-hours.service';
import { type ProposedChange } from '../recompute/recompute-preview.service';
import { type OfficialYearInput, type YearScheduleView } from '../years/calendar-years.service';
import { type OfficeHoursResponseDto, type UpdateOfficeHoursDto } from './dto/office-hours.dto';
import {
  type ProposedChangeDto,
  type RecomputePreviewResponseDto,
  type TrackedDeadlineDto,
} from './dto/recompute-preview.dto';
import { type PutYearScheduleDto, type YearScheduleResponseDto } from './dto/year-schedule.dto';

export function toOfficialYearInput(dto: PutYearScheduleDto): OfficialYearInput {
  return {
    documentNumber: dto.source.documentNumber,
    documentDate: dto.source.documentDate,
    ...(dto.source.title !== undefined && { documentTitle: dto.source.title }),
    ...(dto.note !== undefined && { note: dto.note }),
    days: dto.days.map(({ date, kind, name, source }) => ({
      date,
      kind,
      name,
      ...(source !== undefined && { source }),
    })),
  };
}

export function toYearScheduleResponse(view: YearScheduleView): YearScheduleResponseDto {
  return {
    year: view.year,
    status: view.status,
    stored: view.stored,
    source: view.source && {
      documentNumber: view.source.documentNumber,
      documentDate: view.source.documentDate,
      title: view.source.title,
    },
    note: view.note,
    updatedAt: view.updatedAt?.toISOString() ?? null,
    days: view.days.map((day) => ({
      date: day.date,
      kind: day.kind,
      name: day.name,
      source: day.source ?? null,
    })),
  };
}

export function toOfficeHoursInput(dto: UpdateOfficeHoursDto): OfficeHoursInput {
  return {
    validFrom: dto.validFrom,
    ...(dto.validTo !== undefined && { validTo: dto.validTo }),
    periods: dto.periods.map(({ start, end }) => ({ start, end })),
  };
}

export function toOfficeHoursResponse(rule: ScopedOfficeHours): OfficeHoursResponseDto {
  return {
    id: rule.id,
    agencyId: rule.agencyId,
    validFrom: rule.validFrom,
    validTo: rule.validTo ?? null,
    periods: rule.periods.map(({ start, end }) => ({ start, end })),
  };
}

export function toProposedChange(dto: ProposedChangeDto): ProposedChange {
  return {
    ...(dto.yearSchedule && {
      yearSchedule: {
        year: dto.yearSchedule.year,
        days: dto.yearSchedule.days.map(({ date, kind, name }) => ({ date, kind, name })),
      },
    }),
    ...(dto.officeHours && {
      officeHours: {
        ...(dto.officeHours.agencyId !== undefined && { agencyId: dto.officeHours.agencyId }),
        ...(dto.officeHours.replaceId !== undefined && { replaceId: dto.officeHours.replaceId }),
        ...(dto.officeHours.rule && { rule: toOfficeHoursInput(dto.officeHours.rule) }),
      },
    }),
  };
}

export function toTrackedDeadlines(dtos: readonly TrackedDeadlineDto[]): TrackedDeadline[] {
  return dtos.map((dto) => ({
    id: dto.id,
    startMs: parseInstant(dto.start)!,
    amount: dto.amount,
    unit: dto.unit,
    online: dto.online === true,
    pauses: (dto.pauses ?? []).map((pause) => ({
      fromMs: parseInstant(pause.from)!,
      ...(pause.to !== undefined && { toMs: parseInstant(pause.to)! }),
    })),
  }));
}

export function toRecomputeResponse(
  changes: readonly RecomputeChange[],
  deadlineCount: number,
): RecomputePreviewResponseDto {
  const format = (instant: number | null) => (instant === null ? null : formatVietnamInstant(instant));
  return {
    changes: changes.map((change) => ({
      id: change.id,
      oldDueAt: format(change.oldDueAtMs),
      newDueAt: format(change.newDueAtMs),
      shiftWorkingMinutes: change.shiftWorkingMinutes,
      provisionalBefore: change.provisionalBefore,
      provisionalAfter: change.provisionalAfter,
    })),
    unchangedCount: deadlineCount - changes.length,
  };
}
