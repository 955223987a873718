import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { startClock } from './dossier-clock';
import {
  findSupplementRequestDue,
  findTransferDue,
  isSupplementRequestLate,
  isTransferLate,
} from './handling-deadlines';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;

describe('the transfer to the competent agency (Decree 61/2018 art. 18)', () => {
  it.each([
    ['2025-06-09 14:59', 'DIRECT', 'SAME_DAY', '2025-06-09 17:00'],
    ['2025-06-09 15:00', 'POST', 'SAME_DAY', '2025-06-09 17:00'],
    ['2025-06-09 15:01', 'DIRECT', 'NEXT_WORKING_DAY_OPENING', '2025-06-10 07:30'],
    ['2025-06-13 16:00', 'DIRECT', 'NEXT_WORKING_DAY_OPENING', '2025-06-16 07:30'],
    ['2025-01-24 16:00', 'POST', 'NEXT_WORKING_DAY_OPENING', '2025-02-03 07:30'],
    ['2025-06-14 09:00', 'POST', 'NEXT_WORKING_DAY_OPENING', '2025-06-16 07:30'],
    ['2020-06-09 15:30', 'DIRECT', 'NEXT_WORKING_DAY_OPENING', '2020-06-10 07:00'],
    ['2025-06-09 23:00', 'ONLINE', 'AT_ONCE', '2025-06-09 23:00'],
  ] as const)('received %s (%s): %s, due %s', (receivedAt, channel, rule, due) => {
    const transfer = findTransferDue(phuYen, at(receivedAt), channel);
    expect(transfer.rule).toBe(rule);
    expect(formatVietnamTime(transfer.dueAtMs)).toBe(due);
  });

  it('a paper dossier received at 15:30 and transferred the next morning at 07:45 is late; at 07:30 it is not', () => {
    expect(isTransferLate(phuYen, at('2025-06-09 15:30'), at('2025-06-10 07:30'), 'DIRECT')).toBe(false);
    expect(isTransferLate(phuYen, at('2025-06-09 15:30'), at('2025-06-10 07:45'), 'DIRECT')).toBe(true);
  });

  it('a paper dossier received at 10:00 may go any time that day', () => {
    expect(isTransferLate(phuYen, at('2025-06-09 10:00'), at('2025-06-09 16:59'), 'DIRECT')).toBe(false);
    expect(isTransferLate(phuYen, at('2025-06-09 10:00'), at('2025-06-10 07:30'), 'DIRECT')).toBe(true);
  });

  it('an online dossier must go at once', () => {
    expect(isTransferLate(phuYen, at('2025-06-09 10:00'), at('2025-06-09 10:00'), 'ONLINE')).toBe(false);
    expect(isTransferLate(phuYen, at('2025-06-09 10:00'), at('2025-06-09 10:05'), 'ONLINE')).toBe(true);
  });
});

describe('the supplement request window (Decree 61/2018 art. 19.4)', () => {
  const clock = startClock(phuYen, at('2025-06-09 09:00'), { amount: 10, unit: 'WORKING_DAYS' }, false);

  it('a dossier received Monday 9/6/2025 09:00 may be asked to supplement until Thursday 12/6 09:00', () => {
    expect(formatVietnamTime(findSupplementRequestDue(phuYen, clock.runStartedAtMs, false))).toBe(
      '2025-06-12 09:00',
    );
    expect(isSupplementRequestLate(phuYen, clock, at('2025-06-12 09:00'))).toBe(false);
    expect(isSupplementRequestLate(phuYen, clock, at('2025-06-12 09:01'))).toBe(true);
  });
});
