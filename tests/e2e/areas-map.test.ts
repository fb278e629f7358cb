// Browser tests of the province map and the roadmap outlook on the demo
// province's synthetic registry: without a tile source the map draws its own graticule and still
// shows every located point (the others listed below it), a marker's popup leads to its commune's
// registry, and no Content-Security-Policy error reaches the console; with a tile source (a local
// tile server) the tiles load from that origin only. The leader's dashboard and the roadmap show
// the projection, labelled as one, and the communes closest to drug-free. Screenshots go to the
// temp directory at desktop and phone width.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, DESKTOP, logIn, PASSWORD, PHONE, startWeb, type Web } from './web.ts';

const LEADER = 'e2e_lanh_dao';
const OFFICE = 'e2e_thuong_truc';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(tmpdir(), `pcmt-areas-map-${name}.png`), fullPage: true });
}

/** Console messages about the Content-Security-Policy, collected for the life of the page. */
function cspErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/** A spot of the map with no marker or control on it: a click on a marker opens its popup and never
 *  reaches the map, and where markers fall depends on the map's size on the machine that runs the test. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  await page.locator('.area-map').scrollIntoViewIfNeeded();
  const spot = await page.locator('.area-map').evaluate((map) => {
    const box = map.getBoundingClientRect();
    for (let y = 60; y < box.height - 40; y += 10) {
      for (let x = 60; x < box.width - 60; x += 10) {
        const hit = document.elementFromPoint(box.left + x, box.top + y);
        if (hit && map.contains(hit) && !hit.closest('.leaflet-interactive, .leaflet-control, .leaflet-popup')) {
          return { x, y };
        }
      }
    }
    return null;
  });
  assert.ok(spot, 'the map has an empty spot to click');
  return spot;
}

async function seedDemo(web: Web): Promise<void> {
  const r = await web.srv.pcmt(['demo', '--db', web.srv.dbUrl, '--province', '40']);
  assert.equal(r.code, 0, r.stderr);
}

async function locatedPoints(web: Web): Promise<{ total: number; located: number }> {
  const out = await web.srv.sql('SELECT COUNT(*), COUNT(lat) FROM area_points');
  const [total, located] = out.trim().split(/[|\s]+/).map(Number);
  return { total, located };
}

describe('web UI: areas map without tiles', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    await seedDemo(web);
    await web.srv.addUser({ username: LEADER, role: 'leader', scope: 'province:40', password: PASSWORD });
    await web.srv.addUser({ username: OFFICE, role: 'standing_office', scope: 'province:40', password: PASSWORD });
  });
  after(async () => {
    await web?.close();
  });

  test('every located point is a marker on a plain graticule; the rest are listed; a popup leads to the registry',
    async () => {
      const { total, located } = await locatedPoints(web);
      assert.ok(located > 0 && located < total, `${located} of ${total}`);
      await web.withPage(async (page) => {
        const csp = cspErrors(page);
        await logIn(page, ADMIN);
        await page.goto('/dia-ban/ban-do?year=2026');
        await page.getByRole('heading', { level: 1, name: 'Bản đồ' }).waitFor();
        await page.locator('.map-point').first().waitFor();
        assert.equal(await page.locator('.map-point').count(), located);
        assert.ok((await page.locator('.map-commune').count()) > 0);
        assert.equal(await page.locator('img.leaflet-tile').count(), 0);
        assert.ok((await page.locator('.leaflet-overlay-pane path').count()) > located, 'graticule lines drawn');
        await page.locator('.leaflet-control-scale').waitFor();
        await page.getByText('Chưa cấu hình nền bản đồ').waitFor();
        const unplaced = page.getByRole('table', { name: /^Điểm chưa có tọa độ/ });
        assert.equal(await unplaced.locator('tbody tr').count(), total - located);
        await shoot(page, 'desktop');

        // Only retail points: fewer markers, and none of another kind.
        await page.getByLabel('Điểm sử dụng trái phép chất ma túy').uncheck();
        await page.getByLabel('Tụ điểm', { exact: true }).uncheck();
        const retail = Number((await web.srv.sql("SELECT COUNT(lat) FROM area_points WHERE kind = 'retail'")).trim());
        await page.waitForFunction((n) => document.querySelectorAll('.map-point').length === n, retail);
        await page.getByLabel('Tụ điểm', { exact: true }).check();
        await page.getByLabel('Điểm sử dụng trái phép chất ma túy').check();

        const point = (await web.srv.sql(
          "SELECT id || '|' || commune_code FROM area_points WHERE lat IS NOT NULL ORDER BY id LIMIT 1")).trim();
        const [id, commune] = point.split('|');
        // Dispatched on the marker itself: a neighbouring marker drawn on top cannot take the click.
        await page.locator(`.map-point-${id}`).dispatchEvent('click');
        const popup = page.locator('.leaflet-popup');
        await popup.waitFor();
        await popup.getByRole('link', { name: 'Mở sổ theo dõi của xã' }).click();
        await page.waitForURL(new RegExp(`/dia-ban/${commune}\\?year=2026`));
        await page.getByRole('heading', { name: 'Điểm, tụ điểm' }).waitFor();
        assert.deepEqual(csp, []);
      });
      await web.withPage(async (page) => {
        await logIn(page, ADMIN);
        await page.goto('/dia-ban/ban-do?year=2026');
        await page.locator('.map-point').first().waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `scrolls sideways: ${width}`);
        await shoot(page, 'phone');
      }, PHONE);
    });

  test('the standing office places a commune by clicking the map', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto('/dia-ban/ban-do?year=2026');
      await page.locator('.map-point').first().waitFor();
      await page.getByText('Đặt vị trí xã, phường trên bản đồ').click();
      const unplaced = (await web.srv.sql(
        "SELECT c.code FROM communes c WHERE c.province_code = '40' AND c.code NOT IN (SELECT commune_code FROM " +
        'area_commune_positions) AND c.code NOT IN (SELECT commune_code FROM area_points WHERE lat IS NOT NULL) ' +
        'ORDER BY c.code LIMIT 1')).trim();
      await page.getByLabel('Xã, phường', { exact: true }).selectOption(unplaced);
      const before = await page.locator('.map-commune').count();
      await page.locator('.area-map').click({ position: await emptySpot(page) });
      // The click reaches the form through React state: wait for the render, do not read at once.
      await page.waitForFunction(() => (document.getElementById('position-lat') as HTMLInputElement).value !== '');
      assert.match(await page.getByLabel('Kinh độ').inputValue(), /^\d+\.\d{5}$/);
      await page.getByRole('button', { name: 'Lưu vị trí' }).click();
      await page.getByText('Đã lưu vị trí của xã.').waitFor();
      await page.waitForFunction((n) => document.querySelectorAll('.map-commune').length === n + 1, before);
      assert.equal((await web.srv.sql(
        `SELECT COUNT(*) FROM audit_log WHERE action = 'area_commune.position' AND object_id = '${unplaced}'`)).trim(), '1');
    }, DESKTOP);
  });

  test('the leader sees the projection and the communes closest to drug-free on the dashboard and the roadmap',
    async () => {
      await web.withPage(async (page) => {
        await logIn(page, LEADER);
        const dashboard = page.getByRole('region', { name: 'Lộ trình xã, phường không ma túy' });
        await dashboard.getByRole('heading', { name: /Dự báo theo xu hướng đến năm 2030/ }).waitFor();
        await dashboard.getByText('Đây là dự báo').waitFor();
        const projection = dashboard.getByRole('table', { name: 'Dự báo số xã, phường không ma túy theo xu hướng' });
        await projection.locator('tbody tr').first().waitFor();
        assert.ok((await projection.locator('tbody tr').count()) >= 1);
        const closest = dashboard.getByRole('table', { name: /gần đạt tiêu chí không ma túy/ });
        await closest.locator('tbody tr').first().waitFor();
        assert.ok((await closest.locator('tbody tr').count()) <= 5);
        assert.match(await closest.locator('tbody tr').first().innerText(), /Tiêu chí [abc]: còn \d+/);
        await shoot(page, 'dashboard');

        await page.goto('/dia-ban/khong-ma-tuy?year=2026');
        await page.getByRole('heading', { name: /Dự báo theo xu hướng đến năm 2030/ }).waitFor();
        const rows = page.getByRole('table', { name: 'Dự báo số xã, phường không ma túy theo xu hướng' }).locator('tbody tr');
        await rows.first().waitFor();
        // Demo history: 8 communes approved in 2025, 14 in 2026 → +6 a year: 20 in 2027 … 38 in 2030.
        const texts = await rows.allInnerTexts();
        assert.equal(texts.length, 4);
        assert.match(texts[0], /2027[\s\S]*20 xã/);
        assert.match(texts[3], /2030[\s\S]*38 xã/);
        await page.getByRole('table', { name: /gần đạt tiêu chí không ma túy năm 2026/ }).locator('tbody tr').first().waitFor();
        await shoot(page, 'roadmap');
      });
    });
});

describe('web UI: areas map with a tile source', () => {
  let web: Web;
  let tiles: Server;
  const requested: string[] = [];

  before(async () => {
    // A 1×1 PNG for every tile, from a second local origin: the CSP must let it through, and only it.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPs2L+/HgAFgwJ/lKzmOgAAAABJRU5ErkJggg==', 'base64');
    tiles = createServer((req, res) => {
      requested.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(png);
    });
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
    const port = (tiles.address() as { port: number }).port;
    process.env.PCMT_MAP_TILES = `http://127.0.0.1:${port}/{z}/{x}/{y}.png`;
    try {
      web = await startWeb();
    } finally {
      delete process.env.PCMT_MAP_TILES;
    }
    await seedDemo(web);
  });
  after(async () => {
    await web?.close();
    await new Promise((resolve) => tiles?.close(resolve));
  });

  test('tiles load from the configured origin without CSP errors, markers on top', async () => {
    await web.withPage(async (page) => {
      const csp = cspErrors(page);
      await logIn(page, ADMIN);
      await page.goto('/dia-ban/ban-do?year=2026');
      await page.locator('.map-point').first().waitFor();
      await page.locator('img.leaflet-tile-loaded').first().waitFor();
      assert.ok(requested.some((u) => /^\/\d+\/\d+\/\d+\.png$/.test(u)), requested.join(' '));
      assert.equal(await page.getByText('Chưa cấu hình nền bản đồ').count(), 0);
      assert.deepEqual(csp, []);
    });
  });
});
