import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { OutboxRelay } from '../../src/modules/jobs/outbox-relay/outbox-relay.service';
import { bearer, staffToken } from '../support/auth';
import { findAgency, findBirthRegistration, fullChecklist } from '../support/dossier-fixtures';
import { takeActions } from '../support/dossier-journeys';
import { insertStaffUser } from '../support/identity-fixtures';
import {
  type ConsoleWatch,
  describeWithBrowser,
  DESKTOP,
  launchChromium,
  saveScreenshot,
  watchConsole,
} from './support/browser';
import { signInAt } from './support/staff-sign-in';
import { serveWebApp, type ServedApp } from './support/web-app';

// A specialist's in-app notices in the staff console, against the real API and database: the
// commune's head assigns a dossier to her, the outbox relay turns the assignment into an in-app
// notice, and she finds it under Thông báo (with the header's unread count), opens the dossier
// from it, comes back and marks it read.
jest.setTimeout(120000);

describeWithBrowser('staff notices in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let console: ConsoleWatch;
  let dossier: { id: string; code: string };
  const specialistLogin = 'chuyenvien.xa.thongbao';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const desk = await findAgency(served.testApp, 'PY-COMMUNE-22015-DESK');
    const commune = await findAgency(served.testApp, 'PY-COMMUNE-22015');
    const specialist = await insertStaffUser(served.testApp, {
      roles: ['SPECIALIST'],
      agencyId: commune.id,
      username: specialistLogin,
    });
    const procedure = await findBirthRegistration(served.testApp);
    const clerk = staffToken(served.testApp, ['CLERK'], desk.id);
    const received = await served.testApp
      .http()
      .post('/api/v1/dossiers')
      .set(...bearer(clerk))
      .send({
        procedureId: procedure.id,
        channel: 'DIRECT',
        applicant: { kind: 'PERSON', name: 'Võ Thị Hằng', phone: '0905357913' },
        checklist: fullChecklist(procedure.documentCount),
        outcome: 'RECEIVE',
      });
    expect(received.status).toBe(201);
    const assigned = await takeActions(served.testApp, received.body, [
      ['TRANSFER', clerk],
      ['ASSIGN', staffToken(served.testApp, ['UNIT_HEAD'], commune.id), { assigneeId: specialist.id }],
    ]);
    expect(assigned.status).toBe('IN_PROGRESS');
    dossier = { id: assigned.id as string, code: assigned.code as string };
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

  it('counts the assignment in the header, opens the dossier from the notice, comes back and marks it read', async () => {
    await relayUntilInboxed(served, dossier.id);

    await signInAt(page, `${served.baseUrl}/can-bo/ho-so`, specialistLogin);
    await page.getByRole('heading', { level: 1, name: 'Hàng đợi hồ sơ' }).waitFor();
    await page.getByRole('link', { name: 'Thông báo (1 chưa đọc)' }).click();
    await page.waitForURL(/\/can-bo\/thong-bao$/);
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();

    const title = `Hồ sơ ${dossier.code} được phân công cho đồng chí`;
    const notice = page.getByRole('article', { name: `${title} (chưa đọc)`, exact: true });
    await notice.waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await notice.getByText('Chưa đọc', { exact: true }).waitFor();
    expect(await notice.textContent()).toContain('Đồng chí được phân công xử lý hồ sơ');
    expect(await notice.textContent()).toContain('Đăng ký khai sinh');
    expect(await notice.locator('time').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(await notice.locator('time').getAttribute('datetime')).toMatch(/\+07:00$/);
    await page.getByText('1 thông báo chưa đọc').waitFor();
    await saveScreenshot(page, 'staff-notices');

    // The notice leads to the staff dossier page, and the browser's back button to the inbox.
    await notice.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await page.waitForURL(new RegExp(`/can-bo/ho-so/${dossier.id}$`));
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.code}` }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();

    await notice.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page.getByRole('article', { name: title, exact: true }).waitFor();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Đánh dấu đã đọc' }).count()).toBe(0);
    expect(await page.getByText('Chưa đọc', { exact: true }).count()).toBe(0);
    expect(await page.getByText('1 thông báo chưa đọc').count()).toBe(0);
  });
});

// What the relay's timer does (the test app keeps it quiet): plan the assignment's in-app
// delivery, then wait for the in-process queue to write it to the specialist's inbox.
async function relayUntilInboxed(served: ServedApp, dossierId: string): Promise<void> {
  await served.testApp.app.get(OutboxRelay).relayPending();
  for (;;) {
    const [delivery] = await served.testApp.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM notification_deliveries
        WHERE dossier_id = $1 AND channel = 'IN_APP' AND template = 'staff.assigned'`,
      [dossierId],
    );
    if (delivery && delivery.status !== 'PENDING') {
      expect(delivery.status).toBe('SENT');
      return;
    }
    await sleep(100);
  }
}
