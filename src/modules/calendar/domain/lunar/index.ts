// The Vietnamese lunar calendar (âm lịch) at UTC+7, computed from the astronomy of Meeus.
export {
  convertLunarToSolar,
  convertSolarToLunar,
  listLunarMonths,
  type LunarDate,
  type LunarMonth,
} from './lunar-date';
