import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { findAgency } from '../support/dossier-fixtures';
import { insertStaffUser, signIn } from '../support/identity-fixtures';
import { openReportFixtures } from '../support/report-fixtures';
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

const at = (local: string): string => `${local}:00+07:00`;

// A district leader downloads report files: a drill-down at once as CSV, then the same list
// exported in the background and downloaded from "Tệp xuất" once done; then, from the dashboard,
// Biểu 06 and a trends table exported in the background.
describeWithBrowser('leader report files in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  const leaderLogin = 'lanhdao.xuatfile.kiemthu';
  let communeName: string;

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const fixtures = await openReportFixtures(served.testApp);
    await fixtures.insert({
      code: 'XF-TRE-0001',
      desk: 'commune',
      channel: 'DIRECT',
      status: 'RESOLVED',
      receivedAt: at('2025-02-10 09:00'),
      dueAt: at('2025-02-17 09:00'),
      resolvedAt: at('2025-02-20 10:00'),
      classification: 'LATE',
    });
    await fixtures.insert({
      code: 'XF-SOM-0002',
      desk: 'district',
      channel: 'ONLINE',
      status: 'RESOLVED',
      receivedAt: at('2025-02-11 09:00'),
      dueAt: at('2025-02-18 09:00'),
      resolvedAt: at('2025-02-13 10:00'),
      classification: 'EARLY',
    });
    // XF-TRE-0001 went through the commune's route step, which was late: lateness attribution.
    await served.testApp.dataSource.query(
      `INSERT INTO dossier_steps (dossier_id, sequence, agency_id, level_code, task, allotted, status, planned_due_at,
         started_at, due_at, completed_at, result)
       SELECT d.id, 1, $1, 'COMMUNE', 'Phần việc', '{"amount": 2, "unit": "WORKING_DAYS"}', 'DONE', $3::timestamptz,
         $2::timestamptz, $3::timestamptz, $4::timestamptz, 'LATE'
       FROM dossiers d WHERE d.code = 'XF-TRE-0001'`,
      [
        fixtures.ids['PY-COMMUNE-22015'],
        at('2025-02-10 09:30'),
        at('2025-02-12 09:30'),
        at('2025-02-14 09:30'),
      ],
    );
    await served.testApp.dataSource.query(
      `UPDATE dossiers SET late_step_agency_id = $1 WHERE code = 'XF-TRE-0001'`,
      [fixtures.ids['PY-COMMUNE-22015']],
    );
    communeName = (await findAgency(served.testApp, 'PY-COMMUNE-22015')).name;
    const district = await findAgency(served.testApp, 'PY-DISTRICT-555');
    await insertStaffUser(served.testApp, {
      roles: ['AGENCY_LEADER'],
      agencyId: district.id,
      username: leaderLogin,
    });
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

  it('downloads a drill-down as CSV, and exports it in the background and downloads the XLSX when done', async () => {
    context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    page = await context.newPage();
    console = watchConsole(page);

    await signInAt(
      page,
      `${served.baseUrl}/can-bo/bao-cao/ho-so?period=2025-Q1&measure=received`,
      leaderLogin,
    );
    await page.waitForURL(/\/can-bo\/bao-cao\/ho-so\?/);
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ nhận giải quyết' }).waitFor();
    await page.getByRole('row', { name: /XF-TRE-0001/ }).waitFor();
    await page.getByText('Chưa có tệp xuất nào.').waitFor();

    // At once: the CSV of the list, through the menu.
    await page.getByRole('button', { name: 'Tải về danh sách hồ sơ' }).click();
    const csvResponse = page.waitForResponse(
      (response) =>
        response.url().includes('/api/v1/reports/on-time/dossiers') && response.url().includes('format=csv'),
    );
    const csvDownload = page.waitForEvent('download');
    await menuItem(page, 'Tệp CSV').click();
    expect((await csvResponse).headers()['content-type']).toMatch(/^text\/csv/);
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await page.getByText(`Đã tải tệp ${csv.suggestedFilename()}.`).waitFor();

    // In the background: requested, listed, polled until done, then downloaded.
    await page.getByRole('button', { name: 'Xuất nền danh sách hồ sơ' }).click();
    const requested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/reports/exports') && response.request().method() === 'POST',
    );
    await menuItem(page, 'Xuất nền tệp Excel (XLSX)').click();
    expect((await requested).status()).toBe(202);
    await page.getByText('Đã gửi yêu cầu xuất; theo dõi trong mục Tệp xuất.').waitFor();
    const panel = page.locator('.report-exports');
    const row = panel.getByRole('row', { name: /Danh sách hồ sơ/ });
    await row.getByText('Đã xong').waitFor({ timeout: 30000 });
    expect(await row.textContent()).toContain('XLSX');
    expect(await row.textContent()).toContain('kỳ 2025-Q1');
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'leader-exports');

    const fileResponse = page.waitForResponse((response) =>
      /\/api\/v1\/reports\/exports\/[^/]+\/file$/.test(response.url()),
    );
    const xlsxDownload = page.waitForEvent('download');
    await row.getByRole('button', { name: /^Tải / }).click();
    const answered = await fileResponse;
    expect(answered.status()).toBe(200);
    expect(answered.headers()['content-type']).toMatch(/spreadsheetml/);
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(xlsx.suggestedFilename()).toContain('2025-Q1');
  });

  // The dashboard's cards offer the same: Biểu 06 as XLSX, the trends' open tab (by level) as CSV
  // and the index of Decision 766 as XLSX, all listed in the dashboard's own "Tệp xuất" once done
  // and downloaded from there.
  it('exports Biểu 06, a trends table and the index 766 in the background from the dashboard and downloads them', async () => {
    context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    page = await context.newPage();
    console = watchConsole(page);

    await signInAt(page, `${served.baseUrl}/can-bo/bao-cao?period=2025-Q1`, leaderLogin);
    await page.waitForURL(/\/can-bo\/bao-cao\?period=2025-Q1$/);
    const panel = page.locator('.report-exports');
    await panel.getByRole('heading', { name: 'Tệp xuất' }).waitFor();
    const requestsBefore = await exportsOf(leaderLogin);

    // Biểu 06 as XLSX.
    const form06Export = page.getByRole('button', { name: 'Xuất nền Biểu 06' });
    // Enabled once the card has its data: the click waits for that (Playwright's actionability).
    await form06Export.click();
    const form06Requested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/reports/exports') && response.request().method() === 'POST',
    );
    await menuItem(page, 'Xuất nền tệp Excel (XLSX)').click();
    expect((await form06Requested).status()).toBe(202);

    // The trends card's table by level, as CSV.
    await page.getByRole('tab', { name: 'Theo cấp' }).click();
    const trendsExport = page.getByRole('button', { name: 'Xuất nền bảng kết quả giải quyết theo cấp' });
    await page.getByRole('button', { name: 'Tải về bảng kết quả giải quyết theo cấp' }).waitFor();
    await trendsExport.click();
    const trendsRequested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/reports/exports') && response.request().method() === 'POST',
    );
    await menuItem(page, 'Xuất nền tệp CSV').click();
    expect((await trendsRequested).status()).toBe(202);

    // The index of Decision 766 by agency, as XLSX.
    const indexExport = page.getByRole('button', { name: 'Xuất nền chỉ số phục vụ theo Quyết định 766' });
    await indexExport.click();
    const indexRequested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/reports/exports') && response.request().method() === 'POST',
    );
    await menuItem(page, 'Xuất nền tệp Excel (XLSX)').click();
    expect((await indexRequested).status()).toBe(202);

    const form06Row = panel.getByRole('row', { name: /Biểu 06/ });
    const trendsRow = panel.getByRole('row', { name: /Tình hình giải quyết hồ sơ/ });
    await form06Row.getByText('Đã xong').waitFor({ timeout: 30000 });
    await trendsRow.getByText('Đã xong').waitFor({ timeout: 30000 });
    const indexRow = panel.getByRole('row', { name: /Chỉ số phục vụ/ });
    await indexRow.getByText('Đã xong').waitFor({ timeout: 30000 });
    expect(await form06Row.textContent()).toContain('kỳ 2025-Q1');
    expect(await form06Row.textContent()).toContain('XLSX');
    expect(await trendsRow.textContent()).toContain('kỳ 2025-Q1, theo cấp');
    expect(await trendsRow.textContent()).toContain('CSV');
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'leader-dashboard-exports');

    // The requests the API recorded: the cards' own reports and queries (with the API's defaults).
    const requests = (await exportsOf(leaderLogin)).filter(
      (item) => !requestsBefore.some((before) => before.id === item.id),
    );
    expect(requests.map(({ report, format, query }) => ({ report, format, query }))).toEqual(
      expect.arrayContaining([
        { report: 'form-06', format: 'xlsx', query: expect.objectContaining({ period: '2025-Q1' }) },
        {
          report: 'on-time',
          format: 'csv',
          query: expect.objectContaining({ period: '2025-Q1', groupBy: 'level' }),
        },
        {
          report: 'index-766',
          format: 'xlsx',
          query: expect.objectContaining({ period: '2025-Q1', groupBy: 'agency' }),
        },
      ]),
    );
    expect(requests).toHaveLength(3);

    for (const [row, type, extension] of [
      [form06Row, /spreadsheetml/, /\.xlsx$/],
      [trendsRow, /^text\/csv/, /\.csv$/],
      [indexRow, /spreadsheetml/, /\.xlsx$/],
    ] as const) {
      const fileResponse = page.waitForResponse((response) =>
        /\/api\/v1\/reports\/exports\/[^/]+\/file$/.test(response.url()),
      );
      const download = page.waitForEvent('download');
      await row.getByRole('button', { name: /^Tải / }).click();
      const answered = await fileResponse;
      expect(answered.status()).toBe(200);
      expect(answered.headers()['content-type']).toMatch(type);
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(extension);
      expect(saved.suggestedFilename()).toContain('2025-Q1');
    }
  });

  // The lateness card: the commune whose step was late, its count opening exactly that dossier;
  // the card's file at once, and the dashboard's own figures in the background.
  it('opens the dossiers a late route step made late, and exports the lateness and the dashboard', async () => {
    context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    page = await context.newPage();
    console = watchConsole(page);

    await signInAt(page, `${served.baseUrl}/can-bo/bao-cao?period=2025-Q1`, leaderLogin);
    const card = page.locator('.ant-card').filter({
      has: page.getByRole('heading', { name: 'Hồ sơ giải quyết quá hạn: cơ quan làm trễ hạn' }),
    });
    const communeRow = card.getByRole('row', { name: new RegExp(communeName) });
    await communeRow.waitFor();
    await card.getByRole('row', { name: /Không do bước liên thông nào/ }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'leader-lateness');

    // The card's file at once, as XLSX.
    await card.getByRole('button', { name: 'Tải về hồ sơ quá hạn theo cơ quan làm trễ hạn' }).click();
    const latenessFile = page.waitForResponse(
      (response) =>
        response.url().includes('/api/v1/reports/lateness') && response.url().includes('format=xlsx'),
    );
    const latenessDownload = page.waitForEvent('download');
    await menuItem(page, 'Tệp Excel (XLSX)').click();
    expect((await latenessFile).headers()['content-type']).toMatch(/spreadsheetml/);
    expect((await latenessDownload).suggestedFilename()).toMatch(/2025-Q1\.xlsx$/);

    // The dashboard's figures in the background, as CSV, listed in Tệp xuất once done.
    await page.getByRole('button', { name: 'Xuất nền bảng điều hành' }).click();
    const requested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/reports/exports') && response.request().method() === 'POST',
    );
    await menuItem(page, 'Xuất nền tệp CSV').click();
    expect((await requested).status()).toBe(202);
    const panel = page.locator('.report-exports');
    await panel
      .getByRole('row', { name: /Bảng điều hành/ })
      .getByText('Đã xong')
      .first()
      .waitFor({ timeout: 30000 });

    // The commune's count opens the dossier its late step made late, and only that one.
    await communeRow
      .getByRole('link', { name: new RegExp(`Hồ sơ giải quyết quá hạn, ${communeName}`) })
      .click();
    await page.waitForURL(/\/can-bo\/bao-cao\/ho-so\?.*lateStepAgencyId=/);
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ giải quyết quá hạn' }).waitFor();
    await page.getByText('Cơ quan làm trễ hạn đã chọn').waitFor();
    await page.getByRole('row', { name: /XF-TRE-0001/ }).waitFor();
    await page.getByText('1 hồ sơ', { exact: true }).waitFor();
  });

  // An item of the menu just opened, not of one still fading out after an earlier choice (both
  // are visible for a moment, with the same items).
  function menuItem(page: Page, name: string): Locator {
    return page.locator('.ant-dropdown:visible:not([class*="-leave"])').getByRole('menuitem', { name });
  }

  // The reader's exports as the API lists them (newest first).
  type ListedExport = { id: string; report: string; format: string; query: object };
  async function exportsOf(login: string): Promise<ListedExport[]> {
    const { accessToken } = await signIn(served.testApp, login);
    const response = await served.testApp
      .http()
      .get('/api/v1/reports/exports')
      .set('Authorization', `Bearer ${accessToken}`);
    expect(response.status).toBe(200);
    return (response.body as { items: ListedExport[] }).items;
  }
});
