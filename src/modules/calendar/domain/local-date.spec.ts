import {
  dayOfWeek,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  vietnamDayNumberOf,
  vietnamInstantOf,
} from './local-date';

describe('local dates at UTC+7', () => {
  it('round-trips day numbers and ISO text', () => {
    const tet2025 = parseIsoDate('2025-01-29');
    expect(tet2025).toEqual({ year: 2025, month: 1, day: 29 });
    expect(formatIsoDate(fromDayNumber(toDayNumber(tet2025!)))).toBe('2025-01-29');
  });

  it('rejects impossible dates such as 30 February', () => {
    expect(parseIsoDate('2025-02-30')).toBeNull();
    expect(parseIsoDate('2025-2-3')).toBeNull();
  });

  it('knows that 1 January 2026 is a Thursday', () => {
    expect(dayOfWeek(toDayNumber({ year: 2026, month: 1, day: 1 }))).toBe(4);
  });

  it('places 23:30 UTC on the next Vietnamese day', () => {
    const instant = Date.parse('2025-01-28T23:30:00Z');
    expect(formatIsoDate(fromDayNumber(vietnamDayNumberOf(instant)))).toBe('2025-01-29');
    expect(
      new Date(vietnamInstantOf(toDayNumber({ year: 2025, month: 1, day: 29 }), 7 * 60 + 30)).toISOString(),
    ).toBe('2025-01-29T00:30:00.000Z');
  });
});
