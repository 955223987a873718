import { rollupBoundary } from './rollup-boundary';

const vietnam = (local: string) => Date.parse(`${local}+07:00`);

describe('rollupBoundary', () => {
  it('reads a month boundary from the month table alone', () => {
    expect(rollupBoundary(vietnam('2027-03-01T00:00:00'))).toMatchObject({
      monthsBefore: '2027-03-01',
      addDays: null,
      subtractDays: null,
    });
  });

  it('adds the days of the month before a midnight in its first half', () => {
    expect(rollupBoundary(vietnam('2027-03-10T00:00:00'))).toMatchObject({
      monthsBefore: '2027-03-01',
      addDays: { from: '2027-03-01', to: '2027-03-10' },
      subtractDays: null,
    });
  });

  it('subtracts the days to the next month from a midnight in its second half, across a year', () => {
    expect(rollupBoundary(vietnam('2027-12-26T00:00:00'))).toMatchObject({
      monthsBefore: '2028-01-01',
      addDays: null,
      subtractDays: { from: '2027-12-26', to: '2028-01-01' },
    });
  });

  it('reads an instant within a day as the next midnight less the events between them', () => {
    expect(rollupBoundary(vietnam('2027-03-10T10:17:00'))).toMatchObject({
      atMs: vietnam('2027-03-10T10:17:00'),
      dayStart: '2027-03-11',
      dayStartMs: vietnam('2027-03-11T00:00:00'),
      monthsBefore: '2027-03-01',
      addDays: { from: '2027-03-01', to: '2027-03-11' },
      subtractEvents: { fromMs: vietnam('2027-03-10T10:17:00'), toMs: vietnam('2027-03-11T00:00:00') },
    });
    expect(rollupBoundary(vietnam('2027-03-31T23:59:00'))).toMatchObject({
      dayStart: '2027-04-01',
      monthsBefore: '2027-04-01',
      addDays: null,
      subtractDays: null,
    });
  });
});
