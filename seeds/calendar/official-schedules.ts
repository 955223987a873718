// The civil-servant schedules 2020–2026 of ../shared/domain.md ("Time"), as administrators would
// enter them. Each day names its basis: the Labour Code article for a holiday fixed by law or a
// day given back for a weekend holiday, the announcing document for the days the Prime Minister
// places (the five Tết days, the second National Day day, swaps and make-up Saturdays).
// A document number is recorded only where it was checked against a published copy (2024);
// otherwise the source says the number is not verified. Weekends inside a break are not stored:
// they are weekends anyway.
import { type ScheduleEntry } from '../../src/modules/calendar/domain/calendar-assembly';
import { type OverrideKind } from '../../src/modules/calendar/domain/engine';
import { describeTetDay } from '../../src/modules/calendar/domain/holidays/tet-placement';
import { parseIsoDate, toDayNumber, type IsoDate } from '../../src/modules/calendar/domain/local-date';

export interface OfficialYearSeed {
  readonly year: number;
  readonly documentNumber: string | null;
  readonly documentDate: IsoDate | null;
  readonly documentTitle: string;
  readonly note: string | null;
  readonly days: readonly ScheduleEntry[];
}

const NEW_YEAR = 'Tết Dương lịch';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const VICTORY = 'Ngày Chiến thắng';
const LABOUR = 'Ngày Quốc tế Lao động';
const NATIONAL = 'Quốc khánh';
const NATIONAL_ADJACENT = 'Quốc khánh (ngày liền kề)';
const TET = 'Tết Nguyên Đán';

const holidayBasis = (year: number) =>
  year <= 2020 ? 'Bộ luật Lao động 2012, Điều 115 khoản 1' : 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const weekendBasis = (year: number) =>
  year <= 2020 ? 'Bộ luật Lao động 2012, Điều 115 khoản 3' : 'Bộ luật Lao động 2019, Điều 111 khoản 3';
const unverified = (year: number) =>
  `Lịch nghỉ lễ, Tết năm ${year} của cán bộ, công chức (theo domain.md; số văn bản chưa xác minh)`;

const day = (date: IsoDate, kind: OverrideKind, name: string, source: string): ScheduleEntry => ({
  date,
  kind,
  name,
  source,
});

// The statutory Tết days, named by their lunar date ('Tết Nguyên Đán (mùng 1 tháng Giêng)').
const tetDays = (dates: readonly IsoDate[], source: string): ScheduleEntry[] =>
  dates.map((date) =>
    day(date, 'HOLIDAY', `${TET} (${describeTetDay(toDayNumber(parseIsoDate(date)!))})`, source),
  );

