import { proposeYearSchedule } from './year-schedule';

describe('a provisional year schedule', () => {
  it('2027: marked provisional, with the rule it used, and only holidays and days given back', () => {
    const schedule = proposeYearSchedule(2027);
    expect(schedule.year).toBe(2027);
    expect(schedule.provisional).toBe(true);
    expect(schedule.rule).toContain('Bộ luật Lao động 2019');
    expect(schedule.rule).toContain('Quốc khánh');
    expect(new Set(schedule.days.map((day) => day.kind))).toEqual(
      new Set(['HOLIDAY', 'COMPENSATORY_DAY_OFF']),
    );
  });

  it('2027: Tết on Saturday 6/2 gives Thursday 4/2 – Monday 8/2 as holidays and Tuesday 9/2, Wednesday 10/2 back', () => {
    const tetDays = proposeYearSchedule(2027).days.filter(
      (day) => day.date >= '2027-02-01' && day.date <= '2027-02-28',
    );
    expect(tetDays.map((day) => [day.date, day.kind])).toEqual([
      ['2027-02-04', 'HOLIDAY'],
      ['2027-02-05', 'HOLIDAY'],
      ['2027-02-06', 'HOLIDAY'],
      ['2027-02-07', 'HOLIDAY'],
      ['2027-02-08', 'HOLIDAY'],
      ['2027-02-09', 'COMPENSATORY_DAY_OFF'],
      ['2027-02-10', 'COMPENSATORY_DAY_OFF'],
    ]);
  });

  it('2019: under the Labour Code 2012 the rule says nothing of a second National Day', () => {
    expect(proposeYearSchedule(2019).rule).not.toContain('1/9 hoặc 3/9');
  });
});
