import fc from 'fast-check';
import {
  fitSms,
  formatNoticeTime,
  gsmSeptets,
  lookupUrl,
  redactPersonalNumbers,
  SMS_MAX_SEPTETS,
  toGsmText,
  toUnaccented,
} from './notice-format';

describe('notice formatting', () => {
  it('prints instants as dd/MM/yyyy HH:mm in Vietnamese time, whatever the offset written', () => {
    expect(formatNoticeTime('2025-01-24T09:00:00.000Z')).toBe('24/01/2025 16:00');
    expect(formatNoticeTime('2025-01-24T16:00:00+07:00')).toBe('24/01/2025 16:00');
    // 23:30 UTC on 31 December is already New Year's Day in Vietnam.
    expect(formatNoticeTime('2024-12-31T23:30:00Z')).toBe('01/01/2025 06:30');
    expect(() => formatNoticeTime('24/01/2025')).toThrow(RangeError);
  });

  it('links to the public lookup page with the code escaped', () => {
    expect(lookupUrl('https://dvc.example', '000.21.30.H55-250120-0007')).toBe(
      'https://dvc.example/tra-cuu?code=000.21.30.H55-250120-0007',
    );
    expect(lookupUrl('https://dvc.example', 'A B&C')).toBe('https://dvc.example/tra-cuu?code=A%20B%26C');
  });

  it('writes Vietnamese without diacritics for SMS, đ included', () => {
    expect(toUnaccented('Hồ sơ đã được tiếp nhận. Đăng ký khai sinh')).toBe(
      'Ho so da duoc tiep nhan. Dang ky khai sinh',
    );
    expect(toGsmText('Phiếu “xin lỗi” — 1 ngày')).toBe('Phieu ?xin loi? ? 1 ngay');
  });

  it('masks runs of 9+ digits (ID card, phone) but not dossier codes or dates', () => {
    expect(redactPersonalNumbers('CCCD 054200001234, ĐT 0905.123.456')).toBe('CCCD ***34, ĐT ***56');
    expect(redactPersonalNumbers('Hồ sơ 000.21.30.H55-250120-0007 ngày 24/01/2025')).toBe(
      'Hồ sơ 000.21.30.H55-250120-0007 ngày 24/01/2025',
    );
  });

  it('fits any sentence and link into one SMS part', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.webUrl()), (sentence, link) => {
        const sms = fitSms(sentence, link);
        expect(gsmSeptets(sms)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
      }),
    );
  });

  it('drops the link before cutting the sentence', () => {
    const sentence = 'Ho so da co ket qua. '.repeat(6).trim();
    expect(fitSms(sentence, `Tra cuu: https://x.example/${'a'.repeat(40)}`)).toBe(sentence);
  });
});
