import fc from 'fast-check';
import { DomainError } from '../../../common';
import { ReportPeriodError, monthsOf, parseReportPeriod, previousPeriod } from './report-period';

const vietnamMidnight = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 7 * 3600_000;

describe('report periods', () => {
  it.each([
    ['2020', 'YEAR', 'Năm 2020', '2020-01-01', '2020-12-31'],
    ['2020-Q4', 'QUARTER', 'Quý IV năm 2020', '2020-10-01', '2020-12-31'],
    ['2020-Q1', 'QUARTER', 'Quý I năm 2020', '2020-01-01', '2020-03-31'],
    ['2020-11', 'MONTH', 'Tháng 11 năm 2020', '2020-11-01', '2020-11-30'],
    ['2020-02', 'MONTH', 'Tháng 2 năm 2020', '2020-02-01', '2020-02-29'],
    ['2020-11-05', 'DAY', 'Ngày 05/11/2020', '2020-11-05', '2020-11-05'],
    ['2020-01-01..2020-03-31', 'RANGE', 'Từ ngày 01/01/2020 đến ngày 31/03/2020', '2020-01-01', '2020-03-31'],
  ])('%s is %s "%s" from %s to %s', (text, kind, label, fromDate, toDate) => {
    const period = parseReportPeriod(text);
    expect(period).toMatchObject({ kind, key: text, label, fromDate, toDate });
  });

  it.each([
    ['2020-KY-Q1', 'Kỳ báo cáo quý I năm 2020 (15/12/2019 – 14/03/2020)', '2019-12-15', '2020-03-14'],
    ['2020-KY-Q2', 'Kỳ báo cáo quý II năm 2020 (15/03/2020 – 14/06/2020)', '2020-03-15', '2020-06-14'],
    ['2020-KY-Q3', 'Kỳ báo cáo quý III năm 2020 (15/06/2020 – 14/09/2020)', '2020-06-15', '2020-09-14'],
    ['2020-KY-Q4', 'Kỳ báo cáo quý IV năm 2020 (15/09/2020 – 14/12/2020)', '2020-09-15', '2020-12-14'],
    ['2020-KY', 'Kỳ báo cáo năm 2020 (15/12/2019 – 14/12/2020)', '2019-12-15', '2020-12-14'],
    ['2020-KY-01', 'Kỳ báo cáo tháng 1 năm 2020 (15/12/2019 – 14/01/2020)', '2019-12-15', '2020-01-14'],
  ])('Decree 09/2019 cut-off %s is "%s"', (text, label, fromDate, toDate) => {
    expect(parseReportPeriod(text)).toMatchObject({ key: text, label, fromDate, toDate });
  });

  it('instants are Vietnamese midnights, the end exclusive (the day after toDate)', () => {
    const period = parseReportPeriod('2020-KY-Q1');
    expect(period.fromMs).toBe(vietnamMidnight(2019, 12, 15));
    expect(period.toExclusiveMs).toBe(vietnamMidnight(2020, 3, 15));
    expect(parseReportPeriod('2020').toExclusiveMs).toBe(vietnamMidnight(2021, 1, 1));
    expect(new Date(parseReportPeriod('2020-11-05').fromMs).toISOString()).toBe('2020-11-04T17:00:00.000Z');
  });

  it('accepts lower case and surrounding spaces, and answers the canonical key', () => {
    expect(parseReportPeriod(' 2020-q4 ').key).toBe('2020-Q4');
    expect(parseReportPeriod('2020-ky-q1').key).toBe('2020-KY-Q1');
  });

  it.each([
    '',
    '20',
    '2020-Q5',
    '2020-13',
    '2020-00',
    '2020-02-30',
    '2020-03-31..2020-01-01',
    '2020-KY-Q0',
    '2020-KY-13',
    '1800',
    '2020-01-01..',
    'năm 2020',
  ])('"%s" is refused with a Vietnamese ReportPeriodError (400)', (text) => {
    let caught: unknown;
    try {
      parseReportPeriod(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportPeriodError);
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      kind: 'invalid',
      code: 'report-period-invalid',
      title: 'Kỳ báo cáo không hợp lệ',
    });
  });

  it.each([
    ['2020', '2019'],
    ['2020-Q1', '2019-Q4'],
    ['2020-Q3', '2020-Q2'],
    ['2020-01', '2019-12'],
    ['2020-03', '2020-02'],
    ['2020-03-01', '2020-02-29'],
    ['2020-01-01..2020-03-31', '2019-10-02..2019-12-31'], // 91 days each
    ['2020-KY', '2019-KY'],
    ['2020-KY-Q1', '2019-KY-Q4'],
    ['2020-KY-Q4', '2020-KY-Q3'],
    ['2020-KY-01', '2019-KY-12'],
  ])('the period before %s is %s', (text, expected) => {
    expect(previousPeriod(parseReportPeriod(text)).key).toBe(expected);
  });

  it('a year splits into its twelve months, a cut-off quarter into its three cut-off months', () => {
    expect(monthsOf(parseReportPeriod('2020')).map((month) => month.key)).toEqual(
      Array.from({ length: 12 }, (_, index) => `2020-${String(index + 1).padStart(2, '0')}`),
    );
    expect(monthsOf(parseReportPeriod('2020-KY-Q1')).map((month) => month.key)).toEqual([
      '2020-KY-01',
      '2020-KY-02',
      '2020-KY-03',
    ]);
    expect(monthsOf(parseReportPeriod('2020-KY'))).toHaveLength(12);
  });

  it('a custom range splits into calendar months clipped at both ends', () => {
    expect(monthsOf(parseReportPeriod('2020-01-10..2020-03-01')).map((month) => month.key)).toEqual([
      '2020-01-10..2020-01-31',
      '2020-02',
      '2020-03-01',
    ]);
    expect(monthsOf(parseReportPeriod('2020-11-05')).map((month) => month.key)).toEqual(['2020-11-05']);
  });

  const anyPeriodText = fc.oneof(
    fc.integer({ min: 2000, max: 2100 }).map(String),
    fc
      .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => `${y}-Q${q}`),
    fc
      .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc
      .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => `${y}-KY-Q${q}`),
    fc.integer({ min: 2000, max: 2100 }).map((y) => `${y}-KY`),
    fc
      .tuple(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.nat(800),
      )
      .map(([date, length]) => {
        const from = date.toISOString().slice(0, 10);
        const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        return `${from}..${to}`;
      }),
  );

  it('every period: its key parses back to it; its months tile it; the period before ends where it starts', () => {
    fc.assert(
      fc.property(anyPeriodText, (text) => {
        const period = parseReportPeriod(text);
        expect(parseReportPeriod(period.key)).toEqual(period);
        const months = monthsOf(period);
        expect(months[0]?.fromMs).toBe(period.fromMs);
        expect(months.at(-1)?.toExclusiveMs).toBe(period.toExclusiveMs);
        months.slice(1).forEach((month, index) => expect(month.fromMs).toBe(months[index]?.toExclusiveMs));
        expect(previousPeriod(period).toExclusiveMs).toBe(period.fromMs);
        expect(previousPeriod(period).kind).toBe(period.kind);
      }),
    );
  });
});
