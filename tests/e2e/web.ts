// Shared setup for the browser tests: a pcmt serving the built SPA, Debian's chromium, and steps
// a person takes (log in, log out). The SPA must be built first (cd web && npm run build).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { repoRoot, startServer, type TestServer } from '../lib/server.ts';

export const PASSWORD = 'Mat-khau-thu-nghiem-1';
export const PROVINCE = '40'; // Nghệ An
export const ADMIN = 'e2e_admin';

export interface Web {
  srv: TestServer;
  browser: Browser;
  /** A fresh browser profile (no cookies) with a page at `width`×`height`, in Vietnamese unless `locale` says. */
  newPage(size?: { width: number; height: number }, locale?: string): Promise<{ context: BrowserContext; page: Page }>;
  /** Runs `steps` on a fresh page and always closes its profile afterwards. */
  withPage<T>(steps: (page: Page) => Promise<T>, size?: { width: number; height: number }): Promise<T>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** `serveArgs`: more options for `pcmt serve` (a mail configuration). */
export async function startWeb(serveArgs: string[] = []): Promise<Web> {
  const dist = path.join(repoRoot, 'web', 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run "npm ci && npm run build" in web/ first`);
  }
  const srv = await startServer({ web: dist, serveArgs });
  let browser: Browser | undefined;
  try {
    await srv.addUser({ username: ADMIN, role: 'admin', scope: `province:${PROVINCE}`, password: PASSWORD,
      fullName: 'Trần Thị Quản Trị' });
    browser = await launchBrowser();
  } catch (e) {
    await srv.stop().catch(() => {});
    throw e;
  }
  const b = browser;
  const newPage = async (size = DESKTOP, locale = 'vi-VN') => {
    const context = await b.newContext({ viewport: size, locale, baseURL: srv.baseUrl });
    context.setDefaultTimeout(10_000);
    return { context, page: await context.newPage() };
  };
  return {
    srv,
    browser: b,
    newPage,
    async withPage(steps, size) {
      const { context, page } = await newPage(size);
      try {
        return await steps(page);
      } finally {
        await context.close();
      }
    },
    async close() {
      await b.close().catch(() => {});
      await srv.stop();
    },
  };
}

/** Logs in through the login form and waits for the shell. */
export async function logIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Attached, not visible: on a phone the button is behind the menu.
  await page.getByRole('button', { name: 'Đăng xuất', includeHidden: true }).waitFor({ state: 'attached' });
}

/** Rows of the page's data table as arrays of cell texts. */
export async function tableRows(page: Page): Promise<string[][]> {
  await page.locator('.table-wrap:not([aria-busy])').first().waitFor();
  return page.locator('table.table tbody tr').evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
  );
}

/**
 * The table's rows once `ready(rows)` holds: after a filter changes, the old rows stay on screen
 * until the new answer arrives, so a test waits for the answer it expects rather than a delay.
 */
export async function rowsWhen(page: Page, ready: (rows: string[][]) => boolean, what: string): Promise<string[][]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await tableRows(page);
    if (ready(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`table never showed ${what}; last rows: ${JSON.stringify(rows)}`);
    await page.waitForTimeout(100);
  }
}

/** Fills and sends the change-password form on /doi-mat-khau (without waiting for the answer). */
export async function submitPasswordChange(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel('Mật khẩu hiện tại').fill(current);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(next);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(next);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
}
