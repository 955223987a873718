// What the global setup hands to the test workers, through environment variables (the only
// channel Jest offers from globalSetup to workers).
export const TEST_ADMIN_URL_VAR = 'MOTCUA_TEST_ADMIN_URL';
export const TEST_TEMPLATE_VAR = 'MOTCUA_TEST_TEMPLATE';

// Tests run in a zone far from Vietnam on purpose: results must never depend on the machine's TZ.
export const FOREIGN_TEST_TIME_ZONE = 'America/Los_Angeles';

export function replaceDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
