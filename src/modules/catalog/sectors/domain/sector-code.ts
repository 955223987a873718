// Sector codes as the national procedure database writes them, MX1X2-LV: a ministry or sector
// authority code, a hyphen, the sector's letters and number (domain.md "Procedures").
export const SECTOR_CODE_PATTERN = /^[A-Z0-9]{2,10}-[A-Z0-9]{1,15}$/;

export function isSectorCode(code: string): boolean {
  return SECTOR_CODE_PATTERN.test(code);
}
