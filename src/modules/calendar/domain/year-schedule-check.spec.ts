import { checkYearSchedule } from './year-schedule-check';

describe('checking an official year schedule', () => {
  it('accepts the 2025 swap: Friday 2/5 off, Saturday 26/4 worked', () => {
    expect(
      checkYearSchedule(2025, [
        { date: '2025-04-26', kind: 'MAKEUP_WORKDAY', name: 'Làm bù' },
        { date: '2025-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng' },
        { date: '2025-05-02', kind: 'DAY_OFF', name: 'Nghỉ hoán đổi' },
      ]),
    ).toEqual([]);
  });

  it('accepts a holiday on a Sunday (1/1/2023) with its compensatory Monday', () => {
    expect(
      checkYearSchedule(2023, [
        { date: '2023-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' },
        { date: '2023-01-02', kind: 'COMPENSATORY_DAY_OFF', name: 'Nghỉ bù Tết Dương lịch' },
      ]),
    ).toEqual([]);
  });

  it('names each wrong day by its field', () => {
    const errors = checkYearSchedule(2025, [
      { date: '2026-01-01', kind: 'HOLIDAY', name: 'Năm sau' },
      { date: '2025-02-30', kind: 'HOLIDAY', name: 'Không có' },
      { date: '2025-05-02', kind: 'MAKEUP_WORKDAY', name: 'Thứ Sáu làm bù' },
      { date: '2025-05-03', kind: 'DAY_OFF', name: 'Thứ Bảy nghỉ' },
      { date: '2025-05-03', kind: 'HOLIDAY', name: 'Lặp lại' },
    ]);
    expect(errors.map((error) => error.field)).toEqual([
      'days[0].date',
      'days[1].date',
      'days[2].date',
      'days[3].date',
      'days[4].date',
    ]);
    expect(errors[4].message).toContain('hai lần');
  });
});
