import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
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
import { finishAnimations } from './support/ant-design';
import { serveWebApp, type ServedApp } from './support/web-app';
import { signInAt } from './support/staff-sign-in';

// The handling actions a commune uses on one dossier of "Đăng ký kết hôn" (5 working days):
// the head assigns a specialist picked by name from the staff directory; the specialist
// apologises with a new appointment (Mẫu 04 opens as a PDF), pauses for a financial obligation
// and resumes, and resolves with the result file; the desk's clerk finds it among the results
// waiting to be handed over and returns it.
jest.setTimeout(150000);

const RESULT_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

// dd/MM/yyyy HH:mm of an instant in Vietnam's time, as the date picker takes it.
function vietnamText(at: number): string {
  const local = new Date(at + 7 * 3600_000);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

describeWithBrowser('specialist actions and the return of the result in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  let dossierId: string;
  let dossierCode: string;
  let specialistId: string;
  let headToken: string;
  const headLogin = 'lanhdao.xa.kiemthu';
  const specialistLogin = 'chuyenvien.xa.kiemthu';
  const clerkLogin = 'motcua.xa.kiemthu';

  const http = () => served.testApp.http();
  const db = () => served.testApp.app.get(DataSource);

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(served.testApp, 'PY-COMMUNE-22015');
    const head = await insertStaffUser(served.testApp, {
      roles: ['UNIT_HEAD', 'AGENCY_LEADER'],
      agencyId: commune.id,
      username: headLogin,
    });
    const specialist = await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST'],
      agencyId: commune.id,
      username: specialistLogin,
    });
    await insertStaffUser(served.testApp, { roles: ['CLERK'], agencyId: desk.id, username: clerkLogin });
    specialistId = specialist.id;
    await db().query(`UPDATE staff_users SET full_name = 'Trần Văn Bình' WHERE id = $1`, [specialist.id]);
    await db().query(`UPDATE staff_users SET full_name = 'Lê Thị An' WHERE id = $1`, [head.id]);
    headToken = staffToken(served.testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id);

    const search = await http().get('/api/v1/procedures').query({ q: 'đăng ký kết hôn', level: 'COMMUNE' });
    const found = (search.body.items as Array<{ id: string; name: string }>).find(
      (item) => item.name === 'Đăng ký kết hôn',
    )!;
    const detail = await http().get(`/api/v1/procedures/${found.id}`);
    const clerk = staffToken(served.testApp, ['CLERK'], desk.id);
    const received = await http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerk))
      .send({
        procedureId: found.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Nguyễn Thị Mai', phone: '0905246810' },
        checklist: fullChecklist((detail.body.currentVersion.documents as unknown[]).length),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    dossierId = received.body.id;
    dossierCode = received.body.code;
    const transferred = await http()
      .post(`/api/v1/dossiers/${dossierId}/actions/TRANSFER`)
      .set(...bearer(clerk))
      .send({ version: received.body.version });
    expect(transferred.status).toBe(200);
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

  async function confirm(label: string): Promise<void> {
    const dialog = page.getByRole('dialog', { name: label });
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

  async function openAction(label: string) {
    await page.getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    return dialog;
  }

  it('the head assigns the dossier to a specialist found by name, typed without accents', async () => {
    await openDossierAs(headLogin);
    const dialog = await openAction('Phân công xử lý');
    const picker = dialog.getByLabel('Người xử lý');
    await picker.click();
    await picker.fill('tran van binh');
    const dropdown = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: 'Trần Văn Bình' });
    await option.waitFor();
    expect(await dropdown.locator('.ant-select-item-option').count()).toBe(1);
    // Clicked once the dropdown stands still: a click mid-animation once missed it on a loaded
    // machine, and the dialog kept its first choice.
    await finishAnimations(dropdown);
    await option.click();
    await picker
      .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]')
      .filter({ hasText: 'Trần Văn Bình' })
      .waitFor();
    await saveScreenshot(page, 'specialist-assign-by-name');
    await confirm('Phân công xử lý');
    const [row] = await db().query(`SELECT assigned_to_id FROM dossiers WHERE id = $1`, [dossierId]);
    expect(row.assigned_to_id).toBe(specialistId);
  });

  it('the specialist apologises with a new appointment, and Mẫu 04 opens as a PDF', async () => {
    await openDossierAs(specialistLogin);
    const before = await http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(...bearer(headToken));
    // Three days later at 14:00 in Vietnam (the picker steps by 15 minutes).
    const later = vietnamText(Date.parse(before.body.appointmentAt as string) + 3 * 24 * 3600_000);
    const [day, month, year] = later.slice(0, 10).split('/');
    const newAppointment = Date.parse(`${year}-${month}-${day}T14:00:00+07:00`);
    const dialog = await openAction('Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả');
    await dialog
      .getByLabel('Lý do chậm trễ (in trên phiếu xin lỗi, Mẫu 04)')
      .fill('Chờ xác minh tình trạng hôn nhân');
    // Picked as Vietnam's time although the browser is in Paris.
    const picker = dialog.getByLabel('Ngày giờ hẹn trả kết quả mới (giờ Việt Nam)');
    await picker.click();
    await picker.fill(vietnamText(newAppointment));
    // The panel's OK button commits the typed value (Enter would also submit the form).
    await page.locator('.ant-picker-dropdown .ant-picker-ok button').click();
    // Confirmed once the panel has gone: a click while it still closed was taken by the panel on
    // a loaded run, and the dialog was never sent.
    await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
    expect(await picker.inputValue()).toBe(vietnamText(newAppointment));
    await saveScreenshot(page, 'specialist-apology-modal');
    await confirm('Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả');
    await page.getByText('Đã hẹn lại (Mẫu 04)').waitFor();
    await page.getByText(vietnamText(newAppointment)).first().waitFor();
    const after = await http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(...bearer(headToken));
    expect(Date.parse(after.body.appointmentAt as string)).toBe(newAppointment);
    expect(after.body.dueAt).toBe(before.body.dueAt);

    const [popup, apology] = await Promise.all([
      page.waitForEvent('popup'),
      page.waitForResponse((response) => response.url().includes('/forms/apology.pdf')),
      page.getByRole('button', { name: /^Mở PDF Mẫu 04/ }).click(),
    ]);
    expect(apology.status()).toBe(200);
    expect(apology.headers()['content-type']).toMatch(/^application\/pdf/);
    await popup.waitForURL(/^blob:/);
    await popup.waitForLoadState();
    expect(await popup.evaluate<string>('document.contentType')).toBe('application/pdf');
    await saveScreenshot(page, 'specialist-apology-issued');
  });

  it('pauses for a financial obligation and resumes when it is met', async () => {
    await openDossierAs(specialistLogin);
    const pause = await openAction('Chờ thực hiện nghĩa vụ tài chính');
    await pause
      .getByLabel('Nghĩa vụ tài chính người nộp phải thực hiện')
      .fill('Nộp lệ phí đăng ký kết hôn có yếu tố nước ngoài');
    await confirm('Chờ thực hiện nghĩa vụ tài chính');
    await page.getByText('Thời gian tạm dừng').waitFor();
    await page.getByText(/đang dừng/).waitFor();
    await page.getByText('Lý do: Nộp lệ phí đăng ký kết hôn có yếu tố nước ngoài').waitFor();
    await saveScreenshot(page, 'specialist-financial-pause');

    await openAction('Đã thực hiện nghĩa vụ tài chính');
    await confirm('Đã thực hiện nghĩa vụ tài chính');
    await page.getByText('Đang xử lý', { exact: true }).first().waitFor();
    expect(await page.getByText(/đang dừng/).count()).toBe(0);
    const [row] = await db().query(`SELECT status FROM dossiers WHERE id = $1`, [dossierId]);
    expect(row.status).toBe('IN_PROGRESS');
  });

  it('resolves with the result file, stored as the result before the resolution', async () => {
    await openDossierAs(specialistLogin);
    await openAction('Trình phê duyệt');
    await confirm('Trình phê duyệt');
    const read = await http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(...bearer(headToken));
    const approved = await http()
      .post(`/api/v1/dossiers/${dossierId}/actions/APPROVE`)
      .set(...bearer(headToken))
      .send({ version: read.body.version });
    expect(approved.status).toBe(200);
    await page.getByRole('button', { name: 'Làm mới' }).click();

    const dialog = await openAction('Ban hành kết quả giải quyết');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'giay-chung-nhan-ket-hon.pdf',
      mimeType: 'application/pdf',
      buffer: RESULT_PDF,
    });
    await dialog.getByText('giay-chung-nhan-ket-hon.pdf').waitFor();
    await dialog
      .getByLabel('Kết quả giải quyết (số, ngày văn bản…)')
      .fill('Giấy chứng nhận kết hôn số 15/2026');
    await saveScreenshot(page, 'specialist-resolve-with-file');
    await confirm('Ban hành kết quả giải quyết');
    await page.getByText('Đã giải quyết, chờ trả kết quả').first().waitFor();
    await page.getByText('giay-chung-nhan-ket-hon.pdf').waitFor();
    const attachments = await db().query(
      `SELECT purpose, file_name FROM dossier_attachments WHERE dossier_id = $1`,
      [dossierId],
    );
    expect(attachments).toEqual([{ purpose: 'RESULT', file_name: 'giay-chung-nhan-ket-hon.pdf' }]);
  });

  it("the desk's clerk finds it among the results to hand over, with its procedure, and returns it", async () => {
    await signIn('/can-bo/ho-so?view=toReturn', clerkLogin);
    await page.getByRole('heading', { level: 1, name: 'Hàng đợi hồ sơ' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: dossierCode });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đăng ký kết hôn');
    expect(await row.textContent()).toContain('Nguyễn Thị Mai');
    await saveScreenshot(page, 'clerk-return-queue');

    await row.getByRole('link', { name: dossierCode }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
    await openAction('Trả kết quả');
    await confirm('Trả kết quả');
    await page.getByText('Đã trả kết quả').first().waitFor();
    await saveScreenshot(page, 'clerk-returned');
    const [stored] = await db().query(`SELECT status, returned_at FROM dossiers WHERE id = $1`, [dossierId]);
    expect(stored.status).toBe('RETURNED');
    expect(stored.returned_at).not.toBeNull();
  });
});
