import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { bearer, staffToken } from '../support/auth';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser } from '../support/identity-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { chooseOption } from './support/ant-design';
import { auditDialog } from './support/axe';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

jest.setTimeout(120000);

const PROCEDURE_NAME =
  'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam';

interface RouteStep {
  sequence: number;
  level: string;
  agencyKind: string | null;
  agencyId: string | null;
  task: string;
  allotted: { amount: number; unit: string };
  isLead: boolean;
}

// A provincial administrator edits the inter-agency route of "Cấp Phiếu lý lịch tư pháp" (10 days,
// three steps of 2 + 6 + 2 days at Sở Tư pháp and the provincial police) in a new draft: she adds
// a fourth step, Sở Tư pháp picked from the agency directory, 1 day to hand the result back. The
// running total reads 11 of 10 days; the server refuses the route as over the time limit and the
// refusal is shown under the route; she gives the police 5 days instead of 6 and the draft saves
// with the four steps.
describeWithBrowser('admin catalog route editing in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let procedureId: string;
  let justiceId: string;
  let provinceId: string;
  const adminLogin = 'quantri.lienthong.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    provinceId = province.id;
    justiceId = (await findAgency(served.testApp, 'PY-DEPT-STP')).id;
    await insertStaffUser(served.testApp, { roles: ['ADMIN'], agencyId: province.id, username: adminLogin });
    const [procedure] = await served.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM procedures WHERE code = 'LOCAL.LLTP-CONGDAN'`,
    );
    procedureId = procedure.id;
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

  it('adds a route step, reads the refusal of a route over the time limit under it, fixes it and saves', async () => {
    // The app's CSP allows no inline script; axe is a test instrument, injected around it.
    context = await browser.newContext({ ...DESKTOP, bypassCSP: true });
    page = await context.newPage();
    console = watchConsole(page);
    // The refused save is a 400 on purpose: the browser logs it as a failed resource.
    console.expectFailedRequest(`/api/v1/admin/procedures/${procedureId}/draft`);
    await signInAt(page, `${served.baseUrl}/can-bo/quan-tri/thu-tuc`, adminLogin);
    await page.waitForURL(/\/can-bo\/quan-tri\/thu-tuc$/);

    await page.getByLabel('Tên hoặc mã thủ tục').fill('lý lịch tư pháp');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('button', { name: PROCEDURE_NAME, exact: true }).click();
    await page.getByRole('button', { name: 'Soạn bản nháp mới' }).click();
    const editor = page.getByRole('dialog', { name: /Soạn bản nháp mới/ });
    const route = editor.getByRole('region', { name: 'Quy trình liên thông (Cấp tỉnh)' });
    await route.getByRole('group', { name: 'Bước 3', exact: true }).waitFor();
    const total = route.getByRole('status');
    await showsTotal(total, 'Tổng thời gian các bước: 10 / thời hạn 10 ngày');

    // A fourth step: Sở Tư pháp, picked from the directory by typing part of its name.
    await route.getByRole('button', { name: 'Thêm bước (Cấp tỉnh)' }).click();
    const added = route.getByRole('group', { name: 'Bước 4', exact: true });
    await chooseOption(page, added.getByLabel('Xác định cơ quan'), 'Một cơ quan cụ thể');
    const agency = added.getByLabel('Cơ quan', { exact: true });
    await agency.fill('tu phap');
    await page.waitForLoadState('networkidle');
    await chooseOption(page, agency, 'Sở Tư pháp tỉnh Phú Yên');
    await added.locator('.ant-select').filter({ hasText: 'Sở Tư pháp tỉnh Phú Yên' }).waitFor();
    await added
      .getByLabel('Nhiệm vụ')
      .fill('Chuyển Phiếu lý lịch tư pháp về Bộ phận Tiếp nhận và Trả kết quả');
    await added.getByLabel('Thời gian được giao').fill('1');
    await showsTotal(total, 'Tổng thời gian các bước: 11 / thời hạn 10 ngày (vượt 1 ngày)');

    // Moved up and back down from the keyboard: focus stays on the moved step's buttons.
    await added.getByRole('button', { name: 'Chuyển bước 4 lên' }).focus();
    await page.keyboard.press('Enter');
    await page.locator(':focus[aria-label="Chuyển bước 3 lên"]').waitFor();
    const moved = route.getByRole('group', { name: 'Bước 3', exact: true });
    expect(await moved.getByLabel('Nhiệm vụ').inputValue()).toContain('Chuyển Phiếu lý lịch tư pháp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Back at the end, where "down" is disabled: focus falls back on "up".
    await page.locator(':focus[aria-label="Chuyển bước 4 lên"]').waitFor();
    expect(await added.getByLabel('Nhiệm vụ').inputValue()).toContain('Chuyển Phiếu lý lịch tư pháp');

    // Two more slips for the server to find: the new step also leads, and its task holds the
    // import layout's "|". The route's problems are shown under its total, the task's under it.
    await added.getByLabel('Cơ quan chủ trì').check();
    const task = added.getByLabel('Nhiệm vụ');
    await task.fill('Chuyển Phiếu lý lịch tư pháp | trả kết quả');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const refusal = route.getByRole('alert').filter({ hasText: 'vượt thời hạn giải quyết' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'tổng thời gian các bước (11 ngày) vượt thời hạn giải quyết (10 ngày)',
    );
    expect(await refusal.textContent()).toContain('cần đúng một cơ quan chủ trì (isLead), đang có 2');
    const taskProblem = added.getByText('không được chứa ký tự "|"', { exact: false });
    await taskProblem.waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-catalog-route-refused');
    expect(await auditDialog(page)).toEqual([]);

    // One lead, a plain task, and the police get 5 days instead of 6: the route fits.
    await added.getByLabel('Cơ quan chủ trì').uncheck();
    await refusal.waitFor({ state: 'detached' });
    await task.fill('Chuyển Phiếu lý lịch tư pháp về Bộ phận Tiếp nhận và Trả kết quả');
    await taskProblem.waitFor({ state: 'detached' });
    await route
      .getByRole('group', { name: 'Bước 2', exact: true })
      .getByLabel('Thời gian được giao')
      .fill('5');
    await showsTotal(total, 'Tổng thời gian các bước: 10 / thời hạn 10 ngày');
    await saveScreenshot(page, 'admin-catalog-route-fixed');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByText('Đã lưu bản nháp.').waitFor();

    const detail = await served.testApp
      .http()
      .get(`/api/v1/admin/procedures/${procedureId}`)
      .set(...bearer(staffToken(served.testApp, ['ADMIN'], provinceId)));
    expect(detail.status).toBe(200);
    const steps = detail.body.draftVersion.implementations[0].route as RouteStep[];
    expect(steps.map((step) => [step.sequence, step.allotted.amount, step.isLead])).toEqual([
      [1, 2, true],
      [2, 5, false],
      [3, 2, false],
      [4, 1, false],
    ]);
    expect(steps[3]).toMatchObject({
      level: 'PROVINCE',
      agencyKind: null,
      agencyId: justiceId,
      task: 'Chuyển Phiếu lý lịch tư pháp về Bộ phận Tiếp nhận và Trả kết quả',
      allotted: { amount: 1, unit: 'CALENDAR_DAYS' },
    });
    // The database's draft holds the same route; the version in force keeps its three steps.
    const stored = await served.testApp.dataSource.query<
      Array<{ status: string; implementations: Array<{ route: RouteStep[] }> }>
    >(`SELECT status, implementations FROM procedure_versions WHERE procedure_id = $1 ORDER BY version_no`, [
      procedureId,
    ]);
    expect(stored.map((version) => [version.status, version.implementations[0].route.length])).toEqual([
      ['PUBLISHED', 3],
      ['DRAFT', 4],
    ]);
    expect(stored[1].implementations[0].route[1].allotted).toEqual({ amount: 5, unit: 'CALENDAR_DAYS' });
  });
});

// The running total follows the form a render later: wait for the exact text.
async function showsTotal(total: Locator, text: string): Promise<void> {
  await total.filter({ hasText: text }).waitFor();
  expect(await total.textContent()).toBe(text);
}
