import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { bearer } from '../support/auth';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser, signIn } from '../support/identity-fixtures';
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

const todayInVietnam = () => new TZDate(Date.now(), 'Asia/Ho_Chi_Minh');

interface Rule {
  id: string;
  agencyId: string | null;
  validFrom: string;
  validTo: string | null;
  periods: Array<{ start: string; end: string }>;
}

// A provincial administrator keeps the province's default office hours on the working calendar
// page: the seeded rules are listed (07:30–12:00, 13:30–17:00 since 1 November 2021), removing
// the first would leave working days without hours (409, shown on its row), a new rule from today
// with a morning ending before it starts is refused under its periods, then saved corrected and
// edited; the API then answers the new hours for the province's working days.
describeWithBrowser('province default office hours in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  const adminLogin = 'quantri.giolamviec.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    await insertStaffUser(served.testApp, { roles: ['ADMIN'], agencyId: province.id, username: adminLogin });
  }, 90000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  afterEach(async () => {
    const errors = console?.errors() ?? [];
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('lists, refuses by the field or the row, adds and edits the province-wide rules', async () => {
    const today = todayInVietnam();
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);
    // The refusals the test provokes on purpose (a delete leaving days without hours, a morning
    // ending before it starts).
    console.expectFailedRequest('/api/v1/calendar/office-hours');

    await signInAt(page, `${served.baseUrl}/can-bo/quan-tri/lich-lam-viec`, adminLogin);
    await page.waitForURL(/\/can-bo\/quan-tri\/lich-lam-viec$/);

    const section = page.getByRole('region', { name: 'Giờ làm việc mặc định của tỉnh' });
    await section.getByRole('heading', { level: 2, name: 'Giờ làm việc mặc định của tỉnh' }).waitFor();
    await section
      .getByRole('row', { name: /01\/11\/2021 Không thời hạn 07:30–12:00, 13:30–17:00/ })
      .waitFor();
    await section.getByText(/Giờ làm việc ngày làm việc .*: 07:30–12:00, 13:30–17:00\./).waitFor();

    // The rule up to 31/10/2021 cannot go: those days would have no office hours.
    const first = section.getByRole('row', { name: /01\/01\/2015 31\/10\/2021/ });
    await first.getByRole('button', { name: 'Xóa quy định từ 01/01/2015' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await first.getByRole('alert').waitFor();
    expect(await first.getByRole('alert').textContent()).toMatch(/giờ làm việc/i);

    // A new rule from today: a morning ending before it starts is refused under the periods.
    await section.getByRole('button', { name: 'Thêm quy định giờ làm việc của tỉnh' }).click();
    const form = section.getByRole('form', { name: 'Thêm quy định giờ làm việc' });
    await fillDate(form.getByLabel('Áp dụng từ ngày'), format(today, 'dd/MM/yyyy'));
    await form.getByLabel('Buổi 1 từ').fill('08:00');
    await form.getByLabel('Buổi 1 đến').fill('07:00');
    await form.getByRole('button', { name: 'Thêm quy định' }).click();
    await form
      .locator('.ant-form-item-explain')
      .filter({ hasText: 'Khoảng 1 (08:00–07:00): giờ bắt đầu phải trước giờ kết thúc.' })
      .waitFor();
    expect(await form.getByRole('alert').filter({ hasText: 'periods' }).count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-province-office-hours-problem');

    await form.getByLabel('Buổi 1 đến').fill('11:30');
    await form.getByRole('button', { name: 'Thêm quy định' }).click();
    await form.waitFor({ state: 'detached' });
    const added = section.getByRole('row', {
      name: new RegExp(`${format(today, 'dd/MM/yyyy')} Không thời hạn 08:00–11:30, 13:30–17:00`),
    });
    await added.waitFor();
    // The open-ended rule it supersedes now ends the day before.
    await section
      .getByRole('row', { name: new RegExp(`01/11/2021 ${format(addDays(today, -1), 'dd/MM/yyyy')}`) })
      .waitFor();
    await section.getByText(/Giờ làm việc ngày làm việc .*: 08:00–11:30, 13:30–17:00\./).waitFor();

    // Edited: the afternoon ends at 17:30.
    await added.getByRole('button', { name: /^Sửa quy định/ }).click();
    const edit = section.getByRole('form', { name: 'Sửa quy định giờ làm việc' });
    await edit.getByLabel('Buổi 2 đến').fill('17:30');
    await edit.getByRole('button', { name: 'Lưu quy định' }).click();
    await edit.waitFor({ state: 'detached' });
    await section.getByText(/Giờ làm việc ngày làm việc .*: 08:00–11:30, 13:30–17:30\./).waitFor();
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-province-office-hours');

    // The API keeps them as the province's (no agency), and the calendar works by them.
    const { accessToken } = await signIn(served.testApp, adminLogin);
    const rules = await served.testApp
      .http()
      .get('/api/v1/calendar/office-hours')
      .set(...bearer(accessToken));
    const province = (rules.body as Rule[]).filter((rule) => rule.agencyId === null);
    expect(province.map(({ validFrom, validTo, periods }) => ({ validFrom, validTo, periods }))).toEqual([
      {
        validFrom: '2015-01-01',
        validTo: '2021-10-31',
        periods: [
          { start: '07:00', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ],
      },
      {
        validFrom: '2021-11-01',
        validTo: format(addDays(today, -1), 'yyyy-MM-dd'),
        periods: [
          { start: '07:30', end: '12:00' },
          { start: '13:30', end: '17:00' },
        ],
      },
      {
        validFrom: format(today, 'yyyy-MM-dd'),
        validTo: null,
        periods: [
          { start: '08:00', end: '11:30' },
          { start: '13:30', end: '17:30' },
        ],
      },
    ]);
    const days = await served.testApp
      .http()
      .get('/api/v1/calendar/days')
      .set(...bearer(accessToken))
      .query({ from: format(today, 'yyyy-MM-dd'), to: format(addDays(today, 13), 'yyyy-MM-dd') });
    const working = (days.body.days as Array<{ working: boolean; periods: unknown[] }>).filter(
      (day) => day.working,
    );
    expect(working.length).toBeGreaterThan(0);
    for (const day of working) {
      expect(day.periods).toEqual([
        { start: '08:00', end: '11:30' },
        { start: '13:30', end: '17:30' },
      ]);
    }
  });
});

// An Ant Design date picker: type the date as shown (dd/MM/yyyy) and leave the field (Enter would
// also submit the form around it), then check the picker kept it.
async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  expect(await input.inputValue()).toBe(date);
}