const givenBack = (date: IsoDate, holiday: string, year: number): ScheduleEntry =>
  day(date, 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${holiday}`, weekendBasis(year));

function year2020(): OfficialYearSeed {
  const law = holidayBasis(2020);
  const announced = unverified(2020);
  return {
    year: 2020,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note: 'Nghỉ Tết từ 23/01 đến hết 29/01/2020; Quốc khánh một ngày (Bộ luật Lao động 2012).',
    days: [
      day('2020-01-01', 'HOLIDAY', NEW_YEAR, law),
      ...tetDays(['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27'], announced),
      givenBack('2020-01-28', TET, 2020),
      givenBack('2020-01-29', TET, 2020),
      day('2020-04-02', 'HOLIDAY', HUNG_KINGS, law),
      day('2020-04-30', 'HOLIDAY', VICTORY, law),
      day('2020-05-01', 'HOLIDAY', LABOUR, law),
      day('2020-09-02', 'HOLIDAY', NATIONAL, law),
    ],
  };
}

function year2021(): OfficialYearSeed {
  const law = holidayBasis(2021);
  const announced = unverified(2021);
  return {
    year: 2021,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note: 'Nghỉ Tết từ 10/02 đến hết 16/02/2021; 1/5 thứ Bảy nghỉ bù thứ Hai 3/5; Quốc khánh 2/9–3/9.',
    days: [
      day('2021-01-01', 'HOLIDAY', NEW_YEAR, law),
      ...tetDays(['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'], announced),
      givenBack('2021-02-15', TET, 2021),
      givenBack('2021-02-16', TET, 2021),
      day('2021-04-21', 'HOLIDAY', HUNG_KINGS, law),
      day('2021-04-30', 'HOLIDAY', VICTORY, law),
      day('2021-05-01', 'HOLIDAY', LABOUR, law),
      givenBack('2021-05-03', LABOUR, 2021),
      day('2021-09-02', 'HOLIDAY', NATIONAL, law),
      day('2021-09-03', 'HOLIDAY', NATIONAL_ADJACENT, announced),
    ],
  };
}

function year2022(): OfficialYearSeed {
  const law = holidayBasis(2022);
  const announced = unverified(2022);
  return {
    year: 2022,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note:
      'Nghỉ Tết từ 29/01 đến hết 06/02/2022 (5 ngày Tết từ thứ Hai 31/01 đến thứ Sáu 04/02). ' +
      '1/1 thứ Bảy nghỉ bù 3/1; Giỗ Tổ Chủ nhật 10/4 nghỉ bù 11/4; 30/4 và 1/5 cuối tuần nghỉ bù 2/5 và 3/5 ' +
      '(3/5 theo Điều 111 khoản 3, domain.md ghi chưa xác nhận); Quốc khánh 1/9–2/9.',
    days: [
      day('2022-01-01', 'HOLIDAY', NEW_YEAR, law),
      givenBack('2022-01-03', NEW_YEAR, 2022),
      ...tetDays(['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'], announced),
      day('2022-04-10', 'HOLIDAY', HUNG_KINGS, law),
      givenBack('2022-04-11', HUNG_KINGS, 2022),
      day('2022-04-30', 'HOLIDAY', VICTORY, law),
      day('2022-05-01', 'HOLIDAY', LABOUR, law),
      givenBack('2022-05-02', VICTORY, 2022),
      givenBack('2022-05-03', LABOUR, 2022),
      day('2022-09-01', 'HOLIDAY', NATIONAL_ADJACENT, announced),
      day('2022-09-02', 'HOLIDAY', NATIONAL, law),
    ],
  };
}

function year2023(): OfficialYearSeed {
  const law = holidayBasis(2023);
  const announced = unverified(2023);
  return {
    year: 2023,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note:
      'Nghỉ Tết từ 20/01 đến hết 26/01/2023 (domain.md ghi ngày chưa xác nhận). 1/1 Chủ nhật nghỉ bù 2/1; ' +
      'Giỗ Tổ thứ Bảy 29/4 và 30/4 Chủ nhật nghỉ bù 2/5, 3/5; Quốc khánh 1/9–2/9, 2/9 thứ Bảy nghỉ bù 4/9.',
    days: [
      day('2023-01-01', 'HOLIDAY', NEW_YEAR, law),
      givenBack('2023-01-02', NEW_YEAR, 2023),
      ...tetDays(['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'], announced),
      givenBack('2023-01-25', TET, 2023),
      givenBack('2023-01-26', TET, 2023),
      day('2023-04-29', 'HOLIDAY', HUNG_KINGS, law),
      day('2023-04-30', 'HOLIDAY', VICTORY, law),
      day('2023-05-01', 'HOLIDAY', LABOUR, law),
      givenBack('2023-05-02', HUNG_KINGS, 2023),
      givenBack('2023-05-03', VICTORY, 2023),
      day('2023-09-01', 'HOLIDAY', NATIONAL_ADJACENT, announced),
      day('2023-09-02', 'HOLIDAY', NATIONAL, law),
      givenBack('2023-09-04', NATIONAL, 2023),
    ],
  };
}

// Tết and National Day 2024: Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 of the Ministry of Labour,
// after Văn phòng Chính phủ letter 8662/VPCP-KGVX ngày 03/11/2023 (both as published by provincial
// government sites). The 29/4 ↔ 4/5 swap came with another document, not verified here.
function year2024(): OfficialYearSeed {
  const law = holidayBasis(2024);
  const notice = 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023';
  const swap = unverified(2024);
  return {
    year: 2024,
    documentNumber: '5015/TB-LĐTBXH',
    documentDate: '2023-11-22',
    documentTitle:
      'Thông báo về việc nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2024 đối với cán bộ, công chức, viên chức và người lao động',
    note:
      'Theo ý kiến Thủ tướng tại Văn bản 8662/VPCP-KGVX ngày 03/11/2023. Nghỉ Tết từ 08/02 đến hết 14/02/2024 ' +
      '(5 ngày Tết và 2 ngày nghỉ bù); Quốc khánh 31/8–3/9. Nghỉ thứ Hai 29/4, làm bù thứ Bảy 4/5: ' +
      'theo domain.md, số văn bản chưa xác minh.',
    days: [
      day('2024-01-01', 'HOLIDAY', NEW_YEAR, law),
      ...tetDays(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'], notice),
      day('2024-02-13', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${TET}`, notice),
      day('2024-02-14', 'COMPENSATORY_DAY_OFF', `Nghỉ bù ${TET}`, notice),
      day('2024-04-18', 'HOLIDAY', HUNG_KINGS, law),
      day('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)', swap),
      day('2024-04-30', 'HOLIDAY', VICTORY, law),
      day('2024-05-01', 'HOLIDAY', LABOUR, law),
      day('2024-05-04', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Hai 29/4', swap),
      day('2024-09-02', 'HOLIDAY', NATIONAL, law),
      day('2024-09-03', 'HOLIDAY', NATIONAL_ADJACENT, notice),
    ],
  };
}

