import { atVietnamTime, buildPhuYenDefinition, formatVietnamTime } from './test-fixtures';
import { buildWorkingCalendar } from './working-calendar';
import { addWorkingMinutes, isWorkingTime, measureWorkingMinutes } from './working-time';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());

describe('working time at a Phú Yên desk', () => {
  it.each([
    ['Monday 07:30, the opening', '2025-06-09 07:30', true],
    ['Monday 11:59', '2025-06-09 11:59', true],
    ['Monday 12:00, the morning closing', '2025-06-09 12:00', false],
    ['Monday 13:00, the lunch break', '2025-06-09 13:00', false],
    ['Monday 17:00, the evening closing', '2025-06-09 17:00', false],
    ['Friday 29/10/2021 07:10, before the 2021-11-01 change', '2021-10-29 07:10', true],
    ['Monday 1/11/2021 07:10, after the change', '2021-11-01 07:10', false],
    ['Saturday 26/4/2025, a make-up Saturday', '2025-04-26 09:00', true],
    ['Wednesday 29/1/2025, mùng 1 Tết', '2025-01-29 09:00', false],
  ])('%s is working time: %p', (_moment, at, expected) => {
    expect(isWorkingTime(phuYen, atVietnamTime(at))).toBe(expected);
  });

  it.each([
    ['a whole week of Phú Yên office hours is 40 hours', '2025-06-09 00:00', '2025-06-16 00:00', 40 * 60],
    ['the Tết 2025 week has one working day', '2025-01-24 00:00', '2025-02-01 00:00', 480],
    ['from Friday 11:00 to Monday 08:00', '2025-06-06 11:00', '2025-06-09 08:00', 60 + 210 + 30],
    ['backwards gives a negative amount', '2025-06-09 09:00', '2025-06-09 08:00', -60],
  ])('measures %s', (_scenario, from, to, minutes) => {
    expect(measureWorkingMinutes(phuYen, atVietnamTime(from), atVietnamTime(to))).toBe(minutes);
  });

  it.each([
    ['270 minutes from the opening end at the morning closing', '2025-06-09 07:30', 270, '2025-06-09 12:00'],
    [
      '271 minutes from the opening end a minute into the afternoon',
      '2025-06-09 07:30',
      271,
      '2025-06-09 13:31',
    ],
    ['60 minutes from Saturday count from Monday', '2025-06-07 10:00', 60, '2025-06-09 08:30'],
    ['0 minutes leave the instant as it is', '2025-06-07 10:00', 0, '2025-06-07 10:00'],
  ])('adds %s', (_scenario, from, minutes, expected) => {
    expect(formatVietnamTime(addWorkingMinutes(phuYen, atVietnamTime(from), minutes))).toBe(expected);
  });

  it('refuses to add negative working time', () => {
    expect(() => addWorkingMinutes(phuYen, atVietnamTime('2025-06-09 09:00'), -5)).toThrow(RangeError);
  });
});
