import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bearer, staffToken } from '../support/auth';
import { findAgency, fullChecklist } from '../support/dossier-fixtures';
import { insertStaffUser } from '../support/identity-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

jest.setTimeout(90000);

const dateOf = (instant: string) => format(new TZDate(instant, 'Asia/Ho_Chi_Minh'), 'yyyy-MM-dd');

// A dossier is received now (5 working days, "Đăng ký kết hôn" at a commune); the administrator
// declares a working day inside its deadline a day off and sees, before saving, that the
// dossier's deadline moves. Which day is worked out from the deadline, so it holds any day.
describeWithBrowser('admin working calendar in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let dossier: { id: string; code: string; receivedAt: string; dueAt: string };
  let dayOff: string;
  const adminLogin = 'quantri.tinh.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const http = served.testApp.http();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    await insertStaffUser(served.testApp, { roles: ['ADMIN'], agencyId: province.id, username: adminLogin });

    const search = await http.get('/api/v1/procedures').query({ q: 'đăng ký kết hôn', level: 'COMMUNE' });
    const found = (search.body.items as Array<{ id: string; name: string }>).find(
      (item) => item.name === 'Đăng ký kết hôn',
    )!;
    const detail = await http.get(`/api/v1/procedures/${found.id}`);
    const documents = (detail.body.currentVersion?.documents ?? []) as unknown[];
    const received = await http
      .post('/api/v1/dossiers')
      .set(...bearer(staffToken(served.testApp, ['CLERK'], desk.id)))
      .send({
        procedureId: found.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Lê Thị Hoa', phone: '0905123456' },
        checklist: fullChecklist(documents.length),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    dossier = received.body;

    // The last working day strictly between the receipt day and the due day.
    const days = await http
      .get('/api/v1/calendar/days')
      .query({ from: dateOf(dossier.receivedAt), to: dateOf(dossier.dueAt) });
    dayOff = (days.body.days as Array<{ date: string; working: boolean }>)
      .filter(
        (day) => day.working && day.date > dateOf(dossier.receivedAt) && day.date < dateOf(dossier.dueAt),
      )
      .at(-1)!.date;
    expect(dayOff).toBeDefined();
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

  it('an admin adds a day off in the month view and sees the recompute preview before saving', async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);

    await signInAt(
      page,
      `${served.baseUrl}/can-bo/quan-tri/lich-lam-viec?thang=${dayOff.slice(0, 7)}`,
      adminLogin,
    );
    await page.waitForURL(/\/can-bo\/quan-tri\/lich-lam-viec/);
    const year = dayOff.slice(0, 4);
    await page.getByRole('heading', { name: `Lịch nghỉ năm ${year}` }).waitFor();
    const month = Number(dayOff.slice(5, 7));
    await page.getByRole('heading', { name: `Tháng ${month} năm ${year}` }).waitFor();
    // Lunar dates are in every cell once the month's days have loaded.
    await page.locator('.calendar-day').first().waitFor();
    await saveScreenshot(page, 'admin-calendar-month');

    // Clicking the day in the month view puts it in the form.
    await page.locator(`td[title="${dayOff}"]`).click();
    const [y, m, d] = dayOff.split('-');
    expect(await page.getByLabel('Ngày', { exact: true }).inputValue()).toBe(`${d}/${m}/${y}`);
    await page.getByLabel('Tên, lý do').fill('Nghỉ hoán đổi (kiểm thử)');
    await page.getByRole('button', { name: 'Thêm vào lịch' }).click();
    await page.getByRole('button', { name: `Bỏ ngày ${d}/${m}/${y}` }).waitFor();
    const save = page.getByRole('button', { name: `Lưu lịch chính thức năm ${year}` });
    expect(await save.isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Xem trước ảnh hưởng đến hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Kết quả xem trước: 1 hồ sơ sẽ bị dời hạn' }).waitFor();
    const row = page.locator('.recompute-preview').getByRole('row', { name: new RegExp(dossier.code) });
    await row.waitFor();
    const oldDue = format(new TZDate(dossier.dueAt, 'Asia/Ho_Chi_Minh'), 'dd/MM/yyyy HH:mm');
    expect(await row.textContent()).toContain(oldDue);
    expect(await save.isDisabled()).toBe(false);
    await page.locator('.recompute-preview').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-calendar-preview');
  });

  it('an admin goes through dead letters, users, agencies and the catalog', async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);
    await signInAt(page, `${served.baseUrl}/can-bo/quan-tri`, adminLogin);
    await page.waitForURL(/\/can-bo\/quan-tri\/lich-lam-viec$/);

    await page.getByRole('link', { name: 'Thông báo gửi lỗi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo gửi lỗi' }).waitFor();
    await page.getByText('Không có thông báo nào gửi lỗi.').waitFor();

    await page.getByRole('link', { name: 'Người dùng và vai trò' }).click();
    await page.getByRole('row', { name: new RegExp(adminLogin) }).waitFor();
    await saveScreenshot(page, 'admin-users');

    await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
    await page.getByText('Ủy ban nhân dân tỉnh Phú Yên').first().click();
    await page.getByRole('heading', { level: 3, name: 'Sửa thông tin' }).waitFor();
    await saveScreenshot(page, 'admin-agencies');

    await page.getByRole('link', { name: 'Danh mục thủ tục' }).click();
    await page.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('button', { name: 'Đăng ký khai sinh', exact: true }).click();
    await page.getByRole('heading', { name: 'Các phiên bản' }).waitFor();
    await saveScreenshot(page, 'admin-catalog');
  });
});
