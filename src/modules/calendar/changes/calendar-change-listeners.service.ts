import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { type CalendarChangeScope } from '../domain/calendar-change-scope';

// A calendar change an administrator saved, once committed.
export interface CommittedCalendarChange {
  readonly revision: number; // calendar_revisions as the change left it
  readonly action: string; // its audit action, e.g. 'calendar.year.update'
  readonly targetId: string; // the year, or the office-hours rule
  readonly scope: CalendarChangeScope;
}

export interface CalendarChangeListener {
  onCalendarChanged(change: CommittedCalendarChange): Promise<void>;
}

// Who must hear of a calendar change: modules keeping deadlines computed on the calendar (the
// dossiers re-date their open deadlines). They register at module init; the calendar module never
// imports them (the dossiers module imports the calendar module, so the dependency points one way).
//
// Listeners run after the commit, in the administrator's request, one after another, so they see
// the new calendar through the calendar cache; none runs for a change that rolled back. A failing
// listener is logged and does not undo or fail the change: the calendar is saved, and what the
// listener keeps can be brought up to date again (re-dating is idempotent).
@Injectable()
export class CalendarChangeListeners {
  private readonly logger = new Logger('CalendarChangeListeners');
  private readonly listeners: CalendarChangeListener[] = [];

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  register(listener: CalendarChangeListener): void {
    this.listeners.push(listener);
  }

  async notifyCommitted(change: CommittedCalendarChange): Promise<void> {
    // Inside a transaction the change is not committed yet, and a listener's own transactions
    // would join it while the calendar cache still reads the old calendar.
    if (this.txHost.isTransactionActive()) {
      throw new Error('calendar change listeners run after the commit, outside any transaction');
    }
    for (const listener of this.listeners) {
      try {
        await listener.onCalendarChanged(change);
      } catch (error) {
        this.logger.error(
          `${listener.constructor.name} failed after ${change.action} ${change.targetId} (revision ${change.revision}): ${(error as Error).message}`,
          (error as Error).stack,
        );
      }
    }
  }
}
