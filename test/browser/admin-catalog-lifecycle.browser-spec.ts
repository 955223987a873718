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
import { chooseOption, finishAnimations } from './support/ant-design';
import { auditDialog } from './support/axe';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

jest.setTimeout(150000);

const NEW_CODE = 'KIEMTHU.VONGDOI.001';
const NEW_NAME = 'Xác nhận thông tin hộ tịch (kiểm thử vòng đời thủ tục)';
const DRAFT_CODE = 'KIEMTHU.XOA.001';
const DRAFT_NAME = 'Thủ tục kiểm thử chưa công bố, để xóa';

// A provincial administrator adds a procedure from the catalog screen: first with the code of an
// existing one, refused under the code field, then with its own code; it opens in its drawer and
// appears in the list as a draft. She publishes it from today, suspends it (the public API no
// longer offers it), and reinstates it (offered again). A draft never published is deleted
// instead, after a confirmation.
describeWithBrowser('admin catalog lifecycle in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let token: ReturnType<typeof bearer>;
  let draftId: string;
  const adminLogin = 'quantri.vongdoi.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    await insertStaffUser(served.testApp, { roles: ['ADMIN'], agencyId: province.id, username: adminLogin });
    token = bearer(staffToken(served.testApp, ['ADMIN'], province.id));
    const [sector] = await served.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM sectors WHERE code = 'PY-HT'`,
    );
    const created = await served.testApp
      .http()
      .post('/api/v1/admin/procedures')
      .set(...token)
      .send({
        code: DRAFT_CODE,
        name: DRAFT_NAME,
        sectorId: sector.id,
        implementations: [
          {
            level: 'COMMUNE',
            agencyKind: 'PEOPLES_COMMITTEE',
            timeLimit: { amount: 3, unit: 'WORKING_DAYS' },
          },
        ],
        serviceLevel: 2,
        onlineMode: 'NONE',
        fullyOnlineEligible: false,
        channels: ['DIRECT'],
        documents: [],
        fees: [],
        resultType: 'Giấy xác nhận',
        resultElectronic: false,
        legalBasis: 'Luật Hộ tịch năm 2014',
      });
    expect(created.status).toBe(201);
    draftId = (created.body as { id: string }).id;
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

  const openCatalog = async (query: string) => {
    // The app's CSP allows no inline script; axe is a test instrument, injected around it.
    context = await browser.newContext({ ...DESKTOP, bypassCSP: true });
    page = await context.newPage();
    console = watchConsole(page);
    await signInAt(page, `${served.baseUrl}/can-bo/quan-tri/thu-tuc`, adminLogin);
    await page.waitForURL(/\/can-bo\/quan-tri\/thu-tuc$/);
    await page.getByLabel('Tên hoặc mã thủ tục').fill(query);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\?q=/);
  };

  const publicProcedure = (id: string) => served.testApp.http().get(`/api/v1/procedures/${id}`);
  const publicSearch = async (q: string) =>
    (
      (await served.testApp.http().get('/api/v1/procedures').query({ q })).body as {
        items: Array<{ id: string }>;
      }
    ).items;

  it('creates a procedure (a used code refused under its field), publishes, suspends and reinstates it', async () => {
    // The list searched for the code first: it shows the new procedure once created.
    await openCatalog(NEW_CODE);
    // The used code is refused with a 409 on purpose: the browser logs it as a failed resource.
    console.expectFailedRequest('/api/v1/admin/procedures');

    await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm thủ tục' });
    await finishAnimations(dialog);
    await dialog.getByLabel('Mã thủ tục', { exact: true }).fill('LOCAL.LLTP-CONGDAN');
    await dialog.getByLabel('Tên thủ tục').fill(NEW_NAME);
    await chooseOption(page, dialog.getByLabel('Lĩnh vực'), 'Hộ tịch (PY-HT)', 'Hộ tịch');
    const level = dialog.getByRole('group', { name: 'Cấp thực hiện 1' });
    await level.getByLabel('Thời hạn giải quyết').fill('3');
    await dialog.getByLabel('Kết quả thực hiện').fill('Giấy xác nhận thông tin hộ tịch');
    await dialog.getByLabel('Căn cứ pháp lý').fill('Luật Hộ tịch năm 2014; Nghị định 123/2015/NĐ-CP');
    await dialog.getByRole('button', { name: 'Tạo thủ tục' }).click();
    const codeField = dialog
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('Mã thủ tục', { exact: true }) });
    await codeField.getByText('đã được dùng cho thủ tục khác').waitFor();
    await codeField.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-catalog-create');
    expect(await auditDialog(page)).toEqual([]);

    await dialog.getByLabel('Mã thủ tục', { exact: true }).fill(NEW_CODE);
    await dialog.getByRole('button', { name: 'Tạo thủ tục' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The new procedure opens in its drawer, a draft that may be deleted but not suspended; the
    // list behind has reloaded with it.
    const drawer = page.locator('.ant-drawer-section').filter({ hasText: NEW_CODE });
    await drawer.getByRole('heading', { name: NEW_NAME }).waitFor();
    await statusIs(drawer, 'Bản nháp');
    await drawer.getByRole('button', { name: 'Xóa thủ tục' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Tạm ngừng' }).count()).toBe(0);
    await listShows(page, NEW_CODE, 'Bản nháp');
    const [{ id }] = await served.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM procedures WHERE code = $1`,
      [NEW_CODE],
    );
    expect((await publicProcedure(id)).status).toBe(404);

    // Published from today: no longer deletable, suspendable.
    await drawer.getByRole('button', { name: 'Công bố phiên bản 1' }).click();
    await statusIs(drawer, 'Đang công bố');
    await drawer.getByRole('button', { name: 'Tạm ngừng' }).waitFor();
    expect(await drawer.getByRole('button', { name: 'Xóa thủ tục' }).count()).toBe(0);
    await listShows(page, NEW_CODE, 'Đang công bố');
    expect((await publicProcedure(id)).status).toBe(200);
    expect((await publicSearch(NEW_CODE)).map((item) => item.id)).toEqual([id]);

    // Suspended with its reason (asked for before anything changes).
    await drawer.getByRole('button', { name: 'Tạm ngừng' }).click();
    const suspending = page.getByRole('dialog', { name: `Tạm ngừng thủ tục ${NEW_CODE}` });
    await finishAnimations(suspending);
    await suspending.getByRole('button', { name: 'Tạm ngừng' }).click();
    await suspending.getByText('Nhập lý do').waitFor();
    await suspending.getByLabel('Lý do tạm ngừng').fill('Theo Quyết định số 12/QĐ-UBND (kiểm thử)');
    await suspending.getByRole('button', { name: 'Tạm ngừng' }).click();
    await suspending.waitFor({ state: 'detached' });
    await statusIs(drawer, 'Tạm ngừng');
    await drawer.getByRole('button', { name: 'Khôi phục' }).waitFor();
    await listShows(page, NEW_CODE, 'Tạm ngừng');
    await saveScreenshot(page, 'admin-catalog-suspend');
    expect((await publicProcedure(id)).status).toBe(404);
    // The search then falls back on names alike; the suspended procedure is not among them.
    expect((await publicSearch(NEW_CODE)).map((item) => item.id)).not.toContain(id);

    // Reinstated: offered to the public again.
    await drawer.getByRole('button', { name: 'Khôi phục' }).click();
    const reinstating = page.getByRole('dialog', { name: `Khôi phục thủ tục ${NEW_CODE}` });
    await finishAnimations(reinstating);
    await reinstating.getByLabel('Lý do khôi phục').fill('Quyết định số 12/QĐ-UBND được thu hồi (kiểm thử)');
    await reinstating.getByRole('button', { name: 'Khôi phục' }).click();
    await reinstating.waitFor({ state: 'detached' });
    await statusIs(drawer, 'Đang công bố');
    await listShows(page, NEW_CODE, 'Đang công bố');
    expect((await publicProcedure(id)).status).toBe(200);
    expect((await publicSearch(NEW_CODE)).map((item) => item.id)).toEqual([id]);

    const audit = await served.testApp.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((event) => event.action)).toEqual([
      'procedure.create',
      'procedure.publish',
      'procedure.suspend',
      'procedure.reinstate',
    ]);
  });

  it('deletes a procedure never published, after a confirmation', async () => {
    await openCatalog(DRAFT_CODE);
    await listShows(page, DRAFT_CODE, 'Bản nháp');
    await page.getByRole('button', { name: DRAFT_NAME, exact: true }).click();
    const drawer = page.locator('.ant-drawer-section').filter({ hasText: DRAFT_CODE });
    await statusIs(drawer, 'Bản nháp');
    await drawer.getByRole('button', { name: 'Xóa thủ tục' }).click();
    const confirmation = page.locator('.ant-popover:visible:not([class*="-leave"])');
    await confirmation.getByText('Xóa thủ tục này?').waitFor();
    await finishAnimations(confirmation);
    await confirmation.getByRole('button', { name: 'Xóa', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('.ant-table-row').filter({ hasText: DRAFT_CODE }).waitFor({ state: 'detached' });
    const detail = await served.testApp
      .http()
      .get(`/api/v1/admin/procedures/${draftId}`)
      .set(...token);
    expect(detail.status).toBe(404);
  });
});

// The drawer's status line, once the reload after a change has arrived.
async function statusIs(drawer: Locator, label: string): Promise<void> {
  await drawer
    .locator('.ant-descriptions-row')
    .filter({ hasText: 'Trạng thái' })
    .filter({ hasText: label })
    .waitFor();
}

// The list behind the drawer shows the procedure's row with its status.
async function listShows(page: Page, code: string, label: string): Promise<void> {
  await page
    .locator('.ant-table-row')
    .filter({ has: page.getByRole('cell', { name: code, exact: true }) })
    .filter({ hasText: label })
    .waitFor();
}
