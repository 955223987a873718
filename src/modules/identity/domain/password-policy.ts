// Password rules for staff and citizens (OWASP ASVS 2.1: length first, no composition theatre
// beyond a minimal mix, no obvious passwords).
const MIN_LENGTH = 10;
const MAX_LENGTH = 128;
const COMMON = new Set([
  'password123',
  '1234567890',
  '12345678910',
  'matkhau123',
  'motcua2026',
  'qwertyuiop',
  'abc1234567',
  'admin12345',
]);

export function findPasswordProblems(password: string, identifiers: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (password.length < MIN_LENGTH) {
    problems.push(`Mật khẩu phải có ít nhất ${MIN_LENGTH} ký tự.`);
  }
  if (password.length > MAX_LENGTH) {
    problems.push(`Mật khẩu không được dài quá ${MAX_LENGTH} ký tự.`);
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  if (classes < 3) {
    problems.push('Mật khẩu phải có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.');
  }
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) {
    problems.push('Mật khẩu quá phổ biến, dễ bị đoán.');
  }
  if (
    identifiers.some((identifier) => identifier.length >= 4 && lowered.includes(identifier.toLowerCase()))
  ) {
    problems.push('Mật khẩu không được chứa tên đăng nhập, số điện thoại hoặc e-mail.');
  }
  return problems;
}
