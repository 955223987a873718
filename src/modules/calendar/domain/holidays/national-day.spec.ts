import { formatIsoDate, fromDayNumber } from '../local-date';
import { chooseNationalDayAdjacentDay } from './national-day';

describe('the day next to National Day (Labour Code 2019 art. 112.1.đ)', () => {
  it.each([
    ['2021: 2/9 on Thursday, Friday 3/9 makes Thursday–Sunday', 2021, '2021-09-03'],
    ['2022: 2/9 on Friday, Thursday 1/9 makes Thursday–Sunday', 2022, '2022-09-01'],
    [
      '2023: 2/9 on Saturday, Friday 1/9 and Monday 4/9 given back (a tie with 3/9, won by the working day)',
      2023,
      '2023-09-01',
    ],
    ['2024: 2/9 on Monday, Tuesday 3/9 makes Saturday–Tuesday (a tie with Sunday 1/9)', 2024, '2024-09-03'],
    ['2025: 2/9 on Tuesday, Monday 1/9 makes Saturday–Tuesday', 2025, '2025-09-01'],
    ['2026: 2/9 on Wednesday, either side makes two days: 1/9, as decided', 2026, '2026-09-01'],
    ['2027: 2/9 on Thursday, Friday 3/9', 2027, '2027-09-03'],
    ['2029: 2/9 on Sunday, Monday 3/9 rather than Saturday 1/9', 2029, '2029-09-03'],
  ])('%s', (_scenario, year, expected) => {
    expect(formatIsoDate(fromDayNumber(chooseNationalDayAdjacentDay(year)))).toBe(expected);
  });
});
