import {
  dayOfWeek,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from '../local-date';
import {
  type CalendarDefinition,
  type DayOverride,
  type OfficeHoursRule,
  type OverrideKind,
} from './calendar-definition';

// Test data only. The Phú Yên civil-servant calendar 2020–2026 as domain.md's schedule table gives
// it (days off of each official schedule, make-up Saturdays), and both office-hours rules.

const SOURCE = 'domain.md, official civil-servant schedule';

export const PHU_YEN_OFFICE_HOURS: readonly OfficeHoursRule[] = [
  {
    validFrom: '2000-01-01',
    validTo: '2021-10-31',
    periods: [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
  },
  {
    validFrom: '2021-11-01',
    periods: [
      { start: '07:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ],
  },
];

function day(date: IsoDate, kind: OverrideKind, name: string): DayOverride {
  return { date, kind, name, source: SOURCE };
}

// Every weekday of [from, to] as `kind`; weekends in the range stay weekends.
function weekdays(from: IsoDate, to: IsoDate, kind: OverrideKind, name: string): DayOverride[] {
  const overrides: DayOverride[] = [];
  for (
    let dayNumber = toDayNumber(parseIsoDate(from)!);
    dayNumber <= toDayNumber(parseIsoDate(to)!);
    dayNumber++
  ) {
    if (dayOfWeek(dayNumber) !== 0 && dayOfWeek(dayNumber) !== 6) {
      overrides.push(day(formatIsoDate(fromDayNumber(dayNumber)), kind, name));
    }
  }
  return overrides;
}

const TET = 'Tết Nguyên Đán';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương';
const REUNIFICATION = 'Ngày Chiến thắng 30/4';
const LABOUR_DAY = 'Ngày Quốc tế Lao động 1/5';
const NATIONAL_DAY = 'Quốc khánh 2/9';
const NEW_YEAR = 'Tết Dương lịch';

export const PHU_YEN_OVERRIDES_2020_2026: readonly DayOverride[] = [
  // 2020 (Labour Code 2012: only 2/9 for National Day). Hùng Kings 10/3 lunar = 2/4/2020.
  day('2020-01-01', 'HOLIDAY', NEW_YEAR),
  ...weekdays('2020-01-23', '2020-01-29', 'HOLIDAY', TET),
  day('2020-04-02', 'HOLIDAY', HUNG_KINGS),
  day('2020-04-30', 'HOLIDAY', REUNIFICATION),
  day('2020-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2020-09-02', 'HOLIDAY', NATIONAL_DAY),
  // 2021
  day('2021-01-01', 'HOLIDAY', NEW_YEAR),
  ...weekdays('2021-02-10', '2021-02-16', 'HOLIDAY', TET),
  day('2021-04-21', 'HOLIDAY', HUNG_KINGS),
  day('2021-04-30', 'HOLIDAY', REUNIFICATION),
  day('2021-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2021-05-03', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${LABOUR_DAY}`),
  ...weekdays('2021-09-02', '2021-09-03', 'HOLIDAY', NATIONAL_DAY),
  // 2022. 1/1 on a Saturday: Labour Code 2019 art. 111(3) gives Monday 3/1 (not in domain.md's table).
  day('2022-01-01', 'HOLIDAY', NEW_YEAR),
  day('2022-01-03', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${NEW_YEAR}`),
  ...weekdays('2022-01-31', '2022-02-04', 'HOLIDAY', TET),
  day('2022-04-10', 'HOLIDAY', HUNG_KINGS),
  day('2022-04-11', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${HUNG_KINGS}`),
  day('2022-04-30', 'HOLIDAY', REUNIFICATION),
  day('2022-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2022-05-02', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${REUNIFICATION}`),
  day('2022-05-03', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${LABOUR_DAY}`),
  ...weekdays('2022-09-01', '2022-09-02', 'HOLIDAY', NATIONAL_DAY),
  // 2023
  day('2023-01-01', 'HOLIDAY', NEW_YEAR),
  day('2023-01-02', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${NEW_YEAR}`),
  ...weekdays('2023-01-20', '2023-01-26', 'HOLIDAY', TET),
  day('2023-04-29', 'HOLIDAY', HUNG_KINGS),
  day('2023-04-30', 'HOLIDAY', REUNIFICATION),
  day('2023-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2023-05-02', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${HUNG_KINGS}`),
  day('2023-05-03', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${REUNIFICATION}`),
  day('2023-09-01', 'HOLIDAY', NATIONAL_DAY),
  day('2023-09-02', 'HOLIDAY', NATIONAL_DAY),
  day('2023-09-04', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${NATIONAL_DAY}`),
  // 2024
  day('2024-01-01', 'HOLIDAY', NEW_YEAR),
  ...weekdays('2024-02-08', '2024-02-14', 'HOLIDAY', TET),
  day('2024-04-18', 'HOLIDAY', HUNG_KINGS),
  day('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'),
  day('2024-04-30', 'HOLIDAY', REUNIFICATION),
  day('2024-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2024-05-04', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Hai 29/4'),
  ...weekdays('2024-09-02', '2024-09-03', 'HOLIDAY', NATIONAL_DAY),
  // 2025
  day('2025-01-01', 'HOLIDAY', NEW_YEAR),
  ...weekdays('2025-01-27', '2025-01-31', 'HOLIDAY', TET),
  day('2025-04-07', 'HOLIDAY', HUNG_KINGS),
  day('2025-04-26', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Sáu 02/5'),
  day('2025-04-30', 'HOLIDAY', REUNIFICATION),
  day('2025-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'),
  ...weekdays('2025-09-01', '2025-09-02', 'HOLIDAY', NATIONAL_DAY),
  // 2026
  day('2026-01-01', 'HOLIDAY', NEW_YEAR),
  day('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1)'),
  day('2026-01-10', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Sáu 02/1'),
  ...weekdays('2026-02-16', '2026-02-20', 'HOLIDAY', TET),
  day('2026-04-26', 'HOLIDAY', HUNG_KINGS),
  day('2026-04-27', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${HUNG_KINGS}`),
  day('2026-04-30', 'HOLIDAY', REUNIFICATION),
  day('2026-05-01', 'HOLIDAY', LABOUR_DAY),
  day('2026-08-22', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Hai 31/8'),
  day('2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)'),
  ...weekdays('2026-09-01', '2026-09-02', 'HOLIDAY', NATIONAL_DAY),
];

// Tết (first lunar day) 2027–2030 per domain.md, for proposed years.
const PROPOSED_TET: Readonly<Record<number, IsoDate>> = {
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

// A rough, provisional proposal for a year without an official schedule: the five Tết days from
// the eve, the fixed solar holidays, each weekday only (no compensatory days, no Hùng Kings day,
// which needs the lunar calendar). The holidays module makes the real proposal; this only gives
// tests and the benchmark a realistic density of provisional days off.
export function proposeYearOverrides(year: number): DayOverride[] {
  const tet = toDayNumber(parseIsoDate(PROPOSED_TET[year])!);
  const dates = [-1, 0, 1, 2, 3].map((offset) => ({ dayNumber: tet + offset, name: TET }));
  for (const [monthDay, name] of [
    ['01-01', NEW_YEAR],
    ['04-30', REUNIFICATION],
    ['05-01', LABOUR_DAY],
    ['09-02', NATIONAL_DAY],
    ['09-03', NATIONAL_DAY],
  ] as const) {
    dates.push({ dayNumber: toDayNumber(parseIsoDate(`${year}-${monthDay}`)!), name });
  }
  return dates
    .filter(({ dayNumber }) => dayOfWeek(dayNumber) !== 0 && dayOfWeek(dayNumber) !== 6)
    .map(({ dayNumber, name }) => ({
      date: formatIsoDate(fromDayNumber(dayNumber)),
      kind: 'HOLIDAY' as const,
      name,
      source: 'proposed by the calendar',
      provisional: true,
    }));
}

// Phú Yên 2020–2026 official; through `lastDate` up to 2030, later years are provisional proposals.
export function buildPhuYenDefinition(lastDate: IsoDate = '2026-12-31'): CalendarDefinition {
  const lastYear = Number(lastDate.slice(0, 4));
  const proposed: DayOverride[] = [];
  for (let year = 2027; year <= Math.min(lastYear, 2030); year++) {
    proposed.push(...proposeYearOverrides(year));
  }
  return {
    firstDate: '2020-01-01',
    lastDate,
    overrides: [...PHU_YEN_OVERRIDES_2020_2026, ...proposed],
    officeHours: PHU_YEN_OFFICE_HOURS,
  };
}

// Epoch ms of a Vietnamese local time 'YYYY-MM-DD HH:mm' (UTC+7), for readable test tables.
export function atVietnamTime(text: string): number {
  return Date.parse(`${text.replace(' ', 'T')}:00+07:00`);
}

export function formatVietnamTime(instantMs: number): string {
  return new Date(instantMs + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ').replace(/:00$/, '');
}
