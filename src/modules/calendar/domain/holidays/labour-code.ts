// Which Labour Code governs a year's public holidays, and the articles to cite.
// - Labour Code 2012 (Bộ luật Lao động số 10/2012/QH13), in force 1 May 2013 to 31 December 2020:
//   art. 115.1 lists the holidays (National Day one day), art. 115.3 moves a holiday that falls on
//   the weekly rest day to the next day.
// - Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), in force from 1 January 2021:
//   art. 112.1 lists them (National Day two days: 2/9 and one adjacent day), art. 112.3 lets the
//   Prime Minister fix the Tết and National Day days each year, art. 111.3 gives the weekly rest
//   day that coincides with a holiday back on the next working day.
// 2013 itself straddles the Labour Code 1994 (4 Tết days, until 30 April 2013): years start at 2014.
// The end follows the lunar calendar's range (../lunar).

export const FIRST_HOLIDAY_YEAR = 2014;
export const LAST_HOLIDAY_YEAR = 2100;

export type HolidayPoint = 'a' | 'b' | 'c' | 'd' | 'đ' | 'e';

export interface LabourCodeRules {
  readonly name: string;
  readonly nationalDayLength: 1 | 2;
  citeHoliday(point: HolidayPoint): string;
  readonly weekendCompensationBasis: string;
}

const LABOUR_CODE_2012: LabourCodeRules = {
  name: 'Bộ luật Lao động 2012',
  nationalDayLength: 1,
  citeHoliday: (point) => `Bộ luật Lao động 2012, Điều 115 khoản 1 điểm ${point}`,
  weekendCompensationBasis: 'Bộ luật Lao động 2012, Điều 115 khoản 3',
};

const LABOUR_CODE_2019: LabourCodeRules = {
  name: 'Bộ luật Lao động 2019',
  nationalDayLength: 2,
  citeHoliday: (point) => `Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ${point}`,
  weekendCompensationBasis: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
};

export function selectLabourCode(year: number): LabourCodeRules {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(
      `Public holidays are modelled for ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}, not ${year}`,
    );
  }
  return year >= 2021 ? LABOUR_CODE_2019 : LABOUR_CODE_2012;
}
