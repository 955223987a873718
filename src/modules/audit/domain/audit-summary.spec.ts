import { maskIdentifier, sanitiseAuditSummary } from './audit-summary';

describe('audit summaries never hold secrets or full identifiers', () => {
  it('redacts passwords and tokens at any depth and masks ID and phone numbers', () => {
    expect(
      sanitiseAuditSummary({
        username: 'canbo.phuong1',
        password: 'Hue@2026!',
        changes: { newPassword: 'x', refreshToken: 'abc', idNumber: '054200001234', phone: '0905123456' },
      }),
    ).toEqual({
      username: 'canbo.phuong1',
      password: '[redacted]',
      changes: {
        newPassword: '[redacted]',
        refreshToken: '[redacted]',
        idNumber: '*********234',
        phone: '*******456',
      },
    });
  });

  it('keeps only the last three characters of an identifier', () => {
    expect(maskIdentifier('054200001234')).toBe('*********234');
  });
});
