// Vietnamese mobile and landline numbers: 10 digits starting with 0, or +84 / 84 followed by
// the number without its leading 0. Normalised to the 0-prefixed form.
const PHONE = /^(?:\+?84|0)(\d{9})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[a-z][a-z0-9._-]{2,63}$/;

export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  const match = PHONE.exec(digits);
  return match ? `0${match[1]}` : null;
}

export function normaliseEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}

// Staff usernames start with a letter, so a login is never both a username and a phone number.
export function normaliseUsername(input: string): string | null {
  const username = input.trim().toLowerCase();
  return USERNAME.test(username) ? username : null;
}

export type LoginIdentifier =
  { kind: 'username'; value: string } | { kind: 'phone'; value: string } | { kind: 'email'; value: string };

export function classifyLogin(input: string): LoginIdentifier | null {
  const email = input.includes('@') ? normaliseEmail(input) : null;
  if (email) {
    return { kind: 'email', value: email };
  }
  const phone = normalisePhone(input);
  if (phone) {
    return { kind: 'phone', value: phone };
  }
  const username = normaliseUsername(input);
  return username ? { kind: 'username', value: username } : null;
}

// Vietnamese citizen ID (CCCD, 12 digits) or the old ID card (CMND, 9 digits).
export function normaliseIdNumber(input: string): string | null {
  const digits = input.replace(/\s/g, '');
  return /^(\d{12}|\d{9})$/.test(digits) ? digits : null;
}
