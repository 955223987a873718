import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../../audit';
import {
  type CalendarChangeListener,
  CalendarChangeListeners,
  CalendarService,
  type CommittedCalendarChange,
  formatVietnamInstant,
} from '../../calendar';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { RouteStepStore } from '../steps/route-step.store';
import { redateActiveSteps } from '../domain/route-progress';
import { OutboxService } from '../../notifications/outbox/outbox.service';
import { type DossierClock } from '../domain';
import {
  type ClockRedating,
  countRedating,
  describeRedating,
  emptyRedatingCounts,
  findRedatingWindow,
  REDATED_HISTORY_ACTION,
  type RedatingCounts,
  redateClock,
} from '../domain/clock-redating';
import { DossierEvent } from '../dossier-event.entity';
import {
  DeadlineRecomputeRepository,
  type OpenDossierClock,
  type RedatedColumns,
  type RedatingCandidate,
  splitIntoBatches,
} from './deadline-recompute.repository';

// A batch whose calendars went stale while it ran is done again; a calendar changing this often
// is an administrator's loop, and the batch gives up (the next change re-dates it).
const MAX_BATCH_ATTEMPTS = 3;

// Re-dates the open dossiers a committed calendar change can move (domain.md, Time), as the
// system's own audited event: each batch in its own transaction with its rows locked, a history
// row and an outbox event per re-dated dossier, one audit record per run with its counts.
//
// Decisions:
// - Triggered by the calendar module's change listeners, after the administrator's change commits
//   and inside the same request: the administrator's answer comes once open dossiers are re-dated.
//   A run that fails part-way keeps its committed batches and records the audit with what it did
//   and why it stopped; saving the change again runs it again, and re-dating converges (replaying
//   on the current calendar is idempotent). A queued job would survive a crash between the commit
//   and the run; that belongs with the jobs issue's outbox relay.
// - Calendars are loaded before each batch's transaction opens (the calendar cache reads on its
//   own connection; see WorkflowService). If a calendar change commits while a batch runs, the
//   revision read after the commit differs and the batch is re-dated again on the new calendars,
//   so a run racing a later change never leaves the older calendar's dates behind.
@Injectable()
export class DeadlineRecomputeService implements CalendarChangeListener, OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly repository: DeadlineRecomputeRepository,
    private readonly calendar: CalendarService,
    private readonly changeListeners: CalendarChangeListeners,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly steps: RouteStepStore,
  ) {}

  onModuleInit(): void {
    this.changeListeners.register(this);
  }

  async onCalendarChanged(change: CommittedCalendarChange): Promise<void> {
    await this.redateOpenDossiers(change);
  }

  async redateOpenDossiers(change: CommittedCalendarChange, now = new Date()): Promise<RedatingCounts> {
    const candidates = await this.repository.findCandidates(findRedatingWindow(change.scope));
    const counts = emptyRedatingCounts();
    let failure: Error | null = null;
    try {
      for (const batch of splitIntoBatches(candidates)) {
        addCounts(counts, await this.redateBatch(batch, change, now));
      }
    } catch (error) {
      failure = error as Error;
    }
    await this.recordRun(change, candidates.length, counts, failure);
    if (failure) {
      throw failure;
    }
    return counts;
  }

  private async redateBatch(
    batch: readonly RedatingCandidate[],
    change: CommittedCalendarChange,
    now: Date,
  ): Promise<RedatingCounts> {
    let written = { redated: 0, confirmed: 0 };
    for (let attempt = 1; attempt <= MAX_BATCH_ATTEMPTS; attempt++) {
      const revision = await this.calendar.currentRevision();
      const calendars = await this.loadCalendars(batch);
      const pass = await this.redateLocked(batch, calendars, change, now);
      // A pass done again counts what it looked at once, and every row it wrote.
      written = { redated: written.redated + pass.redated, confirmed: written.confirmed + pass.confirmed };
      if ((await this.calendar.currentRevision()) === revision) {
        return { ...pass, ...written };
      }
    }
    throw new Error(`the calendar changed ${MAX_BATCH_ATTEMPTS} times while one batch was re-dated`);
  }

  private async loadCalendars(batch: readonly RedatingCandidate[]): Promise<Map<string, WorkingCalendar>> {
    const calendars = new Map<string, WorkingCalendar>();
    for (const agencyId of new Set(batch.map((candidate) => candidate.receivingAgencyId))) {
      calendars.set(agencyId, await this.calendar.calendarFor(agencyId));
    }
    return calendars;
  }

  @Transactional()
  private async redateLocked(
    batch: readonly RedatingCandidate[],
    calendars: ReadonlyMap<string, WorkingCalendar>,
    change: CommittedCalendarChange,
    now: Date,
  ): Promise<RedatingCounts> {
    const rows = await this.repository.lockOpen(batch.map((candidate) => candidate.id));
    const counts = emptyRedatingCounts();
    const redated: Array<{ row: OpenDossierClock; before: DossierClock; after: ClockRedating }> = [];
    const confirmed: Array<{ id: string; clock: DossierClock }> = [];
    for (const row of rows) {
      const before = row.clock as unknown as DossierClock;
      const after = redateClock(before, calendars.get(row.receivingAgencyId)!);
      countRedating(counts, after.outcome);
      if (after.outcome === 'REDATED') {
        redated.push({ row, before, after });
      } else if (after.outcome === 'CONFIRMED') {
        confirmed.push({ id: row.id, clock: after.clock });
      }
    }
    await this.repository.saveRedated(
      redated.map(({ row, after }) => toColumns(row.id, after.clock)),
      now,
    );
    await this.repository.saveConfirmed(confirmed);
    await this.redateSteps(redated, calendars);
    await this.recordHistory(redated, change, now);
    return counts;
  }

  // Open route steps move with their dossier (route-progress.ts redateActiveSteps).
  private async redateSteps(
    redated: ReadonlyArray<{ row: OpenDossierClock; after: ClockRedating }>,
    calendars: ReadonlyMap<string, WorkingCalendar>,
  ): Promise<void> {
    const routed = new Set(
      (
        await this.txHost.tx.query<Array<{ dossier_id: string }>>(
          `SELECT DISTINCT dossier_id FROM dossier_steps WHERE dossier_id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
          [redated.map(({ row }) => row.id)],
        )
      ).map((step) => step.dossier_id),
    );
    for (const { row, after } of redated.filter(({ row: candidate }) => routed.has(candidate.id))) {
      const before = await this.steps.load(row.id);
      const moved = redateActiveSteps(calendars.get(row.receivingAgencyId)!, before, after.clock.pauses);
      await this.steps.save(row.id, before, moved);
    }
  }

  private async recordHistory(
    redated: ReadonlyArray<{ row: OpenDossierClock; before: DossierClock; after: ClockRedating }>,
    change: CommittedCalendarChange,
    now: Date,
  ): Promise<void> {
    if (redated.length === 0) {
      return;
    }
    const trigger = { action: change.action, targetId: change.targetId, revision: change.revision };
    await this.txHost.tx.getRepository(DossierEvent).insert(
      redated.map(({ row, before, after }) => ({
        dossierId: row.id,
        occurredAt: now,
        action: REDATED_HISTORY_ACTION,
        actorKind: 'system',
        actorId: null,
        actorRole: null,
        fromStatus: row.status,
        toStatus: row.status,
        note: describeRedating(before, after),
        details: { trigger, ...describeMoves(before, after) },
      })),
    );
    // The citizen is told of a new appointment; a moved legal deadline alone is for the staff.
    for (const { row, before, after } of redated) {
      await this.outbox.add('dossier.redated', 'dossier', row.id, {
        code: row.code,
        appointmentMoved: after.clock.appointmentAtMs !== before.appointmentAtMs,
        ...describeMoves(before, after),
      });
    }
  }

  @Transactional()
  private async recordRun(
    change: CommittedCalendarChange,
    candidateCount: number,
    counts: RedatingCounts,
    failure: Error | null,
  ): Promise<void> {
    await this.audit.record({
      action: 'dossier.deadlines.recompute',
      targetType: 'calendar_change',
      targetId: `${change.action}:${change.targetId}`,
      summary: {
        calendarRevision: change.revision,
        scope: change.scope,
        candidates: candidateCount,
        ...counts,
        completed: failure === null,
        ...(failure && { failure: failure.message }),
      },
    });
  }
}

function toColumns(id: string, clock: DossierClock): RedatedColumns {
  return { id, clock, dueAt: new Date(clock.dueAtMs), appointmentAt: new Date(clock.appointmentAtMs) };
}

function describeMoves(before: DossierClock, after: ClockRedating) {
  return {
    dueAt: { from: formatVietnamInstant(before.dueAtMs), to: formatVietnamInstant(after.clock.dueAtMs) },
    appointmentAt: {
      from: formatVietnamInstant(before.appointmentAtMs),
      to: formatVietnamInstant(after.clock.appointmentAtMs),
    },
    appointmentKeptByApology: after.appointmentKeptByApology,
  };
}

function addCounts(total: RedatingCounts, batch: RedatingCounts): void {
  total.checked += batch.checked;
  total.redated += batch.redated;
  total.confirmed += batch.confirmed;
  total.unchanged += batch.unchanged;
  total.outsideCalendar += batch.outsideCalendar;
}
