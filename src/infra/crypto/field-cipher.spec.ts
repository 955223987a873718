import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('encryption of personal data at rest', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips a national ID number and never stores it in clear', () => {
    const sealed = cipher.encrypt('054200001234');
    expect(sealed).not.toContain('054200001234');
    expect(cipher.decrypt(sealed)).toBe('054200001234');
  });

  it('uses a fresh IV, so equal values encrypt differently', () => {
    expect(cipher.encrypt('0905123456')).not.toBe(cipher.encrypt('0905123456'));
  });

  it('rejects a tampered value', () => {
    const sealed = cipher.encrypt('0905123456');
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.decrypt(tampered)).toThrow();
  });

  it('gives stable lookup hashes that differ per key', () => {
    expect(cipher.lookupHash('0905123456')).toBe(cipher.lookupHash('0905123456'));
    expect(new FieldCipher(randomBytes(32)).lookupHash('0905123456')).not.toBe(
      cipher.lookupHash('0905123456'),
    );
  });
});
