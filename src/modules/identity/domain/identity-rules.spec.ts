import { classifyLogin, normaliseIdNumber, normalisePhone } from './contact-formats';
import {
  isLockedOut,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  recordFailedLogin,
  SUCCESSFUL_LOGIN,
} from './login-lockout';
import { findPasswordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts a long password mixing three kinds of characters', () => {
    expect(findPasswordProblems('Hoa-sen-2026', ['canbo.tuyhoa'])).toEqual([]);
  });

  it.each([
    ['too short', 'Ab1!', /ít nhất 10 ký tự/],
    ['only lower case and digits', 'motcua20261', /3 trong 4 loại/],
    ['common', 'Password123', /phổ biến/],
  ])('refuses a password that is %s', (_name, password, message) => {
    expect(findPasswordProblems(password).join(' ')).toMatch(message);
  });

  it('refuses a password containing the username', () => {
    expect(findPasswordProblems('Canbo.Tuyhoa#9', ['canbo.tuyhoa']).join(' ')).toMatch(/tên đăng nhập/);
  });
});

describe('temporary lockout after repeated failures', () => {
  const now = new Date('2026-03-02T01:00:00Z');

  it(`locks the account for ${LOCKOUT_MINUTES} minutes at the ${MAX_FAILED_LOGINS}th failure`, () => {
    let state = SUCCESSFUL_LOGIN;
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt += 1) {
      state = recordFailedLogin(state, now);
      expect(isLockedOut(state, now)).toBe(false);
    }
    state = recordFailedLogin(state, now);
    expect(isLockedOut(state, now)).toBe(true);
    expect(isLockedOut(state, new Date(now.getTime() + LOCKOUT_MINUTES * 60_000 + 1))).toBe(false);
  });
});

describe('sign-in identifiers', () => {
  it.each([
    ['0905 123 456', { kind: 'phone', value: '0905123456' }],
    ['+84905123456', { kind: 'phone', value: '0905123456' }],
    ['Nguyen.An@Example.vn', { kind: 'email', value: 'nguyen.an@example.vn' }],
    ['CanBo.TuyHoa', { kind: 'username', value: 'canbo.tuyhoa' }],
    ['12', null],
  ])('reads %s', (input, expected) => {
    expect(classifyLogin(input)).toEqual(expected);
  });

  it('normalises phone and ID numbers', () => {
    expect(normalisePhone('090-512-3456')).toBe('0905123456');
    expect(normalisePhone('12345')).toBeNull();
    expect(normaliseIdNumber('054 200 001 234')).toBe('054200001234');
    expect(normaliseIdNumber('05420000123')).toBeNull();
  });
});
