import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { insertStaffUser } from '../support/identity-fixtures';
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

// Xin ý kiến (Decree 61/2018 art. 19): the commune's handler asks the Department of Justice's
// opinion from the dossier page (first picking her own commune, which the API refuses under the
// field), with 3 working days; the department's specialist finds the dossier, answers, and both
// see the consultation answered on time.
jest.setTimeout(150000);

describeWithBrowser('a consultation asked and answered in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  let dossierId: string;
  let dossierCode: string;
  let communeName: string;
  let justiceName: string;
  let justiceSpecialistId: string;
  const handlerLogin = 'chuyenvien.xa.xinykien';
  const justiceLogin = 'chuyenvien.stp.xinykien';

  const http = () => served.testApp.http();
  const db = () => served.testApp.app.get(DataSource);

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(served.testApp, 'PY-COMMUNE-22015');
    const justice = await findAgency(served.testApp, 'PY-DEPT-STP');
    communeName = commune.name;
    justiceName = justice.name;
    const handler = await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST'],
      agencyId: commune.id,
      username: handlerLogin,
    });
    const justiceSpecialist = await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST'],
      agencyId: justice.id,
      username: justiceLogin,
    });
    justiceSpecialistId = justiceSpecialist.id;

    const procedure = await findBirthRegistration(served.testApp);
    const clerk = staffToken(served.testApp, ['CLERK'], desk.id);
    const head = staffToken(served.testApp, ['UNIT_HEAD'], commune.id);
    const received = await http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerk))
      .send({
        procedureId: procedure.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Phạm Thị Thu', phone: '0905135792' },
        checklist: fullChecklist(procedure.documentCount),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    dossierId = received.body.id;
    dossierCode = received.body.code;
    let version = received.body.version as number;
    for (const [action, token, body] of [
      ['TRANSFER', clerk, {}],
      ['ASSIGN', head, { assigneeId: handler.id }],
    ] as const) {
      const response = await http()
        .post(`/api/v1/dossiers/${dossierId}/actions/${action}`)
        .set(...bearer(token))
        .send({ version, ...body });
      expect([action, response.status]).toEqual([action, 200]);
      version = response.body.version;
    }
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

  async function signIn(address: string, login: string): Promise<void> {
    await signInAt(page, `${served.baseUrl}${address}`, login);
  }

  async function openDossierAs(login: string): Promise<void> {
    await signIn(`/can-bo/ho-so/${dossierId}`, login);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
  }

  async function pickAgency(dialog: ReturnType<Page['getByRole']>, typed: string, name: string) {
    const picker = dialog.getByLabel('Cơ quan được xin ý kiến');
    await picker.click();
    await picker.fill(typed);
    const exactly = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const dropdown = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: exactly });
    await option.waitFor();
    await finishAnimations(dropdown);
    await option.click();
  }

  const consultationsSection = () =>
    page.locator('.ant-card').filter({ has: page.getByRole('heading', { level: 2, name: 'Xin ý kiến' }) });

  it('the handler asks the Department of Justice, after the API refused her own commune under the field', async () => {
    await openDossierAs(handlerLogin);
    await consultationsSection().getByText('Chưa xin ý kiến cơ quan nào.').waitFor();
    await page.getByRole('button', { name: 'Xin ý kiến', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Xin ý kiến' });
    await dialog.waitFor();

    await pickAgency(dialog, communeName.replace(/^Ủy ban nhân dân /, ''), communeName);
    await dialog
      .getByLabel('Nội dung xin ý kiến')
      .fill('Đề nghị xác minh giấy chứng sinh do bệnh viện tỉnh cấp');
    const days = dialog.getByLabel('Thời hạn trả lời (ngày làm việc)');
    expect(await days.inputValue()).toBe('5');
    await days.fill('3');
    // The refusal is the point here: its 422 in the console is expected.
    console.expectFailedRequest(`/api/v1/dossiers/${dossierId}/actions/CONSULT`);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.getByText('Chọn một cơ quan khác cơ quan đang xử lý hồ sơ').waitFor();
    await saveScreenshot(page, 'specialist-consult-own-agency-refused');

    await pickAgency(dialog, 'so tu phap', justiceName);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    const row = consultationsSection().locator('tr').filter({ hasText: justiceName });
    await row.getByText('Trong hạn').waitFor();
    await row.getByText('3 ngày làm việc').waitFor();
    await row.getByText('Chưa trả lời').waitFor();
    await saveScreenshot(page, 'specialist-consult-asked');
    const rows = await db().query(
      'SELECT question, working_days FROM dossier_consultations WHERE dossier_id = $1',
      [dossierId],
    );
    expect(rows).toEqual([
      { question: 'Đề nghị xác minh giấy chứng sinh do bệnh viện tỉnh cấp', working_days: 3 },
    ]);
  });

  it("the department's specialist finds it in the work queue and answers from the dossier page, on time", async () => {
    await signIn('/can-bo/ho-so', justiceLogin);
    const waiting = page.locator('.ant-card').filter({
      has: page.getByRole('heading', { level: 2, name: 'Xin ý kiến chờ đơn vị trả lời (1)' }),
    });
    await waiting.getByText('Đề nghị xác minh giấy chứng sinh do bệnh viện tỉnh cấp').waitFor();
    await saveScreenshot(page, 'specialist-consult-queue');
    await waiting.getByRole('link', { name: dossierCode }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
    const actions = page.locator('.action-bar').getByRole('button');
    await page.getByRole('button', { name: 'Trả lời xin ý kiến', exact: true }).waitFor();
    expect(await actions.allTextContents()).toEqual(['Trả lời xin ý kiến']);
    await page.getByRole('button', { name: 'Trả lời xin ý kiến', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Trả lời xin ý kiến' });
    await dialog.waitFor();
    // The only open consultation is chosen already.
    await expect(
      dialog.getByRole('radio', { name: /Đề nghị xác minh giấy chứng sinh/ }).isChecked(),
    ).resolves.toBe(true);
    await dialog
      .getByLabel('Nội dung trả lời')
      .fill('Giấy chứng sinh số 125/BV do Bệnh viện Đa khoa tỉnh cấp là hợp lệ.');
    await saveScreenshot(page, 'specialist-consult-answer-modal');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    const row = consultationsSection().locator('tr').filter({ hasText: justiceName });
    await row.getByText('Đã trả lời đúng hạn').waitFor();
    await row.getByText('Giấy chứng sinh số 125/BV do Bệnh viện Đa khoa tỉnh cấp là hợp lệ.').waitFor();
    await saveScreenshot(page, 'specialist-consult-answered');
    const [answered] = await db().query(
      'SELECT answered_by_id, answered_late FROM dossier_consultations WHERE dossier_id = $1',
      [dossierId],
    );
    expect(answered).toEqual({ answered_by_id: justiceSpecialistId, answered_late: false });
  });
});
