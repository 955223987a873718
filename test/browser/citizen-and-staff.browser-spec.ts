import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { insertStaffUser, TEST_PASSWORD } from '../support/identity-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  PHONE,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { serveWebApp, type ServedApp } from './support/web-app';

// The first screens of issue 9, driven as their users drive them, against the real API and
// database: a citizen finds a procedure and tracks a dossier on a phone; a clerk signs in and
// sees the queue.
jest.setTimeout(60000);

describeWithBrowser('web app in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let dossier: { code: string; appointmentAt: string };
  const clerkLogin = 'canbo.motcua.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    await insertStaffUser(served.testApp, { roles: ['CLERK'], agencyId: desk.id, username: clerkLogin });
    const procedure = await findBirthRegistration(served.testApp);
    const received = await served.testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(staffToken(served.testApp, ['CLERK'], desk.id)))
      .send({
        procedureId: procedure.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Nguyễn Thị Lan', phone: '0905123456', idNumber: '054200001234' },
        checklist: fullChecklist(procedure.documentCount),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    dossier = received.body;
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;

  const open = async (options: typeof PHONE) => {
    context = await browser.newContext(options);
    page = await context.newPage();
    console = watchConsole(page);
  };

  afterEach(async () => {
    const errors = console?.errors() ?? [];
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('a citizen searches the catalog without accents and opens the procedure', async () => {
    await open(DESKTOP);
    await page.goto(`${served.baseUrl}/`);
    await page.getByRole('heading', { name: 'Tra cứu thủ tục hành chính' }).waitFor();
    await saveScreenshot(page, 'portal-home');
    await page.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=dang\+ky\+khai\+sinh/);
    const result = page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
    await result.waitFor();
    await saveScreenshot(page, 'portal-search');
    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    for (const section of ['Thời hạn giải quyết và nơi nộp hồ sơ', 'Thành phần hồ sơ', 'Phí, lệ phí']) {
      await page.getByRole('heading', { name: section }).waitFor();
    }
    await expectText(page, 'Nơi nộp hồ sơ');
    await saveScreenshot(page, 'portal-procedure');
  });

  it("a citizen tracks the dossier from the receipt's QR link on a 360 px phone", async () => {
    await open(PHONE);
    console.expectFailedRequest(`/api/v1/public/dossiers/`);
    // What the QR code of the receipt opens: PUBLIC_BASE_URL/tra-cuu?code=<code>.
    await page.goto(`${served.baseUrl}/tra-cuu?code=${encodeURIComponent(dossier.code)}`);
    const code = page.getByLabel('Mã hồ sơ');
    await code.waitFor();
    expect(await code.inputValue()).toBe(dossier.code);

    await page.getByLabel('4 số cuối điện thoại').fill('0000');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('alert').waitFor();
    await saveScreenshot(page, 'portal-tracking-wrong-verifier');

    await page.getByLabel('4 số cuối điện thoại').fill('3456');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
    await expectText(page, 'Đã tiếp nhận');
    await expectText(page, 'Đăng ký khai sinh');
    // The browser is in New York; the appointment is shown in Vietnam's time, as on the receipt.
    await expectText(page, format(new TZDate(dossier.appointmentAt, 'Asia/Ho_Chi_Minh'), 'dd/MM/yyyy HH:mm'));
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'portal-tracking-phone');
  });

  it('a clerk signs in and sees the dossier in the work queue with its due state', async () => {
    await open(DESKTOP);
    console.expectFailedRequest('/api/v1/auth/login');
    await page.goto(`${served.baseUrl}/can-bo`);
    await page.waitForURL(/\/can-bo\/dang-nhap$/);
    await page.getByLabel('Tên đăng nhập').fill(clerkLogin);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').waitFor();
    await saveScreenshot(page, 'staff-sign-in-refused');

    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/can-bo\/ho-so$/);
    await page.getByRole('heading', { name: 'Hàng đợi hồ sơ' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(escapeRegExp(dossier.code)) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(
      /Nguyễn Thị Lan.*Đã tiếp nhận.*(Trong hạn|Đến hạn hôm nay|Quá hạn)/,
    );
    await page.getByRole('tab', { name: /Tất cả\s*1/ }).waitFor();
    await page.locator('.recharts-surface').waitFor();
    await page.mouse.move(0, 0); // no chart tooltip left open by the sign-in click
    await saveScreenshot(page, 'staff-queue');
  });

  it('works from the keyboard: the skip link comes first and shows a focus ring', async () => {
    await open(DESKTOP);
    await page.goto(`${served.baseUrl}/`);
    await page.getByRole('heading', { name: 'Tra cứu thủ tục hành chính' }).waitFor();
    await page.keyboard.press('Tab');
    // A string: the test code is compiled without the DOM library; this runs in the page.
    const focused = await page.evaluate<{ text: string; outline: string }>(`(() => {
      const element = document.activeElement;
      return { text: element.textContent, outline: getComputedStyle(element).outlineStyle };
    })()`);
    expect(focused).toEqual({ text: 'Bỏ qua đến nội dung chính', outline: 'solid' });
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
