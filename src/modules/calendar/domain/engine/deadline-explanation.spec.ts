import { computeDeadline, type DeadlineRequest } from './deadline';
import { explainDeadline } from './deadline-explanation';
import { atVietnamTime, buildPhuYenDefinition } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

function explain(start: string, amount: number, unit: DeadlineRequest['unit'], online = false) {
  return explainDeadline(phuYen, { startMs: atVietnamTime(start), amount, unit, online });
}

describe('explaining a deadline to the citizen and the clerk', () => {
  it('3 working days from Friday 16:00 before Tết 2025 count 24/1, 3/2, 4/2, 5/2 and skip the Tết break', () => {
    const { explanation } = explain('2025-01-24 16:00', 3, 'WORKING_DAYS');
    expect(explanation.countedDays.map((day) => [day.date, day.workingMinutes])).toEqual([
      ['2025-01-24', 60],
      ['2025-02-03', 480],
      ['2025-02-04', 480],
      ['2025-02-05', 420],
    ]);
    expect(explanation.countedDays[3].periods).toEqual([
      { start: '07:30', end: '12:00', minutes: 270 },
      { start: '13:30', end: '16:00', minutes: 150 },
    ]);
    expect(explanation.skippedDays.map((day) => [day.date, day.reason, day.name])).toEqual([
      ['2025-01-25', 'WEEKEND', undefined],
      ['2025-01-26', 'WEEKEND', undefined],
      ...['27', '28', '29', '30', '31'].map((date) => [`2025-01-${date}`, 'HOLIDAY', 'Tết Nguyên Đán']),
      ['2025-02-01', 'WEEKEND', undefined],
      ['2025-02-02', 'WEEKEND', undefined],
    ]);
  });

  it('gives the same deadline as computeDeadline', () => {
    const request = { startMs: atVietnamTime('2025-01-24 16:00'), amount: 3, unit: 'WORKING_DAYS' } as const;
    expect(explainDeadline(phuYen, request)).toMatchObject(computeDeadline(phuYen, request));
  });

  it('an online submission on Saturday skips the weekend before the clock starts', () => {
    const { explanation } = explain('2025-06-07 10:00', 1, 'WORKING_DAYS', true);
    expect(explanation.startAdjustment).toBe('DAY_OFF');
    expect(explanation.skippedDays.map((day) => day.reason)).toEqual(['WEEKEND', 'WEEKEND']);
    expect(explanation.countedDays.map((day) => day.date)).toEqual(['2025-06-09']);
  });

  it('a desk reception at 18:00 skips the rest of that day as outside office hours', () => {
    const { explanation } = explain('2025-06-09 18:00', 1, 'WORKING_DAYS');
    expect(explanation.startAdjustment).toBe('AFTER_OFFICE_HOURS');
    expect(explanation.skippedDays).toEqual([
      { date: '2025-06-09', reason: 'OUTSIDE_OFFICE_HOURS', provisional: false },
    ]);
  });

  it('a reception in the lunch break says so and counts from 13:30', () => {
    const { explanation } = explain('2025-06-09 12:40', 2, 'WORKING_HOURS');
    expect(explanation.startAdjustment).toBe('BETWEEN_OFFICE_PERIODS');
    expect(explanation.countedDays[0].periods).toEqual([{ start: '13:30', end: '15:30', minutes: 120 }]);
  });

  it('make-up Saturday 26/4/2025 is listed as a counted make-up working day', () => {
    const { explanation } = explain('2025-04-25 09:00', 1, 'WORKING_DAYS');
    expect(explanation.countedDays[1]).toMatchObject({
      date: '2025-04-26',
      kind: 'MAKEUP_WORKDAY',
      workingMinutes: 90,
    });
  });

  it('calendar days: the first day is not counted and a Sunday end moves to Monday', () => {
    const { explanation } = explain('2025-06-04 10:00', 4, 'CALENDAR_DAYS');
    expect(explanation.rule).toMatch(/Civil Code 2015 art\. 147\(2\)/);
    expect(explanation.skippedDays[0]).toMatchObject({ date: '2025-06-04', reason: 'FIRST_DAY_NOT_COUNTED' });
    expect(explanation.countedDays.map((day) => day.date)).toEqual([
      '2025-06-05',
      '2025-06-06',
      '2025-06-07',
      '2025-06-08',
      '2025-06-09',
    ]);
    expect(explanation.periodEnd).toEqual({ lastDate: '2025-06-08', closingDate: '2025-06-09' });
  });

  it('a month ending on 30/4/2025 skips the holidays and the swapped Friday before Monday 5/5', () => {
    const { explanation } = explain('2025-03-31 09:00', 1, 'MONTHS');
    expect(explanation.periodEnd).toEqual({ lastDate: '2025-04-30', closingDate: '2025-05-05' });
    expect(explanation.skippedDays.slice(1).map((day) => [day.date, day.reason])).toEqual([
      ['2025-05-01', 'HOLIDAY'],
      ['2025-05-02', 'DAY_OFF'],
      ['2025-05-03', 'WEEKEND'],
      ['2025-05-04', 'WEEKEND'],
    ]);
  });
});
