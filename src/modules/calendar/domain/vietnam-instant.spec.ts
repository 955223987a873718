import { formatVietnamInstant, parseInstant } from './vietnam-instant';

describe('instants as Vietnamese legal time', () => {
  it.each([
    ['2025-01-24T16:00:00+07:00', Date.UTC(2025, 0, 24, 9, 0)],
    ['2025-01-24T16:00+07:00', Date.UTC(2025, 0, 24, 9, 0)],
    ['2025-01-24T09:00:00Z', Date.UTC(2025, 0, 24, 9, 0)],
    ['2025-01-24T01:00:00.5-08:00', Date.UTC(2025, 0, 24, 9, 0, 0, 500)],
    ['2024-02-29T23:59:59.999+07:00', Date.UTC(2024, 1, 29, 16, 59, 59, 999)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    ['no offset', '2025-01-24T16:00:00'],
    ['a date only', '2025-01-24'],
    ['an impossible date', '2025-02-30T08:00:00+07:00'],
    ['hour 24', '2025-01-24T24:00:00+07:00'],
    ['minute 60', '2025-01-24T10:60:00+07:00'],
    ['an offset beyond ±14:00', '2025-01-24T10:00:00+15:00'],
    ['words', 'tomorrow'],
  ])('refuses %s', (_what, text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('writes instants with the +07:00 offset whatever the machine zone', () => {
    expect(formatVietnamInstant(Date.UTC(2025, 1, 5, 9, 0))).toBe('2025-02-05T16:00:00+07:00');
    expect(formatVietnamInstant(Date.UTC(2025, 1, 3, 16, 59, 59, 999))).toBe('2025-02-03T23:59:59.999+07:00');
    expect(formatVietnamInstant(Date.UTC(2024, 11, 31, 17, 0))).toBe('2025-01-01T00:00:00+07:00');
  });

  it('round-trips', () => {
    const instant = Date.UTC(2026, 1, 13, 9, 30);
    expect(parseInstant(formatVietnamInstant(instant))).toBe(instant);
  });
});
