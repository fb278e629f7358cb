// Browser test of the header on a phone (390 px wide): one row — the brand, the notification bell and a menu
// button — so the page starts near the top; the account (name, role, password change, log out) and the
// navigation fold behind the menu button, which says whether it is open (aria-expanded), closes on Escape
// with focus back on it, and closes when a link is followed. Screenshots go to the temp directory.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, DESKTOP, logIn, PHONE, startWeb, type Web } from './web.ts';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(tmpdir(), `pcmt-phone-header-${name}.png`) });
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('web UI: the header on a phone', () => {
  let web: Web;
  before(async () => {
    web = await startWeb();
  });
  after(async () => {
    await web?.close();
  });

  test('one row on a phone; account and navigation behind an accessible menu button', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/xa-phuong');
      const title = page.getByRole('heading', { level: 1, name: 'Xã, phường' });
      await title.waitFor();
      await shoot(page, 'closed');
      const header = await page.locator('header.topbar').boundingBox();
      const heading = await title.boundingBox();
      assert.ok(header && heading);
      // One row: the 2rem brand mark with its padding (64 px), and the title right below it.
      assert.ok(header.height <= 64, `header is ${header.height}px tall`);
      assert.ok(heading.y <= header.height + 48, `the page title starts at ${heading.y}px`);
      assert.equal(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible(), false);
      assert.equal(await page.getByRole('link', { name: 'Thông báo' }).isVisible(), true);

      const toggle = page.getByRole('button', { name: 'Menu' });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const close = page.getByRole('button', { name: 'Đóng menu' });
      await close.waitFor();
      assert.equal(await close.getAttribute('aria-expanded'), 'true');
      const nav = page.getByRole('navigation', { name: 'Chức năng' });
      await nav.waitFor();
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      await page.locator('header').getByText('Trần Thị Quản Trị').waitFor();
      await shoot(page, 'open');
      // The button keeps its place on the first row when its label grows to "Đóng menu".
      const brand = await page.locator('header .brand').boundingBox();
      const closeBox = await close.boundingBox();
      assert.ok(brand && closeBox && closeBox.y < brand.y + brand.height, 'the menu button stays beside the brand');
      // The next Tab stop after the button is inside the menu.
      await page.keyboard.press('Tab');
      assert.equal(await focusedText(page), 'Đổi mật khẩu');

      await page.keyboard.press('Escape');
      await nav.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Menu' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('menu-toggle') === true);
      assert.equal(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible(), false);

      // Following a link closes the menu and moves focus to the new page's title.
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: 'Người dùng' }).click();
      await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
      await nav.waitFor({ state: 'hidden' });
      assert.equal(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'false');

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    }, PHONE);
  });

  test('on a desktop the account and the navigation stay in view, without a menu button', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      assert.equal(await page.getByRole('button', { name: 'Menu' }).isVisible(), false);
      assert.equal(await page.getByRole('navigation', { name: 'Chức năng' }).isVisible(), true);
      assert.equal(await page.locator('header').getByText('Trần Thị Quản Trị').isVisible(), true);
      assert.equal(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible(), true);
    }, DESKTOP);
  });
});
