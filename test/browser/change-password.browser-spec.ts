import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { bearer } from '../support/auth';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser, signIn } from '../support/identity-fixtures';
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
import { signInAt } from './support/staff-sign-in';

jest.setTimeout(90000);

// Changing one's own password: a citizen on a 360 px phone from the portal's header, and a new
// staff member whose administrator-set password must be changed first after signing in.
describeWithBrowser('changing one’s own password in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
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

  const login = (name: string, password: string) =>
    served.testApp.http().post('/api/v1/auth/login').send({ login: name, password });

  it('lets a citizen change her password on a phone, refusing a wrong current one and a weak new one by their fields', async () => {
    const phone = '0905246810';
    const registered = await served.testApp
      .http()
      .post('/api/v1/auth/citizens/register')
      .send({ fullName: 'Huỳnh Thị Thu', phone, password: 'Hoa-sen-2026' });
    expect(registered.status).toBe(201);

    context = await browser.newContext(PHONE);
    page = await context.newPage();
    console = watchConsole(page);
    // The refusals the test provokes on purpose (a wrong current password, a weak new one).
    console.expectFailedRequest('/api/v1/me/password');

    await page.goto(`${served.baseUrl}/dang-nhap`);
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(phone);
    await page.getByLabel('Mật khẩu').fill('Hoa-sen-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/ho-so-cua-toi$/);
    // The header's Tài khoản page links to the password.
    await page.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/doi-mat-khau$/);
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();

    const current = page.getByLabel('Mật khẩu hiện tại');
    const fresh = page.getByLabel('Mật khẩu mới', { exact: true });
    const again = page.getByLabel('Nhập lại mật khẩu mới');
    const submit = page.getByRole('button', { name: 'Đổi mật khẩu' });

    // A confirmation that differs is caught before anything is sent.
    await current.fill('Hoa-sen-2026');
    await fresh.fill('Trang-moi-2027!');
    await again.fill('Trang-moi-2028!');
    await submit.click();
    await fieldError(again, 'Hai lần nhập mật khẩu mới không khớp');

    // The server refuses a wrong current password under that field…
    await current.fill('Sai-mat-khau-1');
    await again.fill('Trang-moi-2027!');
    await submit.click();
    await fieldError(current, 'Mật khẩu hiện tại không đúng');

    // …and a new password holding her phone number under the new one.
    await current.fill('Hoa-sen-2026');
    await fresh.fill(`Thu-${phone}`);
    await again.fill(`Thu-${phone}`);
    await submit.click();
    await fieldError(fresh, 'Mật khẩu không được chứa tên đăng nhập, số điện thoại hoặc e-mail.');
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-change-password-problem');

    await fresh.fill('Trang-moi-2027!');
    await again.fill('Trang-moi-2027!');
    await submit.click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).waitFor();
    expect(await current.inputValue()).toBe('');
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-change-password');

    expect((await login(phone, 'Hoa-sen-2026')).status).toBe(401);
    expect((await login(phone, 'Trang-moi-2027!')).status).toBe(200);
    // Still signed in here: her dossiers open without signing in again, and this session's refresh
    // token, which the page sent along, still works (her other sessions were signed out).
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    const refreshToken = await page.evaluate<string | undefined>(
      "JSON.parse(sessionStorage.getItem('mot-cua.citizen-session') ?? '{}').refreshToken",
    );
    expect(refreshToken).toEqual(expect.any(String));
    const refreshed = await served.testApp.http().post('/api/v1/auth/refresh').send({ refreshToken });
    expect(refreshed.status).toBe(200);
  });

  it('sends a new staff member to change the password an administrator set, then on to the page asked for', async () => {
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    await insertStaffUser(served.testApp, {
      roles: ['ADMIN'],
      agencyId: province.id,
      username: 'quantri.matkhau.kiemthu',
    });
    const { accessToken } = await signIn(served.testApp, 'quantri.matkhau.kiemthu');
    const created = await served.testApp
      .http()
      .post('/api/v1/users')
      .set(...bearer(accessToken))
      .send({
        username: 'motcua.moi.kiemthu',
        fullName: 'Nguyễn Văn Mới',
        password: 'Tam-thoi-2026!',
        roles: ['CLERK'],
        agencyId: desk.id,
      });
    expect(created.status).toBe(201);

    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);
    await signInAt(page, `${served.baseUrl}/can-bo/tiep-nhan`, 'motcua.moi.kiemthu', 'Tam-thoi-2026!');
    await page.waitForURL(/\/can-bo\/doi-mat-khau$/);
    await page.getByText('Mật khẩu tạm thời').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill('Tam-thoi-2026!');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Rieng-cua-toi-1');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Rieng-cua-toi-1');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).waitFor();
    await page.getByText('Mật khẩu tạm thời').waitFor({ state: 'detached' });
    await saveScreenshot(page, 'staff-change-password');

    const again = await login('motcua.moi.kiemthu', 'Rieng-cua-toi-1');
    expect(again.status).toBe(200);
    expect(again.body.mustChangePassword).toBe(false);
    expect((await login('motcua.moi.kiemthu', 'Tam-thoi-2026!')).status).toBe(401);

    await page.getByRole('link', { name: 'Tiếp tục làm việc →' }).click();
    await page.waitForURL(/\/can-bo\/tiep-nhan$/);
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    // The header keeps a way back to the page.
    await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(/\/can-bo\/doi-mat-khau$/);
  });
});

// An Ant Design form item's error under the given field.
async function fieldError(field: Locator, message: string): Promise<void> {
  await field
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-form-item ")][1]')
    .locator('.ant-form-item-explain')
    .filter({ hasText: message })
    .waitFor();
}

async function expectFitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
}
