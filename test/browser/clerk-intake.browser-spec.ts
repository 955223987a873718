import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser, TEST_PASSWORD } from '../support/identity-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { finishAnimations } from './support/ant-design';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

// The desk's intake screen as a clerk uses it: find the procedure without typing accents, record
// the applicant, tick the documents and attach a scan, receive, and open the receipt (Mẫu 01).
jest.setTimeout(90000);

// The smallest file the API recognises as a PDF by its content.
const SCAN_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describeWithBrowser('clerk intake in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  const clerkLogin = 'motcua.tiepnhan.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    await insertStaffUser(served.testApp, { roles: ['CLERK'], agencyId: desk.id, username: clerkLogin });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);
  });

  afterEach(async () => {
    const errors = console?.errors() ?? [];
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('receives a dossier with a scan and opens its receipt as a PDF in a new tab', async () => {
    await signInAt(page, `${served.baseUrl}/can-bo/tiep-nhan`, clerkLogin);
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();

    // The server's search finds the procedure from a query typed without accents.
    await page.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await pickProcedure(page);
    const checklist = page.locator('.document-list');
    await checklist.getByRole('checkbox').first().waitFor();
    const documents = checklist.getByRole('checkbox');
    for (let index = 0; index < (await documents.count()); index += 1) {
      await documents.nth(index).check();
    }
    await checklist
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'to-khai-khai-sinh.pdf', mimeType: 'application/pdf', buffer: SCAN_PDF });

    await page.getByLabel('Họ và tên').fill('Phạm Thị Thu');
    await page.getByLabel('Số CCCD / định danh').fill('054200009876');
    await page.getByLabel('Số điện thoại').fill('0905777888');
    await page.getByLabel('Địa chỉ').fill('Thôn Phú Tân, xã An Mỹ');
    await saveScreenshot(page, 'clerk-intake');

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const heading = page.getByRole('heading', { name: /^Đã tiếp nhận hồ sơ / });
    await heading.waitFor();
    const code = ((await heading.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ', '').trim();
    expect(code).toMatch(/-\d{6}-\d{4}$/);
    await page.getByText('Đã lưu').waitFor();

    // One click: a new tab with the receipt, served as application/pdf.
    const [popup, receipt] = await Promise.all([
      page.waitForEvent('popup'),
      page.waitForResponse((response) => response.url().includes('/forms/receipt.pdf')),
      page.getByRole('button', { name: 'In phiếu tiếp nhận (Mẫu 01)' }).click(),
    ]);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()['content-type']).toMatch(/^application\/pdf/);
    await popup.waitForURL(/^blob:/);
    // The new tab shows it as a PDF document (the browser's viewer, which prints it).
    await popup.waitForLoadState();
    expect(await popup.evaluate<string>('document.contentType')).toBe('application/pdf');
    await saveScreenshot(page, 'clerk-intake-received');

    // What was stored: the scan marks its document as digitised; the ID and phone stay masked.
    const [stored] = await served.testApp.app
      .get(DataSource)
      .query(`SELECT id, documents FROM dossiers WHERE code = $1`, [code]);
    expect(stored.documents[0]).toMatchObject({ provided: true, digitised: true });

    await page.getByRole('button', { name: 'Mở trang hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    // As the API gives them: the last 3 digits of the ID number, the last 4 of the phone.
    await page.getByText('*********876', { exact: true }).waitFor();
    await page.getByText('******7888', { exact: true }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('054200009876');
    expect(await page.locator('body').textContent()).not.toContain('0905777888');
    await page.getByText('to-khai-khai-sinh.pdf').waitFor();
    await page.getByRole('button', { name: 'Chuyển hồ sơ đến cơ quan giải quyết' }).waitFor();
  });

  it('asks for a supplement with the missing documents listed, and offers Mẫu 02', async () => {
    await page.goto(`${served.baseUrl}/can-bo/tiep-nhan`);
    await page.getByLabel('Tên đăng nhập').fill(clerkLogin);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByLabel('Tên hoặc mã thủ tục').fill('khai sinh');
    await pickProcedure(page);
    await page.locator('.document-list').getByRole('checkbox').first().waitFor();
    await page.getByLabel('Họ và tên').fill('Võ Văn Tám');
    await page.getByLabel('Số điện thoại').fill('0905000111');

    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    const dialog = page.getByRole('dialog');
    const note = dialog.getByLabel('Giấy tờ cần bổ sung và hướng dẫn');
    await note.waitFor();
    // Prefilled with the documents left unticked.
    expect(await note.inputValue()).toMatch(/^- /);
    await saveScreenshot(page, 'clerk-intake-supplement-modal');
    await dialog.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await page.getByRole('heading', { name: 'Yêu cầu bổ sung khi tiếp nhận' }).waitFor();
    await page.getByRole('button', { name: 'In phiếu yêu cầu bổ sung (Mẫu 02)' }).waitFor();
  });
});

// The procedure the search offers first for "Đăng ký khai sinh", clicked once its dropdown stands
// still (a click mid-animation can land beside the option on a loaded machine).
async function pickProcedure(page: Page): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
  const option = dropdown
    .locator('.ant-select-item-option')
    .filter({ hasText: /^Đăng ký khai sinh/ })
    .first();
  await option.waitFor();
  await finishAnimations(dropdown);
  await option.click();
}
