import { Injectable } from '@nestjs/common';
import { invalidCalendarInput, lunarDateNotFound } from '../calendar.errors';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '../domain/calendar-range';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../domain/local-date';
import { convertLunarToSolar, convertSolarToLunar, type LunarDate } from '../domain/lunar';

// Solar ↔ lunar dates at UTC+7 (./domain/lunar, from Meeus), for the lunar years 1900–2100.
@Injectable()
export class LunarConversionService {
  convertToLunar(date: IsoDate): LunarDate {
    const civil = parseIsoDate(date);
    if (!civil) {
      throw invalidCalendarInput([{ field: 'date', message: 'date phải là ngày hợp lệ YYYY-MM-DD' }]);
    }
    try {
      return convertSolarToLunar(civil);
    } catch (error) {
      if (error instanceof RangeError) {
        throw invalidCalendarInput([
          {
            field: 'date',
            message: `date phải thuộc các năm âm lịch ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}`,
          },
        ]);
      }
      throw error;
    }
  }

  // A leap month exists only in some years, and a month has 29 or 30 days: such a date is a 400.
  convertToSolar(lunar: LunarDate): IsoDate {
    if (!(lunar.year >= LUNAR_FIRST_YEAR && lunar.year <= LUNAR_LAST_YEAR)) {
      throw invalidCalendarInput([
        { field: 'lunarYear', message: `lunarYear phải từ ${LUNAR_FIRST_YEAR} đến ${LUNAR_LAST_YEAR}` },
      ]);
    }
    const solar = convertLunarToSolar(lunar);
    if (!solar) {
      const leap = lunar.leap ? ' nhuận' : '';
      throw lunarDateNotFound(
        `Năm âm lịch ${lunar.year} không có ngày ${lunar.day} tháng ${lunar.month}${leap}.`,
      );
    }
    return formatIsoDate(solar);
  }
}
