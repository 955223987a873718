import { type TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  type CalendarChangeListener,
  CalendarChangeListeners,
  type CommittedCalendarChange,
} from './calendar-change-listeners.service';

const CHANGE: CommittedCalendarChange = {
  revision: 7,
  action: 'calendar.year.update',
  targetId: '2027',
  scope: { agencyId: null, fromDate: '2027-01-01', toDate: '2027-12-31' },
};

function listenersWith(inTransaction: boolean): CalendarChangeListeners {
  const txHost = { isTransactionActive: () => inTransaction } as TransactionHost<TransactionalAdapterTypeOrm>;
  return new CalendarChangeListeners(txHost);
}

describe('calendar change listeners', () => {
  it('tells every listener of a committed change, in order, even after one of them failed', async () => {
    const heard: string[] = [];
    const listeners = listenersWith(false);
    const failing: CalendarChangeListener = {
      onCalendarChanged: () => Promise.reject(new Error('database went away')),
    };
    const recording: CalendarChangeListener = {
      onCalendarChanged: (change) => {
        heard.push(`${change.action} ${change.targetId}`);
        return Promise.resolve();
      },
    };
    listeners.register(failing);
    listeners.register(recording);
    await expect(listeners.notifyCommitted(CHANGE)).resolves.toBeUndefined();
    expect(heard).toEqual(['calendar.year.update 2027']);
  });

  it('refuses to run inside a transaction: the change would not be committed yet', async () => {
    await expect(listenersWith(true).notifyCommitted(CHANGE)).rejects.toThrow(/after the commit/);
  });
});
