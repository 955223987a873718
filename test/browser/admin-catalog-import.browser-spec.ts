import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { COLUMNS, HEADERS } from '../../src/modules/catalog/procedures/transfer/procedure-sheet';
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

jest.setTimeout(90000);

type Row = Record<string, string>;

// A provincial administrator imports a small CSV in the export's layout: one new procedure and
// one row whose time unit is wrong. The row report names line 3, column "Cấp thực hiện", and
// nothing is written; with "apply the valid rows" the new procedure is created, then its
// draft (version 2) is written from the procedure's drawer.
describeWithBrowser('admin catalog import in Chromium', () => {
  let served: ServedApp;
  let browser: Browser;
  let csv: Buffer;
  const adminLogin = 'quantri.danhmuc.kiemthu';

  beforeAll(async () => {
    served = await serveWebApp();
    browser = await launchChromium();
    const province = await findAgency(served.testApp, 'PY-PROVINCE-54');
    await insertStaffUser(served.testApp, { roles: ['ADMIN'], agencyId: province.id, username: adminLogin });
    const exported = await served.testApp
      .http()
      .get('/api/v1/admin/procedures/export')
      .query({ format: 'csv' })
      .set(...bearer(staffToken(served.testApp, ['ADMIN'], province.id)))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    const template = parse<Row>(exported.body as Buffer, { columns: true, bom: true }).find(
      (row) => row[COLUMNS.name] === 'Đăng ký khai sinh',
    )!;
    const rows: Row[] = [
      {
        ...template,
        [COLUMNS.code]: 'KIEMTHU.NHAP.001',
        [COLUMNS.nationalCode]: '',
        [COLUMNS.onlineVariantCodes]: '',
        [COLUMNS.name]: 'Thủ tục kiểm thử nhập danh mục',
        [COLUMNS.status]: 'PUBLISHED',
        [COLUMNS.effectiveFrom]: `${new Date().getUTCFullYear() + 1}-01-01`,
      },
      {
        ...template,
        [COLUMNS.code]: 'KIEMTHU.NHAP.002',
        [COLUMNS.nationalCode]: '',
        [COLUMNS.onlineVariantCodes]: '',
        [COLUMNS.name]: 'Thủ tục kiểm thử sai đơn vị',
        [COLUMNS.implementations]: 'COMMUNE | PEOPLES_COMMITTEE | 3 | NGAY',
      },
    ];
    csv = Buffer.from(stringify(rows, { header: true, columns: [...HEADERS] }));
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

  it('imports a small catalog CSV, reads the row report, then applies the valid row and edits its draft', async () => {
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    console = watchConsole(page);
    await signInAt(page, `${served.baseUrl}/can-bo/quan-tri/thu-tuc`, adminLogin);
    await page.waitForURL(/\/can-bo\/quan-tri\/thu-tuc$/);

    await page
      .getByLabel('Tệp danh mục')
      .setInputFiles({ name: 'danh-muc-kiem-thu.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Nhập danh mục' }).click();
    const report = page.locator('.import-report');
    await report.getByText('Tệp có lỗi: chưa ghi gì vào danh mục.').waitFor();
    const problem = report.getByRole('row', { name: /Cấp thực hiện/ });
    await problem.waitFor();
    expect((await problem.getByRole('cell').first().textContent())?.trim()).toBe('3');
    expect(await problem.textContent()).toContain('NGAY');
    await report.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'admin-catalog-import-report');

    await page.getByLabel('Vẫn ghi các dòng hợp lệ khi có dòng lỗi').check();
    await page.getByRole('button', { name: 'Nhập danh mục' }).click();
    await report.getByText('Đã ghi các dòng hợp lệ; 1 dòng lỗi bị bỏ qua.').waitFor();
    expect(await report.getByRole('row').filter({ hasText: 'Thủ tục mới' }).textContent()).toContain('1');

    // The new procedure, published for next year: a draft (version 2) written from its drawer.
    await page.getByLabel('Tên hoặc mã thủ tục').fill('KIEMTHU.NHAP');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('button', { name: 'Thủ tục kiểm thử nhập danh mục', exact: true }).click();
    await page.getByRole('button', { name: 'Soạn bản nháp mới' }).click();
    const editor = page.getByRole('dialog', { name: /Soạn bản nháp mới/ });
    await editor.getByLabel('Tên thủ tục').fill('Thủ tục kiểm thử nhập danh mục (sửa đổi)');
    await editor.getByLabel('Kết quả thực hiện').fill('');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await editor.getByText('Nhập kết quả').waitFor();
    await editor.getByLabel('Kết quả thực hiện').fill('Giấy khai sinh (bản chính)');
    await saveScreenshot(page, 'admin-catalog-draft-editor');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await page.getByRole('button', { name: 'Công bố phiên bản 2' }).waitFor();
  });
});
