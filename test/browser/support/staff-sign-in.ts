import { type Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/identity-fixtures';

// Opens a console address signed out, as staff do from a bookmark: the console sends the browser
// to its sign-in page, and signing in goes on to the address asked for (the caller waits for it).
export async function signInAt(
  page: Page,
  url: string,
  login: string,
  password = TEST_PASSWORD,
): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/can-bo\/dang-nhap$/);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.keyboard.press('Enter');
}
