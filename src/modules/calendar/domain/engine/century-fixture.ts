import { dayOfWeek, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../local-date';
import { type CalendarDefinition, type DayOverride, type OverrideKind } from './calendar-definition';
import { PHU_YEN_OFFICE_HOURS } from './test-fixtures';

// Test data only.

function day(date: string, kind: OverrideKind, name: string): DayOverride {
  return { date, kind, name, source: 'synthetic' };
}

// A synthetic century for property tests: weekends, four fixed holidays a year (a weekend one gives
// the next Monday off), a make-up Saturday each October, provisional days off from 2090, and an
// office-hours change in 2050 to three periods of the same 480-minute total.
export function buildCenturyDefinition(): CalendarDefinition {
  const overrides: DayOverride[] = [];
  for (let year = 2000; year <= 2100; year++) {
    for (const monthDay of ['01-01', '04-30', '05-01', '09-02']) {
      const dayNumber = toDayNumber(parseIsoDate(`${year}-${monthDay}`)!);
      const weekday = dayOfWeek(dayNumber);
      overrides.push(day(formatIsoDate(fromDayNumber(dayNumber)), 'HOLIDAY', `Holiday ${monthDay}`));
      if (weekday === 0 || weekday === 6) {
        const monday = dayNumber + (weekday === 6 ? 2 : 1);
        overrides.push(day(formatIsoDate(fromDayNumber(monday)), 'COMPENSATORY_DAY_OFF', `Bù ${monthDay}`));
      }
    }
    const firstOfOctober = toDayNumber({ year, month: 10, day: 1 });
    const saturday = firstOfOctober + ((6 - dayOfWeek(firstOfOctober) + 7) % 7);
    overrides.push(day(formatIsoDate(fromDayNumber(saturday)), 'MAKEUP_WORKDAY', 'Làm bù'));
    overrides.push(day(formatIsoDate(fromDayNumber(saturday + 6)), 'DAY_OFF', 'Nghỉ hoán đổi'));
    if (year >= 2090) {
      overrides.push({ ...day(`${year}-02-10`, 'DAY_OFF', 'Proposed'), provisional: true });
    }
  }
  const unique = new Map(overrides.map((override) => [override.date, override]));
  return {
    firstDate: '2000-01-01',
    lastDate: '2100-12-31',
    overrides: [...unique.values()],
    officeHours: [
      { ...PHU_YEN_OFFICE_HOURS[0], validTo: '2049-12-31' },
      {
        validFrom: '2050-01-01',
        periods: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '15:00' },
          { start: '15:30', end: '17:30' },
        ],
      },
    ],
  };
}
