import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser } from '../support/identity-fixtures';
import { openReportFixtures } from '../support/report-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  SCREENSHOT_DIR,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { chooseOption } from './support/ant-design';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

jest.setTimeout(90000);

const at = (local: string): string => `${local}:00+07:00`;

// A district leader reads the first quarter of 2025 at Tuy Hòa: the dossiers are written
// straight into the table (as the report tests do), one of them resolved late at a commune.
describeWithBrowser('leader dashboard in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let lateDossierId: string;
  const leaderLogin = 'lanhdao.huyen.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const fixtures = await openReportFixtures(served.testApp);
    lateDossierId = await fixtures.insert({
      code: 'BC-TRE-0001',
      desk: 'commune',
      channel: 'DIRECT',
      status: 'RESOLVED',
      receivedAt: at('2025-02-10 09:00'),
      dueAt: at('2025-02-17 09:00'),
      resolvedAt: at('2025-02-20 10:00'),
      classification: 'LATE',
    });
    await fixtures.insert({
      code: 'BC-SOM-0002',
      desk: 'commune',
      channel: 'ONLINE',
      status: 'RESOLVED',
      receivedAt: at('2025-02-11 09:00'),
      dueAt: at('2025-02-18 09:00'),
      resolvedAt: at('2025-02-13 10:00'),
      classification: 'EARLY',
    });
    await fixtures.insert({
      code: 'BC-DUNG-0003',
      desk: 'district',
      channel: 'POST',
      status: 'RESOLVED',
      receivedAt: at('2025-03-03 09:00'),
      dueAt: at('2025-03-10 09:00'),
      resolvedAt: at('2025-03-10 08:00'),
      classification: 'ON_TIME',
    });
    const district = await findAgency(served.testApp, 'PY-DISTRICT-555');
    await insertStaffUser(served.testApp, {
      roles: ['AGENCY_LEADER'],
      agencyId: district.id,
      username: leaderLogin,
    });
  }, 90000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;

  afterEach(async () => {
    const errors = console?.errors() ?? [];
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('a leader picks a period, reads Biểu 06 and finds the late dossier behind its number', async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);

    await signInAt(page, `${served.baseUrl}/can-bo/bao-cao`, leaderLogin);
    await page.waitForURL(/\/can-bo\/bao-cao$/);
    await page.getByRole('heading', { level: 1, name: 'Bảng điều hành' }).waitFor();
    await page.getByRole('heading', { name: 'Tình hình hiện nay' }).waitFor();
    await page.getByText('Tỷ lệ giải quyết đúng hạn').first().waitFor();

    // The first quarter of 2025, picked as a leader would.
    await chooseOption(page, page.getByRole('combobox', { name: /^Loại kỳ/ }), 'Quý');
    await chooseOption(page, page.getByRole('combobox', { name: /^Năm/ }), '2025');
    await chooseOption(page, page.getByRole('combobox', { name: /^Quý/ }), 'Quý I');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await page.waitForURL(/period=2025-Q1/);

    const form06 = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: /Biểu 06/ }) });
    await form06.getByText('Tổng cộng').waitFor();
    await form06.getByText('Cấp xã').first().waitFor();
    // Received: 3 in all (2 at the commune, 1 at the district); resolved late: 1, at the commune.
    await form06.getByRole('link', { name: /^3 – Hồ sơ nhận giải quyết, Tổng cộng/ }).waitFor();
    const lateAtCommunes = form06.getByRole('link', {
      name: /^1 – Hồ sơ giải quyết quá hạn, Cấp xã, cột \(10\)/,
    });
    await lateAtCommunes.waitFor();

    await page.locator('.recharts-surface').first().waitFor();
    await page.getByRole('heading', { name: /Chỉ số phục vụ người dân/ }).waitFor();
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'leader-dashboard');
    await saveElement(form06, 'leader-form-06');

    await lateAtCommunes.click();
    await page.waitForURL(/\/can-bo\/bao-cao\/ho-so\?/);
    expect(new URL(page.url()).searchParams.get('measure')).toBe('late');
    expect(new URL(page.url()).searchParams.get('level')).toBe('COMMUNE');
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ giải quyết quá hạn' }).waitFor();
    const row = page.getByRole('row', { name: /BC-TRE-0001/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Cấp xã.*Trực tiếp.*Quá hạn/);
    // The list's heading row and the late dossier (the "Tệp xuất" panel below is a table too).
    expect(await page.getByRole('table').first().getByRole('row').count()).toBe(2);
    expect(await row.getByRole('link', { name: 'BC-TRE-0001' }).getAttribute('href')).toBe(
      `/can-bo/ho-so/${lateDossierId}`,
    );
    await saveScreenshot(page, 'leader-drill-down');
  });
});

async function saveElement(element: Locator, name: string): Promise<void> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await element.screenshot({ path: file });
  process.stdout.write(`screenshot: ${path.relative(process.cwd(), file)}\n`);
}
