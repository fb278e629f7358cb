// Browser test of Chỉ tiêu in Debian's chromium against a real pcmt: cases recorded in
// two evaluation years show the change (+5% exactly: Đạt) and the resolved share (Chưa đạt) on the
// province cards and the commune's row; the leadership sets the province's own target and the badge
// follows; a commune officer sees its commune only, without the targets form; desktop and phone
// screenshots go to the temp directory (the phone page must not scroll sideways).
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, logIn, PASSWORD, PHONE, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const OFFICER = 'e2e_chi_tieu_thanh_vinh';
const LEADER = 'e2e_chi_tieu_lanh_dao';
const YEAR = 2026; // 15/12/2025 … 14/12/2026, compared with 2025

/** The visible part of the page (the province's table of ~130 communes is too long for a full-page shot). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(tmpdir(), `pcmt-indicators-${name}.png`) });
}

const card = (page: Page, label: RegExp) => page.getByRole('article', { name: label });

async function openIndicators(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Địa bàn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Địa bàn' }).waitFor();
  await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' }).waitFor();
  await page.getByLabel('Năm đánh giá').selectOption(String(YEAR));
}

describe('web UI: areas indicators', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    await web.srv.addUser({ username: LEADER, role: 'leader', scope: 'province:40', password: PASSWORD,
      fullName: 'Lê Văn Lãnh Đạo' });
    const api = new ApiClient(web.srv.baseUrl);
    await api.loginOk(ADMIN, PASSWORD);
    // 2025: 20 cases; 2026: 21 (+5% exactly), 18 of them prosecuted or tried (85.71%, not above 90%).
    const cases = [
      ...Array.from({ length: 20 }, () => ({ case_date: '2025-06-01', status: 'tried', status_date: '2025-06-01' })),
      ...Array.from({ length: 21 }, (_, i) => ({ case_date: '2026-03-01', status: i < 18 ? 'tried' : 'investigating',
        status_date: '2026-03-01' })),
    ];
    for (const c of cases) {
      const r = await api.post('/api/v1/areas/cases', { commune_code: COMMUNE, ...c });
      assert.equal(r.status, 201, r.text);
    }
  });
  after(async () => {
    await web?.close();
  });

  test('the province sees the change and the badges, and sets its own target', async () => {
    await web.withPage(async (page) => {
      await logIn(page, LEADER);
      await openIndicators(page);
      const cases = card(page, /^Số vụ phạm tội về ma túy phát hiện/);
      await cases.getByText('21 so với 20 (+5%)').waitFor();
      assert.match(await cases.innerText(), /Tăng từ 5% trở lên\s*Đạt/);
      assert.match(await cases.innerText(), /Mặc định theo kế hoạch/);
      const resolved = card(page, /^Tỷ lệ vụ án được giải quyết/);
      assert.match(await resolved.innerText(), /18\/21 \(85,71%\)/);
      assert.match(await resolved.innerText(), /Trên 90%\s*Chưa đạt/);
      // No retail point either year: nothing to compare.
      assert.match(await card(page, /^Số điểm bán lẻ/).innerText(), /Chưa có số liệu/);

      const row = page.locator('table.table tbody tr', { hasText: 'Phường Thành Vinh' });
      assert.match(await row.locator('td[data-label="Số vụ phát hiện"]').innerText(), /21 so với 20 \(\+5%\)\s*Đạt/);
      await shoot(page, 'province-desktop');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải Excel' }).click();
      assert.equal((await download).suggestedFilename(), `chi-tieu-${YEAR}.xlsx`);
      await row.scrollIntoViewIfNeeded();
      await shoot(page, 'province-communes-desktop');

      await page.getByText('Đặt chỉ tiêu riêng của tỉnh').click();
      await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption('cases_change');
      await page.getByLabel('Giá trị (%)').fill('10');
      await page.getByLabel('Căn cứ (văn bản, ghi chú)').fill('Nghị quyết HĐND tỉnh');
      await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await page.getByText('Đã lưu chỉ tiêu riêng của tỉnh.').waitFor();
      await cases.getByText(/^Chỉ tiêu: Tăng từ 10% trở lên/).waitFor();
      assert.match(await cases.innerText(), /Chưa đạt/);
      assert.match(await cases.innerText(), /Chỉ tiêu riêng của tỉnh từ năm 2026, do Lê Văn Lãnh Đạo đặt/);
      await shoot(page, 'province-own-target');

      await page.getByRole('button', { name: 'Dùng lại mặc định từ năm này' }).click();
      await page.getByText('Đã dùng lại chỉ tiêu mặc định.').waitFor();
      await cases.getByText(/^Chỉ tiêu: Tăng từ 5% trở lên/).waitFor();
    });
  });

  test('a commune officer sees its commune only, on a phone', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await page.goto(`/dia-ban/chi-tieu?year=${YEAR}`);
      await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Xã, phường của bạn' }).waitFor();
      await card(page, /^Số vụ phạm tội về ma túy phát hiện/).getByText('21 so với 20 (+5%)').waitFor();
      assert.equal(await page.locator('table.table tbody tr').count(), 1);
      assert.equal(await page.getByText('Đặt chỉ tiêu riêng của tỉnh').count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'the page scrolls sideways on a phone');
      await shoot(page, 'commune-phone');
    }, PHONE);
  });
});
