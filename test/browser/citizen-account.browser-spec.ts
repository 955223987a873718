import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { takeActions } from '../support/dossier-journeys';
import {
  type ConsoleWatch,
  describeWithBrowser,
  launchChromium,
  PHONE,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { serveWebApp, type ServedApp } from './support/web-app';

// The citizen's inbox and account on a 360 px phone, against the real API and database: a
// citizen's online dossier is received by the desk's clerk, the outbox relay turns that into an
// in-app notice, and the citizen finds it under Thông báo (with the header's unread count),
// opens the dossier from it, marks it read, and changes how notices reach them.
jest.setTimeout(120000);

const PASSWORD = 'Hoa-sen-2026';
const NAME = 'Đặng Thị Mai';

describeWithBrowser('citizen account and notices on a phone', () => {
  let served: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
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

  it('gets a notice of the desk receiving an online dossier, opens the dossier from it, marks it read and keeps a changed preference', async () => {
    const phone = '0914682357';
    const registered = await served.testApp
      .http()
      .post('/api/v1/auth/citizens/register')
      .send({ fullName: NAME, phone, password: PASSWORD });
    expect(registered.status).toBe(201);

    await page.goto(`${served.baseUrl}/dang-nhap`);
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(phone);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/ho-so-cua-toi$/);

    // Nothing yet: no badge, and the inbox says it is empty.
    await page.getByRole('link', { name: 'Thông báo', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    await page.getByText('Bạn chưa có thông báo nào.').waitFor();

    const dossier = await receivedOnlineDossier(served, registered.body.accessToken as string, phone);
    await relayUntilInboxed(served, dossier.id);

    // Back on the page (as after a while away): the header counts the unread notice.
    await page.reload();
    const inbox = page.getByRole('link', { name: 'Thông báo (1 chưa đọc)' });
    await inbox.waitFor();
    const notice = page.getByRole('article', { name: /\(chưa đọc\)$/ });
    await notice.waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await notice.getByText('Chưa đọc', { exact: true }).waitFor();
    expect(await notice.textContent()).toContain(dossier.code);
    expect(await notice.textContent()).toContain('Đăng ký khai sinh');
    expect(await notice.locator('time').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await notice.locator('time').getAttribute('datetime')).toMatch(/\+07:00$/);
    await page.getByText('1 thông báo chưa đọc').waitFor();
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-notifications');

    // The notice leads to the dossier it concerns.
    await notice.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await page.waitForURL(new RegExp(`/ho-so-cua-toi/${dossier.id}$`));
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.code}` }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();

    await page.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page
      .getByRole('article', { name: `Hồ sơ trực tuyến đã được tiếp nhận: ${dossier.code}`, exact: true })
      .waitFor();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Đánh dấu đã đọc' }).count()).toBe(0);
    expect(await page.getByText('Chưa đọc', { exact: true }).count()).toBe(0);

    // The account: the profile as the API masks it, the way to the password, the channels.
    await page.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await page.getByText(NAME).waitFor();
    await page.getByText(`*******${phone.slice(-3)}`).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(phone);
    expect(await page.getByRole('link', { name: 'Đổi mật khẩu' }).getAttribute('href')).toBe('/doi-mat-khau');
    const sms = page.getByRole('checkbox', { name: 'Tin nhắn SMS' });
    expect(await sms.isChecked()).toBe(true);
    await sms.uncheck();
    await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
    await page.getByText('Đã lưu lựa chọn nhận thông báo').waitFor();
    await expectFitsPhone(page);
    await saveScreenshot(page, 'citizen-account');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await page.getByRole('checkbox', { name: 'Thư điện tử' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Tin nhắn SMS' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Zalo' }).isChecked()).toBe(true);
    const kept = await served.testApp
      .http()
      .get('/api/v1/me/notification-preferences')
      .set(...bearer(registered.body.accessToken as string));
    expect(kept.body).toEqual({ email: true, sms: false, zalo: true, inApp: true });
  });
});

// The citizen's online dossier, submitted through the API and received at Phường 1's desk.
async function receivedOnlineDossier(
  served: ServedApp,
  citizenToken: string,
  phone: string,
): Promise<{ id: string; code: string }> {
  const testApp = served.testApp;
  const desk = await findAgency(testApp, 'PY-COMMUNE-22015-DESK');
  const procedure = await findBirthRegistration(testApp);
  const submitted = await testApp
    .http()
    .post('/api/v1/public/dossiers')
    .set(...bearer(citizenToken))
    .set('Idempotency-Key', `nop-${randomUUID()}`)
    .send({
      procedureId: procedure.id,
      deskAgencyId: desk.id,
      applicant: { kind: 'PERSON', name: NAME, phone },
      checklist: fullChecklist(procedure.documentCount),
    });
  expect(submitted.status).toBe(201);
  const received = await takeActions(testApp, submitted.body, [
    ['RECEIVE', staffToken(testApp, ['CLERK'], desk.id)],
  ]);
  expect(received.status).toBe('RECEIVED');
  return { id: received.id as string, code: received.code as string };
}

// What the relay's timer does (the test app keeps it quiet): plan the event's deliveries, then
// wait for the in-process queue to write the in-app one.
async function relayUntilInboxed(served: ServedApp, dossierId: string): Promise<void> {
  await served.testApp.app.get(OutboxRelay).relayPending();
  for (;;) {
    const [delivery] = await served.testApp.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM notification_deliveries WHERE dossier_id = $1 AND channel = 'IN_APP'`,
      [dossierId],
    );
    if (delivery && delivery.status !== 'PENDING') {
      expect(delivery.status).toBe('SENT');
      return;
    }
    await sleep(100);
  }
}

async function expectFitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
}
