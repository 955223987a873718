// Procedure codes (domain.md "Procedures"): the national code D.NNNNNN (e.g. 2.000815), the
// province's localised copy with the level-1 agency identifier appended
// (2.000815.000.00.00.H55), and online-service variants (… .02). Kept as separate fields.

export const NATIONAL_CODE_PATTERN = /^\d\.\d{6}$/;
// The catalog's own key of a procedure: the localised code, or any other code a province uses.
export const CATALOG_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,59}$/;
// Generated demonstration procedures: visibly not an official code.
export const DEMO_CODE_PREFIX = 'DEMO.';

export function isNationalCode(code: string): boolean {
  return NATIONAL_CODE_PATTERN.test(code);
}

export function isCatalogCode(code: string): boolean {
  return CATALOG_CODE_PATTERN.test(code);
}

// QCVN 102:2016: the provincial People's Committee's identifier is 000.00.00.Hpp.
export function localiseCode(nationalCode: string, provinceIdentifier: string): string {
  return `${nationalCode}.000.00.00.${provinceIdentifier}`;
}

export function demoCode(sequence: number): string {
  return `${DEMO_CODE_PREFIX}${String(sequence).padStart(5, '0')}`;
}

export function isDemoCode(code: string): boolean {
  return code.startsWith(DEMO_CODE_PREFIX);
}
