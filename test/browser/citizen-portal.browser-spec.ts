import { randomUUID } from 'node:crypto';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildPng, SAMPLE_PDF } from '../../src/infra/storage/test-fixtures';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { fullJourney, takeActions } from '../support/dossier-journeys';
import {
  type ConsoleWatch,
  describeWithBrowser,
  launchChromium,
  PHONE,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { finishAnimations } from './support/ant-design';
import { serveWebApp, type ServedApp } from './support/web-app';

// The citizen portal on a 360 px phone, against the real API and database: a citizen signs up,
// signs out and in again, submits "Đăng ký khai sinh" online with a scan per required document
// and finds it in "Hồ sơ của tôi"; another citizen, whose online dossier staff took to the end,
// tracks it by code and rates it from "Hồ sơ của tôi".
jest.setTimeout(90000);

const PASSWORD = 'Hoa-sen-2026';

describeWithBrowser('citizen portal on a phone', () => {
  let served: ServedApp;
  let browser: Browser;
  let deskName: string;
  let requiredDocuments: string[];

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    deskName = (await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK')).name;
    const procedure = await findBirthRegistration(served.testApp);
    const detail = await served.testApp.http().get(`/api/v1/procedures/${procedure.id}`);
    requiredDocuments = (
      detail.body.currentVersion.documents as Array<{ name: string; isRequired: boolean }>
    ).flatMap((document, index) => (document.isRequired ? [`${index + 1}. ${document.name}`] : []));
    expect(requiredDocuments.length).toBeGreaterThan(0);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;

  beforeEach(async () => {
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    console = watchConsole(page);
  });

  afterEach(async () => {
    const errors = console?.errors() ?? [];
    await context?.close();
    expect(errors).toEqual([]);
  });

  it('signs up, signs in again, submits a level 3 procedure online with its scans and sees it in my dossiers', async () => {
    const phone = `09${String(Date.now()).slice(-8)}`;
    await page.goto(`${served.baseUrl}/`);
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Đăng ký tài khoản công dân' }).click();
    await page.getByRole('heading', { name: 'Đăng ký tài khoản công dân' }).waitFor();
    await page.getByLabel('Họ và tên').fill('Trần Thị Bích');
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-sign-up');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await page.getByText('Bạn chưa nộp hồ sơ nào').waitFor();

    // Signing out forgets the session; signing in brings the citizen back.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await page.goto(`${served.baseUrl}/ho-so-cua-toi`);
    await page.waitForURL(/\/dang-nhap$/);
    console.expectFailedRequest('/api/v1/auth/login');
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(phone);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/ho-so-cua-toi$/);

    // From the catalog to the procedure page and its online submission.
    await page.getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await page.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến: Đăng ký khai sinh' }).waitFor();

    // Submitting without the scans names each missing document next to its file field.
    await page.getByLabel('Bộ phận tiếp nhận hồ sơ').click();
    await page.getByLabel('Bộ phận tiếp nhận hồ sơ').fill('Phuong 1');
    const desks = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
    await finishAnimations(desks);
    await desks.locator(`.ant-select-item-option[title="${deskName}"]`).first().click();
    expect(await page.getByLabel('Họ và tên (hoặc tên tổ chức)').inputValue()).toBe('Trần Thị Bích');
    await page.getByLabel('Số điện thoại').fill('0905111222');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText('Tải lên bản quét của giấy tờ bắt buộc này').first().waitFor();

    for (const [index, label] of requiredDocuments.entries()) {
      await page
        .getByLabel(label)
        .setInputFiles(
          index === 0
            ? { name: 'To khai khai sinh.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF }
            : { name: `giay-to-${index}.png`, mimeType: 'image/png', buffer: buildPng() },
        );
    }
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-submission');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.waitForURL(/\/ho-so-cua-toi\/[0-9a-f-]{36}$/);
    await page.getByText('Đã nộp hồ sơ', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Hồ sơ chờ tiếp nhận' }).waitFor();
    await page.getByText('To khai khai sinh.pdf').waitFor();
    await saveScreenshot(page, 'citizen-submitted-dossier');

    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).first().click();
    const card = page.getByRole('article', { name: 'Hồ sơ chờ tiếp nhận' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Mới đăng ký, chờ kiểm tra.*Đăng ký khai sinh.*Ngày nộp/);
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-my-dossiers');
  });

  it('tracks a returned dossier by its code, then rates it from my dossiers', async () => {
    const testApp = served.testApp;
    const phone = '0913579246';
    const registered = await testApp.http().post('/api/v1/auth/citizens/register').send({
      fullName: 'Võ Văn Tâm',
      phone,
      password: PASSWORD,
    });
    expect(registered.status).toBe(201);
    const dossier = await returnedOnlineDossier(served, registered.body.accessToken as string, phone);

    await page.goto(`${served.baseUrl}/tra-cuu?code=${encodeURIComponent(dossier.code)}`);
    await page.getByLabel('4 số cuối điện thoại').fill(phone.slice(-4));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
    await page.getByText('Đã trả kết quả').first().waitFor();
    await page.getByText('Đánh giá việc giải quyết hồ sơ').waitFor();
    await saveScreenshot(page, 'citizen-tracking-returned');

    // Rating needs the applicant's account: the link goes through sign-in to my dossiers.
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).last().click();
    await page.waitForURL(/\/dang-nhap$/);
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(phone);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/ho-so-cua-toi$/);
    await page.getByRole('link', { name: dossier.code }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
    await page.getByRole('heading', { name: 'Đánh giá việc giải quyết hồ sơ' }).waitFor();

    // Sending with an index left out is stopped next to that index.
    const groups = page.getByRole('group');
    await groups.first().waitFor();
    expect(await groups.count()).toBe(9);
    for (let index = 0; index < 8; index += 1) {
      await groups.nth(index).getByText('2 điểm:').click();
    }
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Chọn một mức cho chỉ số này').waitFor();
    await groups.nth(8).getByText('1 điểm:').click();
    await page.getByLabel('Ý kiến khác (không bắt buộc)').fill('Cán bộ hướng dẫn tận tình.');
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-rating-form');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Bạn đã đánh giá: 17/18 điểm').waitFor();
    await page.getByText('Ý kiến: Cán bộ hướng dẫn tận tình.').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi đánh giá' }).count()).toBe(0);
    await saveScreenshot(page, 'citizen-rating-done');
  });
});

// An online dossier of this citizen, received at Phường 1's desk and taken by the commune's
// staff through to the returned result, as test/e2e/dossier-evaluation.e2e-spec.ts does.
async function returnedOnlineDossier(
  served: ServedApp,
  citizenToken: string,
  phone: string,
): Promise<{ id: string; code: string }> {
  const testApp = served.testApp;
  const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
  const commune = await findAgency(testApp, 'PY-COMMUNE-22015');
  const procedure = await findBirthRegistration(testApp);
  const submitted = await testApp
    .http()
    .post('/api/v1/public/dossiers')
    .set(...bearer(citizenToken))
    .set('Idempotency-Key', `nop-${randomUUID()}`)
    .send({
      procedureId: procedure.id,
      deskAgencyId: desk.id,
      applicant: { kind: 'PERSON', name: 'Võ Văn Tâm', phone },
      checklist: fullChecklist(procedure.documentCount),
    });
  expect(submitted.status).toBe(201);
  const clerk = staffToken(testApp, ['CLERK'], desk.id);
  const returned = await takeActions(testApp, submitted.body, [
    ['RECEIVE', clerk],
    ...fullJourney({
      clerk,
      specialist: staffToken(testApp, ['SPECIALIST'], commune.id),
      head: staffToken(testApp, ['UNIT_HEAD', 'AGENCY_LEADER'], commune.id),
    }),
  ]);
  expect(returned.status).toBe('RETURNED');
  return { id: returned.id as string, code: returned.code as string };
}

async function expectFitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
}