function year2025(): OfficialYearSeed {
  const law = holidayBasis(2025);
  const announced = unverified(2025);
  return {
    year: 2025,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note:
      'Nghỉ Tết từ 25/01 đến hết 02/02/2025 (5 ngày Tết từ thứ Hai 27/01 đến thứ Sáu 31/01); nghỉ 30/4–4/5 ' +
      'với thứ Sáu 2/5 nghỉ hoán đổi, làm bù thứ Bảy 26/4; Quốc khánh 30/8–2/9. Báo chí dẫn Văn bản ' +
      '8726/VPCP-KGVX ngày 26/11/2024 (chưa đối chiếu văn bản gốc).',
    days: [
      day('2025-01-01', 'HOLIDAY', NEW_YEAR, law),
      ...tetDays(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], announced),
      day('2025-04-07', 'HOLIDAY', HUNG_KINGS, law),
      day('2025-04-26', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Sáu 02/5', announced),
      day('2025-04-30', 'HOLIDAY', VICTORY, law),
      day('2025-05-01', 'HOLIDAY', LABOUR, law),
      day('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', announced),
      day('2025-09-01', 'HOLIDAY', NATIONAL_ADJACENT, announced),
      day('2025-09-02', 'HOLIDAY', NATIONAL, law),
    ],
  };
}

function year2026(): OfficialYearSeed {
  const law = holidayBasis(2026);
  const announced = unverified(2026);
  return {
    year: 2026,
    documentNumber: null,
    documentDate: null,
    documentTitle: announced,
    note:
      'Nghỉ 1/1–4/1 với thứ Sáu 2/1 nghỉ hoán đổi, làm bù thứ Bảy 10/1; Tết từ 14/02 đến hết 22/02/2026 ' +
      '(5 ngày Tết từ thứ Hai 16/02 đến thứ Sáu 20/02); Giỗ Tổ Chủ nhật 26/4 nghỉ bù 27/4; nghỉ 30/4–3/5; ' +
      'Quốc khánh 29/8–2/9 với thứ Hai 31/8 nghỉ hoán đổi, làm bù thứ Bảy 22/8.',
    days: [
      day('2026-01-01', 'HOLIDAY', NEW_YEAR, law),
      day('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)', announced),
      day('2026-01-10', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Sáu 02/01', announced),
      ...tetDays(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], announced),
      day('2026-04-26', 'HOLIDAY', HUNG_KINGS, law),
      givenBack('2026-04-27', HUNG_KINGS, 2026),
      day('2026-04-30', 'HOLIDAY', VICTORY, law),
      day('2026-05-01', 'HOLIDAY', LABOUR, law),
      day('2026-08-22', 'MAKEUP_WORKDAY', 'Làm bù cho thứ Hai 31/8', announced),
      day('2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)', announced),
      day('2026-09-01', 'HOLIDAY', NATIONAL_ADJACENT, announced),
      day('2026-09-02', 'HOLIDAY', NATIONAL, law),
    ],
  };
}

export const OFFICIAL_SCHEDULES: readonly OfficialYearSeed[] = [
  year2020(),
  year2021(),
  year2022(),
  year2023(),
  year2024(),
  year2025(),
  year2026(),
];
