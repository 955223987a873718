import { formatDate, formatDateTime, formatIsoDate, formatPlaceDate, formatTime } from './vietnam-time';

// 06:30 on 5 March 2020 in Vietnam is still 4 March in UTC and in Los Angeles, the zone the
// test setup gives the machine: every date below must be the Vietnamese one.
const EARLY_MORNING = Date.parse('2020-03-05T06:30:00+07:00');

describe('Vietnam time on forms', () => {
  it('runs in a foreign machine zone, so the checks below mean something', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Asia/Ho_Chi_Minh');
    expect(new Date(EARLY_MORNING).getDate()).not.toBe(5);
  });

  it('prints an early-morning receipt with the Vietnamese date, not the UTC or machine date', () => {
    expect(formatDate(EARLY_MORNING)).toBe('05/03/2020');
    expect(formatTime(EARLY_MORNING)).toBe('06 giờ 30 phút');
    expect(formatDateTime(EARLY_MORNING)).toBe('06 giờ 30 phút, ngày 05/03/2020');
    expect(formatIsoDate(EARLY_MORNING)).toBe('2020-03-05');
  });

  it('prints a late-evening time in 24-hour form', () => {
    expect(formatDateTime(Date.parse('2020-12-31T16:59:00Z'))).toBe('23 giờ 59 phút, ngày 31/12/2020');
  });

  it('writes the place-date line as Decree 30/2020 does: leading zero for days below 10 and months 1-2', () => {
    expect(formatPlaceDate('Tuy Hòa', Date.parse('2020-02-05T09:00:00+07:00'))).toBe(
      'Tuy Hòa, ngày 05 tháng 02 năm 2020',
    );
    expect(formatPlaceDate('Tuy Hòa', Date.parse('2020-03-15T09:00:00+07:00'))).toBe(
      'Tuy Hòa, ngày 15 tháng 3 năm 2020',
    );
  });

  it('refuses an instant that is not a number', () => {
    expect(() => formatDate(Number.NaN)).toThrow(expect.objectContaining({ code: 'form-input-invalid' }));
  });
});
