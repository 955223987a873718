import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];
export type CalendarDay = Schemas['CalendarDayDto'];
export type YearSchedule = Schemas['YearScheduleResponseDto'];
export type ScheduleDayInput = Schemas['ScheduleDayInputDto'];
export type SourceDocumentInput = Schemas['SourceDocumentInputDto'];
export type RecomputePreview = Schemas['DeadlineRecomputePreviewResponseDto'];
export type RedatedDossier = Schemas['RedatedDossierDto'];
export type ScheduleKind = ScheduleDayInput['kind'];
export type DayKind = CalendarDay['kind'];

export const calendarApi = {
  days: (from: string, to: string) =>
    unwrap(api.GET('/api/v1/calendar/days', { params: { query: { from, to } } })),
  year: (year: number) => unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
  // Which open dossiers the proposed year would re-date; saves nothing.
  preview: (year: number, days: ScheduleDayInput[]) =>
    unwrap(
      api.POST('/api/v1/dossiers/deadline-recompute/preview', {
        body: { change: { yearSchedule: { year, days } } },
      }),
    ),
  save: (year: number, body: Schemas['PutYearScheduleDto']) =>
    unwrap(api.PUT('/api/v1/calendar/years/{year}', { params: { path: { year } }, body })),
};
