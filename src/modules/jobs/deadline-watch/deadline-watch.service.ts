import { withTimeout } from '../../../common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { CalendarService } from '../../calendar';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { DeliveryPlanner } from '../../notifications/deliveries/delivery-planner.service';
import { DeadlineWatchRepository, type NewNotice } from './deadline-watch.repository';
import { noticeSubjectOf, planNoticeDeliveries } from './domain/deadline-notices';
import { computeWatchInstants, type WatchInstants } from './domain/watch-instants';

// Deliveries per insert: 10 columns each stay well under PostgreSQL's 65,535 parameters.
const PLAN_CHUNK = 1000;
// Marks changed per tick and kind: a first run over a backlog of 100,000 dossiers changes them
// over some ticks rather than holding row locks for many seconds in one.
const MARKS_PER_TICK = 10_000;
// How long handing the deliveries to the queue may wait for Redis; the relay's sweep hands over
// whatever stays PENDING.
const ENQUEUE_TIMEOUT_MS = 5000;

export interface DeadlineWatchTick {
  // False: another process's tick held the lock, and this one did nothing.
  readonly ran: boolean;
  // New notices by threshold (DUE_SOON, OVERDUE, APOLOGY_MISSING, ESCALATION_n), of dossiers,
  // route steps and consultations alike; how many of them were of steps and of consultations.
  readonly notices: Readonly<Record<string, number>>;
  readonly stepNotices: number;
  readonly consultationNotices: number;
  // The cap was reached: more notices wait for the next tick.
  readonly capped: boolean;
  readonly marksChanged: number;
  readonly deliveries: number;
  // The whole tick, and the part of it spent handing the deliveries to the queue after commit.
  readonly durationMs: number;
  readonly handOverMs: number;
}

interface LockedTick {
  readonly ran: boolean;
  readonly notices: readonly NewNotice[];
  readonly marksChanged: number;
  readonly deliveryIds: readonly string[];
}

// One tick of the deadline watch (Decree 61/2018 art. 19.9; issue 7): marks running open
// dossiers due soon or overdue and those whose apology window closed unused, notes each
// threshold crossed once (by a dossier, a route step or a consultation), and plans the staff
// notices, all in one transaction under an advisory lock, so any number of workers run one
// tick at a time. The deliveries go to the queue after commit.
@Injectable()
export class DeadlineWatchService {
  private readonly logger = new Logger('DeadlineWatch');

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly repository: DeadlineWatchRepository,
    private readonly calendar: CalendarService,
    private readonly planner: DeliveryPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async tick(now: Date = new Date()): Promise<DeadlineWatchTick> {
    const started = performance.now();
    // The province's calendar (no agency): see WatchInstants.
    const cal = await this.calendar.calendarFor();
    const settings = this.config.deadlineWatch;
    const instants = computeWatchInstants(cal, now.getTime(), settings);
    const locked = await this.txHost.withTransaction(() =>
      this.runLocked(cal, instants, settings.maxNoticesPerTick),
    );
    const committed = performance.now();
    if (locked.deliveryIds.length > 0) {
      await this.handOver(locked.deliveryIds);
    }
    const finished = performance.now();
    const tick = summarise(locked, settings.maxNoticesPerTick, finished - started, finished - committed);
    this.report(tick);
    return tick;
  }

  private async runLocked(cal: WorkingCalendar, instants: WatchInstants, cap: number): Promise<LockedTick> {
    if (!(await this.repository.tryLock())) {
      return { ran: false, notices: [], marksChanged: 0, deliveryIds: [] };
    }
    const notices = await this.repository.insertNewNotices(instants, cap);
    const marksChanged = await this.repository.updateMarks(instants, MARKS_PER_TICK);
    const recipients = await this.repository.findRecipients(notices.map((notice) => notice.id));
    const planned = planNoticeDeliveries(cal, recipients);
    const deliveryIds: string[] = [];
    for (let start = 0; start < planned.length; start += PLAN_CHUNK) {
      deliveryIds.push(...(await this.planner.plan(planned.slice(start, start + PLAN_CHUNK))));
    }
    return { ran: true, notices, marksChanged, deliveryIds };
  }

  private async handOver(deliveryIds: readonly string[]): Promise<void> {
    try {
      await withTimeout(this.planner.enqueue(deliveryIds), ENQUEUE_TIMEOUT_MS, 'the queue did not answer');
    } catch (error) {
      this.logger.warn(`Deadline notices stay PENDING for the relay's sweep: ${(error as Error).message}`);
    }
  }

  private report(tick: DeadlineWatchTick): void {
    if (!tick.ran) {
      this.logger.debug('Another worker holds the deadline watch; this tick did nothing');
      return;
    }
    const noticed = Object.entries(tick.notices).map(([threshold, count]) => `${threshold} ${count}`);
    const of =
      tick.stepNotices + tick.consultationNotices > 0
        ? ` (${tick.stepNotices} of steps, ${tick.consultationNotices} of consultations)`
        : '';
    const message =
      `Deadline watch: ${noticed.length > 0 ? noticed.join(', ') + of : 'no new notices'}` +
      `${tick.capped ? ' (capped, more next tick)' : ''}; ${tick.marksChanged} marks changed, ` +
      `${tick.deliveries} deliveries, ${tick.durationMs.toFixed(0)} ms`;
    if (noticed.length > 0 || tick.marksChanged > 0) {
      this.logger.log(message);
    } else {
      this.logger.debug(message);
    }
  }
}

function summarise(
  locked: LockedTick,
  cap: number,
  durationMs: number,
  handOverMs: number,
): DeadlineWatchTick {
  const notices: Record<string, number> = {};
  for (const notice of locked.notices) {
    notices[notice.threshold] = (notices[notice.threshold] ?? 0) + 1;
  }
  return {
    ran: locked.ran,
    notices,
    stepNotices: locked.notices.filter((notice) => noticeSubjectOf(notice.stepKey) === 'STEP').length,
    consultationNotices: locked.notices.filter((notice) => noticeSubjectOf(notice.stepKey) === 'CONSULTATION')
      .length,
    capped: locked.notices.length >= cap,
    marksChanged: locked.marksChanged,
    deliveries: locked.deliveryIds.length,
    durationMs,
    handOverMs,
  };
}
