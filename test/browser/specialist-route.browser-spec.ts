import { type Browser, type BrowserContext, type Page } from 'playwright-core';
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
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

// Handlers on the dossier page, across an inter-level route (liên thông): received at a commune
// desk, the commune's part done through the API, then the district assigns, sends for approval,
// approves and forwards in the browser, and the Department of Justice resolves it there. The
// buttons are the API's allowed actions; a version conflict is shown and the page reloads.
jest.setTimeout(120000);

describeWithBrowser('specialist resolves a dossier across a district → province route in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  let dossierId: string;
  let justiceToken: string;
  const districtLogin = 'truongphong.huyen.kiemthu';
  const justiceLogin = 'chuyenvien.stp.kiemthu';

  const http = () => served.testApp.http();

  async function act(id: string, action: string, token: string, body: object = {}): Promise<void> {
    const read = await http()
      .get(`/api/v1/dossiers/${id}`)
      .set(...bearer(token));
    const response = await http()
      .post(`/api/v1/dossiers/${id}/actions/${action}`)
      .set(...bearer(token))
      .send({ version: read.body.version, ...body });
    expect([action, response.status, response.body.detail]).toEqual([action, 200, undefined]);
  }

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(served.testApp, 'PY-COMMUNE-22015');
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    const justice = await findAgency(served.testApp, 'PY-DEPT-STP');
    const districtId = commune.parentId!;
    const admin = staffToken(served.testApp, ['ADMIN'], province.id);
    const [sector] = await served.testApp.dataSource.query(`SELECT id FROM sectors WHERE code = 'PY-HT'`);
    const created = await http()
      .post('/api/v1/admin/procedures')
      .set(...bearer(admin))
      .send({
        code: 'TEST.ROUTE.WEB',
        name: 'Cấp bản sao trích lục hộ tịch (liên thông kiểm thử)',
        sectorId: sector.id,
        implementations: [
          {
            level: 'PROVINCE',
            agencyId: justice.id,
            timeLimit: { amount: 15, unit: 'WORKING_DAYS' },
            route: [
              {
                sequence: 1,
                level: 'COMMUNE',
                agencyKind: 'PEOPLES_COMMITTEE',
                task: 'Xác nhận hồ sơ, gửi lên cấp huyện',
                allotted: { amount: 3, unit: 'WORKING_DAYS' },
                isLead: false,
              },
              {
                sequence: 2,
                level: 'DISTRICT',
                agencyKind: 'PEOPLES_COMMITTEE',
                task: 'Thẩm tra, có ý kiến, gửi Sở Tư pháp',
                allotted: { amount: 5, unit: 'WORKING_DAYS' },
                isLead: false,
              },
              {
                sequence: 3,
                level: 'PROVINCE',
                agencyId: justice.id,
                task: 'Thẩm định, quyết định',
                allotted: { amount: 7, unit: 'WORKING_DAYS' },
                isLead: true,
              },
            ],
          },
        ],
        serviceLevel: 2,
        onlineMode: 'NONE',
        fullyOnlineEligible: false,
        channels: ['DIRECT', 'POST'],
        documents: [{ name: 'Đơn đề nghị', form: 'ORIGINAL', quantity: 1, isRequired: true }],
        fees: [],
        resultType: 'Quyết định',
        resultElectronic: false,
        legalBasis: 'Văn bản kiểm thử',
      });
    expect([created.status, created.body.errors]).toEqual([201, undefined]);
    const published = await http()
      .post(`/api/v1/admin/procedures/${created.body.id}/publish`)
      .set(...bearer(admin))
      .send({ effectiveFrom: '2026-01-01' });
    expect(published.status).toBe(200);

    const clerk = staffToken(served.testApp, ['CLERK'], desk.id);
    const received = await http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerk))
      .send({
        procedureId: created.body.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Lê Thị Hồng', phone: '0905123456', idNumber: '054200001234' },
        checklist: [{ documentIndex: 0, provided: true }],
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    dossierId = received.body.id;
    // The desk and the commune do their part through the API.
    const communeHead = staffToken(served.testApp, ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'], commune.id);
    await act(dossierId, 'TRANSFER', clerk);
    await act(dossierId, 'ASSIGN', communeHead, { assigneeId: '00000000-0000-4000-8000-000000000001' });
    await act(dossierId, 'SEND_FOR_APPROVAL', communeHead);
    await act(dossierId, 'APPROVE', communeHead);
    await act(dossierId, 'FORWARD_TO_NEXT_AGENCY', communeHead);

    await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'],
      agencyId: districtId,
      username: districtLogin,
    });
    await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'],
      agencyId: justice.id,
      username: justiceLogin,
    });
    justiceToken = staffToken(served.testApp, ['SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER'], justice.id);
  }, 90000);

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

  async function openDossierAs(login: string): Promise<void> {
    await signInAt(page, `${served.baseUrl}/can-bo/ho-so/${dossierId}`, login);
    await page.getByRole('heading', { level: 1, name: /^Hồ sơ / }).waitFor();
  }

  // Clicks one of the API's allowed actions, fills its modal and confirms.
  async function takeAction(label: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
    await page.getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    await fill?.(dialog);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    // Done: the dialog closes (its confirmation toast lasts 3 s, too short to wait on when the
    // machine is busy); refused: the dialog shows the problem.
    const refused = dialog.getByRole('alert');
    await Promise.race([
      dialog.waitFor({ state: 'hidden', timeout: 60_000 }),
      refused.waitFor({ timeout: 60_000 }),
    ]);
    if (await refused.isVisible()) {
      throw new Error(`${label} was refused: ${await refused.textContent()}`);
    }
  }

  it('the district assigns, sends for approval, approves and forwards to the province', async () => {
    await openDossierAs(districtLogin);
    await page.getByText('Cấp bản sao trích lục hộ tịch (liên thông kiểm thử)').waitFor();
    // The route's steps: the commune's part done, the district's running, the province's planned.
    const steps = page.getByRole('table').filter({ hasText: 'Thẩm định, quyết định' });
    await steps.getByRole('row', { name: /Xác nhận hồ sơ.*Đã xong/ }).waitFor();
    await steps.getByRole('row', { name: /Thẩm tra.*Đang xử lý/ }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('054200001234');
    await saveScreenshot(page, 'specialist-dossier-district');

    await takeAction('Phân công xử lý');
    await takeAction('Trình phê duyệt', async (dialog) => {
      await dialog.getByLabel('Ghi chú').fill('Đủ điều kiện, đề nghị chuyển Sở Tư pháp');
    });
    await takeAction('Phê duyệt');
    await takeAction('Chuyển cơ quan tiếp theo (liên thông)');
    await page.getByText('Bạn không có thao tác nào trên hồ sơ ở trạng thái này.').waitFor();
    await steps.getByRole('row', { name: /Thẩm tra.*Đã xong/ }).waitFor();
  });

  it('the Department of Justice resolves it; a conflicting change is shown and reloaded', async () => {
    await openDossierAs(justiceLogin);
    await takeAction('Phân công xử lý');
    await page.getByRole('button', { name: 'Trình phê duyệt', exact: true }).waitFor();

    // Someone else sends it for approval while this page is open: the stale click gets a 409.
    console.expectFailedRequest(`/api/v1/dossiers/${dossierId}/actions/SEND_FOR_APPROVAL`);
    await act(dossierId, 'SEND_FOR_APPROVAL', justiceToken);
    await page.getByRole('button', { name: 'Trình phê duyệt', exact: true }).click();
    const stale = page.getByRole('dialog', { name: 'Trình phê duyệt' });
    await stale.getByRole('button', { name: 'Xác nhận' }).click();
    await stale.getByRole('alert').waitFor();
    expect(await stale.getByRole('alert').textContent()).toMatch(/phiên bản|thay đổi|cập nhật/i);
    await saveScreenshot(page, 'specialist-action-conflict');
    await stale.getByRole('button', { name: 'Đóng và tải lại hồ sơ' }).click();
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).waitFor();

    await takeAction('Phê duyệt');
    await page.getByRole('button', { name: 'Ban hành kết quả giải quyết', exact: true }).click();
    const resolve = page.getByRole('dialog', { name: 'Ban hành kết quả giải quyết' });
    await resolve.getByLabel('Kết quả giải quyết (số, ngày văn bản…)').fill('Quyết định số 12/QĐ-STP');
    await saveScreenshot(page, 'specialist-resolve-modal');
    await resolve.getByRole('button', { name: 'Xác nhận' }).click();
    await resolve.waitFor({ state: 'hidden', timeout: 60_000 });
    await page.getByText('Đã giải quyết, chờ trả kết quả').first().waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Quyết định số 12/QĐ-STP' }).first().waitFor();
    await saveScreenshot(page, 'specialist-dossier-resolved');

    const read = await http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(...bearer(justiceToken));
    expect(read.body).toMatchObject({ status: 'RESOLVED', resolution: 'GRANTED' });
    expect((read.body.steps as Array<{ status: string }>).map((step) => step.status)).toEqual([
      'DONE',
      'DONE',
      'DONE',
    ]);
  });
});
