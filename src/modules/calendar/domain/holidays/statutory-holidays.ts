// The public holidays (ngày nghỉ lễ, tết) of a year under the Labour Code in force that year, with
// the days given back for those that fall on a weekend. Tết and the second National Day day are
// placed by the proposal rules of ./tet-placement.ts and ./national-day.ts: the law leaves them to
// the Prime Minister, so for a year with an official decision the decision wins.
import { formatIsoDate, fromDayNumber, type IsoDate, toDayNumber } from '../local-date';
import { convertLunarToSolar } from '../lunar';
import { assignCompensatoryDays } from './compensatory-days';
import { type HolidayPoint, selectLabourCode } from './labour-code';
import { chooseNationalDayAdjacentDay } from './national-day';
import { describeTetDay, placeTetHolidays } from './tet-placement';

export type StatutoryHolidayKind = 'HOLIDAY' | 'COMPENSATORY_DAY_OFF';

export interface StatutoryHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly kind: StatutoryHolidayKind;
  readonly legalBasis: string;
}

interface PlacedHoliday {
  readonly dayNumber: number;
  readonly name: string;
  readonly point: HolidayPoint;
}

function findHungKingsDay(year: number): number {
  const hungKings = convertLunarToSolar({ day: 10, month: 3, year, leap: false });
  if (!hungKings) {
    throw new RangeError(`No 10/3 lunar in ${year}`);
  }
  return toDayNumber(hungKings);
}

function placeHolidays(year: number, nationalDayLength: 1 | 2): PlacedHoliday[] {
  const onSolarDate = (month: number, day: number): number => toDayNumber({ year, month, day });
  const holidays: PlacedHoliday[] = [
    { dayNumber: onSolarDate(1, 1), name: 'Tết Dương lịch', point: 'a' },
    ...placeTetHolidays(year).map((dayNumber) => ({
      dayNumber,
      name: `Tết Nguyên Đán (${describeTetDay(dayNumber)})`,
      point: 'b' as const,
    })),
    { dayNumber: findHungKingsDay(year), name: 'Giỗ Tổ Hùng Vương', point: 'e' },
    { dayNumber: onSolarDate(4, 30), name: 'Ngày Chiến thắng', point: 'c' },
    { dayNumber: onSolarDate(5, 1), name: 'Ngày Quốc tế Lao động', point: 'd' },
    { dayNumber: onSolarDate(9, 2), name: 'Quốc khánh', point: 'đ' },
  ];
  if (nationalDayLength === 2) {
    holidays.push({
      dayNumber: chooseNationalDayAdjacentDay(year),
      name: 'Quốc khánh (ngày liền kề)',
      point: 'đ',
    });
  }
  return holidays;
}

// Holidays and days given back, in date order. Throws a RangeError outside 2014–2100.
export function listStatutoryHolidays(year: number): StatutoryHoliday[] {
  const labourCode = selectLabourCode(year);
  const holidays = placeHolidays(year, labourCode.nationalDayLength);
  const entries = [
    ...holidays.map((holiday) => ({
      dayNumber: holiday.dayNumber,
      name: holiday.name,
      kind: 'HOLIDAY' as const,
      legalBasis: labourCode.citeHoliday(holiday.point),
    })),
    ...assignCompensatoryDays(holidays).map((dayOff) => ({
      dayNumber: dayOff.dayNumber,
      name: dayOff.name,
      kind: 'COMPENSATORY_DAY_OFF' as const,
      legalBasis: labourCode.weekendCompensationBasis,
    })),
  ];
  return entries
    .sort((left, right) => left.dayNumber - right.dayNumber)
    .map(({ dayNumber, ...entry }) => ({ date: formatIsoDate(fromDayNumber(dayNumber)), ...entry }));
}
