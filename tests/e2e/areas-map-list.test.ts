// Browser test of the map's accessible equivalent: the SVG markers cannot be reached by keyboard or read by a
// screen reader, so the page lists every point and commune it draws (following the kind and status filters),
// each with a "Xem trên bản đồ" button that pans to the marker, opens its popup and moves focus into it. The
// popup's link works by keyboard, Escape closes the popup and gives focus back to the button. At phone width
// the page does not scroll sideways, and the map's code is still loaded only when the map is opened.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, logIn, PHONE, startWeb, type Web } from './web.ts';

async function count(web: Web, where: string): Promise<number> {
  return Number((await web.srv.sql(`SELECT COUNT(*) FROM area_points WHERE lat IS NOT NULL ${where}`)).trim());
}

const pointRows = (page: Page) => page.getByRole('table', { name: 'Điểm trên bản đồ' }).locator('tbody tr');

/** Waits until the list shows `n` points and the map draws `n` markers. */
async function shown(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.map-point').length === n &&
      Array.from(document.querySelectorAll('table.table')).some(
        (t) => t.querySelector('caption')?.textContent === 'Điểm trên bản đồ' && t.querySelectorAll('tbody tr').length === n,
      ),
    n,
  );
}

const focusInPopup = () => document.activeElement?.closest('.leaflet-popup') !== null;

describe('web UI: the map as a list', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    const r = await web.srv.pcmt(['demo', '--db', web.srv.dbUrl, '--province', '40']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(async () => {
    await web?.close();
  });

  test('the list follows the filters; its buttons open the marker popup by keyboard', async () => {
    const located = await count(web, '');
    const retail = await count(web, "AND kind = 'retail'");
    assert.ok(retail > 0 && retail < located, `${retail} of ${located}`);
    await web.withPage(async (page) => {
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      await logIn(page, ADMIN);
      assert.ok(!scripts.some((u) => /\/assets\/Map-/.test(u)), 'the map chunk loads only with the map page');

      await page.goto('/dia-ban/ban-do?year=2026');
      await shown(page, located);
      const communes = page.getByRole('table', { name: 'Xã, phường trên bản đồ' }).locator('tbody tr');
      await communes.first().waitFor();
      assert.equal(await communes.count(), await page.locator('.map-commune').count());

      await page.getByLabel('Điểm sử dụng trái phép chất ma túy').uncheck();
      await page.getByLabel('Tụ điểm', { exact: true }).uncheck();
      await shown(page, retail);
      await page.getByRole('checkbox', { name: 'Phân loại xã, phường' }).uncheck();
      await page.getByRole('table', { name: 'Xã, phường trên bản đồ' }).waitFor({ state: 'detached' });
      await page.getByRole('checkbox', { name: 'Phân loại xã, phường' }).check();
      await page.getByLabel('Tụ điểm', { exact: true }).check();
      await page.getByLabel('Điểm sử dụng trái phép chất ma túy').check();
      await shown(page, located);

      // The northernmost point whose name is unique in its commune: Enter on its button opens its popup.
      const [id, name, commune, communeName] = (await web.srv.sql(
        "SELECT p.id || '|' || COALESCE(NULLIF(p.name, ''), p.address) || '|' || p.commune_code || '|' || c.name " +
        'FROM area_points p JOIN communes c ON c.code = p.commune_code WHERE p.lat IS NOT NULL AND NOT EXISTS (' +
        'SELECT 1 FROM area_points q WHERE q.commune_code = p.commune_code AND q.id <> p.id AND q.lat IS NOT NULL ' +
        "AND COALESCE(NULLIF(q.name, ''), q.address) = COALESCE(NULLIF(p.name, ''), p.address)) " +
        'ORDER BY p.lat DESC, p.id LIMIT 1')).trim().split('|');
      const button = pointRows(page).filter({ hasText: name }).filter({ hasText: communeName })
        .getByRole('button', { name: /^Xem trên bản đồ/ });
      await button.focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup');
      await popup.getByText(communeName).waitFor();
      await popup.getByText(name).first().waitFor();
      await page.waitForFunction(focusInPopup);
      // The map panned to the marker: it is inside the map's frame.
      const marker = await page.locator(`.map-point-${id}`).boundingBox();
      const frame = await page.locator('.area-map').boundingBox();
      assert.ok(marker && frame, 'marker and map drawn');
      const [x, y] = [marker.x + marker.width / 2, marker.y + marker.height / 2];
      assert.ok(x > frame.x && x < frame.x + frame.width && y > frame.y && y < frame.y + frame.height,
        `marker at ${x},${y} outside the map ${JSON.stringify(frame)}`);

      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      await page.waitForFunction((el) => document.activeElement === el, await button.elementHandle());

      await page.keyboard.press('Enter');
      await page.waitForFunction(focusInPopup);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/dia-ban/${commune}\\?year=2026`));
      await page.getByRole('heading', { name: 'Điểm, tụ điểm' }).waitFor();
    });
  });

  test('a commune from the list at phone width, without sideways scrolling', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban/ban-do?year=2026');
      const row = page.getByRole('table', { name: 'Xã, phường trên bản đồ' }).locator('tbody tr').first();
      await row.waitFor();
      const name = (await row.locator('td').first().innerText()).trim();
      await row.getByRole('button', { name: /^Xem trên bản đồ/ }).click();
      await page.locator('.leaflet-popup').getByText(name).first().waitFor();
      await page.waitForFunction(focusInPopup);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `scrolls sideways: ${width}`);
    }, PHONE);
  });
});
