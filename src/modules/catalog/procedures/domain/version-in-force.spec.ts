import { checkEffectiveFrom, pickVersionInForce, vietnamDateOf } from './version-in-force';

const v = (versionNo: number, effectiveFrom: string | null, status = 'PUBLISHED') => ({
  versionNo,
  status,
  effectiveFrom,
});

describe('version in force', () => {
  const versions = [
    v(1, '2020-01-01'),
    v(2, '2021-07-01'),
    v(3, '2021-07-01'),
    v(4, null, 'DRAFT'),
    v(5, '2030-01-01'),
  ];

  it('is the latest effective on or before the date; a same-day correction wins; drafts never', () => {
    expect(pickVersionInForce(versions, '2019-12-31')).toBeNull();
    expect(pickVersionInForce(versions, '2020-01-01')?.versionNo).toBe(1);
    expect(pickVersionInForce(versions, '2021-06-30')?.versionNo).toBe(1);
    expect(pickVersionInForce(versions, '2021-07-01')?.versionNo).toBe(3);
    expect(pickVersionInForce(versions, '2029-12-31')?.versionNo).toBe(3);
    expect(pickVersionInForce(versions, '2030-01-01')?.versionNo).toBe(5);
  });

  it('reads the date in Vietnam (UTC+7) whatever the machine zone: 17:00 UTC is the next day', () => {
    expect(vietnamDateOf(Date.parse('2021-06-30T16:59:59Z'))).toBe('2021-06-30');
    expect(vietnamDateOf(Date.parse('2021-06-30T17:00:00Z'))).toBe('2021-07-01');
  });

  it('refuses a new version that would take effect in the past or before the one it follows', () => {
    expect(checkEffectiveFrom('2019-01-01', '2026-03-01', null)).toBeNull();
    expect(checkEffectiveFrom('2026-02-28', '2026-03-01', v(1, '2020-01-01'))).toMatch(/đã qua/);
    expect(checkEffectiveFrom('2026-03-01', '2026-03-01', v(1, '2020-01-01'))).toBeNull();
    expect(checkEffectiveFrom('2026-06-01', '2026-03-01', v(2, '2027-01-01'))).toMatch(/trước ngày hiệu lực/);
  });
});
