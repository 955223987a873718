import fc from 'fast-check';
import { atVietnamTime } from '../../calendar/domain/engine/test-fixtures';
import {
  findReceiptDate,
  formatDossierCode,
  isCodeOfReceipt,
  isDossierCode,
  MAX_DAILY_SEQUENCE,
  parseDossierCode,
} from './dossier-code';

const DEPARTMENT = '000.00.31.H55'; // a department (illustrative identifier)
const COMMUNE_DESK = '000.01.31.H55';

describe('the dossier code <agency>-YYMMDD-XXXX (Circular 01/2018 art. 19)', () => {
  it('the first receipt of Monday 9/6/2025 at a department is 000.00.31.H55-250609-0001', () => {
    expect(formatDossierCode(DEPARTMENT, atVietnamTime('2025-06-09 09:00'), 1)).toBe(
      '000.00.31.H55-250609-0001',
    );
  });

  it('the 200th receipt of the day at a commune desk is numbered 0200', () => {
    expect(formatDossierCode(COMMUNE_DESK, atVietnamTime('2025-06-09 16:59'), 200)).toBe(
      '000.01.31.H55-250609-0200',
    );
  });

  it('23:30 UTC on 9/6 is 06:30 on 10/6 in Vietnam: the code carries 250610', () => {
    const instant = Date.parse('2025-06-09T23:30:00Z');
    expect(formatDossierCode(DEPARTMENT, instant, 7)).toBe('000.00.31.H55-250610-0007');
    expect(findReceiptDate(instant)).toBe('2025-06-10');
  });

  it('the Vietnamese day turns at 17:00 UTC, not at UTC midnight', () => {
    expect(findReceiptDate(Date.parse('2025-06-09T16:59:59.999Z'))).toBe('2025-06-09');
    expect(findReceiptDate(Date.parse('2025-06-09T17:00:00Z'))).toBe('2025-06-10');
  });

  it('a receipt on 31/12/2029 at 23:59 Vietnam time is dated 291231', () => {
    expect(formatDossierCode(DEPARTMENT, atVietnamTime('2029-12-31 23:59'), 9999)).toBe(
      '000.00.31.H55-291231-9999',
    );
  });

  it('past 9999 receipts in one day the code cannot be made: coded conflict, no fifth digit', () => {
    expect(() =>
      formatDossierCode(DEPARTMENT, atVietnamTime('2025-06-09 09:00'), MAX_DAILY_SEQUENCE + 1),
    ).toThrow(expect.objectContaining({ kind: 'conflict', code: 'dossier-code-sequence-exhausted' }));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the sequence %p', (sequence) => {
    expect(() => formatDossierCode(DEPARTMENT, atVietnamTime('2025-06-09 09:00'), sequence)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'dossier-code-invalid' }),
    );
  });

  it.each(['H55.31', '000.05.00.H55', '000.00.31.h55', '', '000.00.31.H55 '])(
    'refuses %p as the receiving agency identifier',
    (identifier) => {
      expect(() => formatDossierCode(identifier, atVietnamTime('2025-06-09 09:00'), 1)).toThrow(
        expect.objectContaining({ code: 'dossier-code-invalid' }),
      );
    },
  );

  it('refuses an instant that is not a number of milliseconds', () => {
    expect(() => formatDossierCode(DEPARTMENT, Number.NaN, 1)).toThrow(
      expect.objectContaining({ code: 'dossier-code-invalid' }),
    );
  });
});

describe('reading a dossier code', () => {
  it('gives the agency, the receipt date and the rank', () => {
    expect(parseDossierCode('000.01.31.H55-200229-0042')).toEqual({
      agencyIdentifier: COMMUNE_DESK,
      receiptDate: '2020-02-29',
      sequence: 42,
    });
  });

  it.each([
    ['000.00.31.H55-250230-0001', 'no 30 February'],
    ['000.00.31.H55-210229-0001', 'no 29 February in 2021'],
    ['000.00.31.H55-250609-0000', 'ranks start at 0001'],
    ['000.00.31.H55-250609-00001', 'four digits, never five'],
    ['000.00.31.H55-250609-001', 'four digits, never three'],
    ['000.05.00.H55-250609-0001', 'not an agency identifier'],
    ['000.00.31.H55-20250609-0001', 'YYMMDD, not YYYYMMDD'],
    [' 000.00.31.H55-250609-0001', 'no surrounding spaces'],
    ['000.00.31.H55_250609_0001', 'hyphens'],
  ])('refuses %s (%s)', (code) => {
    expect(parseDossierCode(code)).toBeNull();
    expect(isDossierCode(code)).toBe(false);
  });

  it('checks that a code belongs to a receipt by that agency on that Vietnamese day', () => {
    const receivedAtMs = Date.parse('2025-06-09T23:30:00Z');
    expect(isCodeOfReceipt('000.00.31.H55-250610-0003', DEPARTMENT, receivedAtMs)).toBe(true);
    expect(isCodeOfReceipt('000.00.31.H55-250609-0003', DEPARTMENT, receivedAtMs)).toBe(false);
    expect(isCodeOfReceipt('000.00.31.H55-250610-0003', COMMUNE_DESK, receivedAtMs)).toBe(false);
    expect(isCodeOfReceipt('garbage', DEPARTMENT, receivedAtMs)).toBe(false);
  });
});

describe('code invariants', () => {
  const identifier = fc
    .tuple(
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom('H55', 'H54', 'K55'),
    )
    .map(([y, z, root]) => `000.${String(z).padStart(2, '0')}.${String(y).padStart(2, '0')}.${root}`);
  const instant = fc.integer({
    min: Date.parse('2000-01-01T00:00:00+07:00'),
    max: Date.parse('2099-12-31T23:59:59+07:00'),
  });
  const sequence = fc.integer({ min: 1, max: MAX_DAILY_SEQUENCE });

  it('formatting then reading gives back the agency, the Vietnamese receipt date and the rank', () => {
    fc.assert(
      fc.property(identifier, instant, sequence, (agency, receivedAtMs, rank) => {
        const code = formatDossierCode(agency, receivedAtMs, rank);
        expect(parseDossierCode(code)).toEqual({
          agencyIdentifier: agency,
          receiptDate: findReceiptDate(receivedAtMs),
          sequence: rank,
        });
        expect(isCodeOfReceipt(code, agency, receivedAtMs)).toBe(true);
      }),
    );
  });

  it('within one agency and day, codes sort as their ranks do (zero padding)', () => {
    fc.assert(
      fc.property(instant, sequence, sequence, (receivedAtMs, left, right) => {
        const leftCode = formatDossierCode(DEPARTMENT, receivedAtMs, left);
        const rightCode = formatDossierCode(DEPARTMENT, receivedAtMs, right);
        expect(leftCode < rightCode).toBe(left < right);
        expect(leftCode === rightCode).toBe(left === right);
      }),
    );
  });
});
