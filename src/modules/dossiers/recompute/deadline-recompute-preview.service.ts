import { Injectable } from '@nestjs/common';
import { type CalendarChangeScope, type ProposedChange, RecomputePreviewService } from '../../calendar';
import { type DossierClock } from '../domain';
import {
  countRedating,
  emptyRedatingCounts,
  findRedatingWindow,
  type RedatingCounts,
  redateClock,
} from '../domain/clock-redating';
import { DeadlineRecomputeRepository, splitIntoBatches } from './deadline-recompute.repository';

export const MAX_PREVIEW_CHANGES = 1000;

export interface RedatingPreviewItem {
  readonly id: string;
  readonly code: string | null;
  readonly status: string;
  readonly receivingAgencyId: string;
  readonly oldDueAtMs: number;
  readonly newDueAtMs: number;
  readonly oldAppointmentAtMs: number;
  readonly newAppointmentAtMs: number;
  readonly appointmentKeptByApology: boolean;
  readonly provisionalBefore: boolean;
  readonly provisionalAfter: boolean;
}

export interface RedatingPreview {
  readonly scope: CalendarChangeScope;
  readonly counts: RedatingCounts;
  readonly changes: readonly RedatingPreviewItem[]; // the re-dated ones, earliest current deadline first
  readonly truncated: boolean;
}

// Before an administrator saves a calendar change: which open dossiers it would re-date, from what
// to what, by the same pure function and the same candidate query the re-dating itself uses, over
// the calendars the change would give. Nothing is saved or locked.
@Injectable()
export class DeadlineRecomputePreviewService {
  constructor(
    private readonly repository: DeadlineRecomputeRepository,
    private readonly calendarPreview: RecomputePreviewService,
  ) {}

  async preview(proposed: ProposedChange): Promise<RedatingPreview> {
    const calendars = await this.calendarPreview.proposeCalendars(proposed);
    const candidates = await this.repository.findCandidates(findRedatingWindow(calendars.scope));
    const counts = emptyRedatingCounts();
    const changes: RedatingPreviewItem[] = [];
    for (const batch of splitIntoBatches(candidates)) {
      for (const row of await this.repository.findOpen(batch.map((candidate) => candidate.id))) {
        const before = row.clock as unknown as DossierClock;
        const after = redateClock(before, await calendars.calendarFor(row.receivingAgencyId));
        countRedating(counts, after.outcome);
        if (after.outcome === 'REDATED') {
          changes.push({
            id: row.id,
            code: row.code,
            status: row.status,
            receivingAgencyId: row.receivingAgencyId,
            oldDueAtMs: before.dueAtMs,
            newDueAtMs: after.clock.dueAtMs,
            oldAppointmentAtMs: before.appointmentAtMs,
            newAppointmentAtMs: after.clock.appointmentAtMs,
            appointmentKeptByApology: after.appointmentKeptByApology,
            provisionalBefore: before.provisional,
            provisionalAfter: after.clock.provisional,
          });
        }
      }
    }
    changes.sort((left, right) => left.oldDueAtMs - right.oldDueAtMs || left.id.localeCompare(right.id));
    return {
      scope: calendars.scope,
      counts,
      changes: changes.slice(0, MAX_PREVIEW_CHANGES),
      truncated: changes.length > MAX_PREVIEW_CHANGES,
    };
  }
}
