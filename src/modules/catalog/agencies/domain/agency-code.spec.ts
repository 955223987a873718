import {
  childIdentifier,
  formatDecision20Code,
  formatQcvnCode,
  isDirectlyBelow,
  level1Identifier,
  parseQcvnCode,
  toDecision20Code,
} from './agency-code';

describe('agency identifiers (QCVN 102:2016 and Decision 20/2020)', () => {
  it.each([
    ['000.00.00.H55', 'H55', []],
    ['000.00.31.H55', 'H55.31', [31]],
    ['000.05.31.H55', 'H55.31.05', [31, 5]],
    ['900.05.31.H55', 'H55.31.05.900', [31, 5, 900]],
  ])('%s is written %s level 1 first', (qcvn, decision20, path) => {
    const identifier = parseQcvnCode(qcvn);
    expect(identifier).toEqual({ root: 'H55', path });
    expect(formatQcvnCode(identifier!)).toBe(qcvn);
    expect(formatDecision20Code(identifier!)).toBe(decision20);
    expect(toDecision20Code(qcvn)).toBe(decision20);
  });

  it.each([
    '000.05.00.H55',
    '001.00.31.H55',
    '00.00.00.H55',
    '000.00.00.55',
    '000.00.00.h55',
    ' 000.00.00.H55',
  ])('refuses %j', (text) => {
    expect(parseQcvnCode(text)).toBeNull();
    expect(toDecision20Code(text)).toBeNull();
  });

  it('numbers a child directly below its parent, and only there', () => {
    const province = level1Identifier('H55');
    const district = childIdentifier(province, 31);
    const commune = childIdentifier(district, 5);
    expect(isDirectlyBelow(province, district)).toBe(true);
    expect(isDirectlyBelow(district, commune)).toBe(true);
    expect(isDirectlyBelow(province, commune)).toBe(false);
    expect(isDirectlyBelow(childIdentifier(province, 32), commune)).toBe(false);
    expect(isDirectlyBelow(level1Identifier('H57'), childIdentifier(level1Identifier('H55'), 1))).toBe(false);
  });

  it('has no number 0, none above 99 (999 at level 4), and nothing below level 4', () => {
    const province = level1Identifier('H55');
    expect(() => childIdentifier(province, 0)).toThrow(RangeError);
    expect(() => childIdentifier(province, 100)).toThrow(RangeError);
    const commune = childIdentifier(childIdentifier(province, 1), 1);
    expect(formatQcvnCode(childIdentifier(commune, 999))).toBe('999.01.01.H55');
    expect(() => childIdentifier(childIdentifier(commune, 1), 1)).toThrow(RangeError);
  });
});
