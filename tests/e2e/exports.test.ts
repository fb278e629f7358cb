// Browser test of "Tải Excel" and of creating accounts from a file, in Debian's chromium against a
// real pcmt: workbooks downloaded from three tables (the QĐ 28 classification, a commune registry,
// the audit log) open and hold numbers as numeric cells and dates as date cells; an admin downloads
// the users template, sees a bad row's error in Vietnamese, then creates two accounts from one file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { readXlsx, records, type XlsxCell } from '../lib/xlsx_cells.ts';
import { ADMIN, logIn, PASSWORD, startWeb, tableRows, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const OFFICER = 'e2e_excel_thanh_vinh';

/** Clicks the button and reads the workbook the browser saved. */
async function downloaded(page: Page, button: string, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = path.join(tmpdir(), `pcmt-e2e-${process.pid}-${name}`);
  await (await download).saveAs(file);
  return readXlsx(readFileSync(file));
}

function kindOf(row: Map<string, XlsxCell>, header: string): XlsxCell {
  const c = row.get(header);
  assert.ok(c, `no "${header}" in ${JSON.stringify([...row])}`);
  return c;
}

describe('web UI: Excel out of tables, accounts in from a file', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    const api = new ApiClient(web.srv.baseUrl);
    await api.loginOk(ADMIN, PASSWORD);
    assert.equal((await api.patch(`/api/v1/communes/${COMMUNE}`, { population: 25000 })).status, 200);
    const r = await api.post('/api/v1/areas/plant-finds', { commune_code: COMMUNE, found_date: '2026-03-01', plants: 12, area_m2: 3.5 });
    assert.equal(r.status, 201, r.text);
  });
  after(async () => {
    await web?.close();
  });

  test('three tables download as workbooks whose numbers are numbers and dates are dates', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await page.goto('/dia-ban?year=2026');
      await page.locator('.table-wrap:not([aria-busy])').first().waitFor();
      const classification = records(await downloaded(page, 'Tải Excel Phân loại xã, phường năm 2026', 'phan-loai.xlsx'));
      assert.equal(classification.length, 1, 'the commune officer gets its commune only');
      assert.deepEqual(kindOf(classification[0], 'Dân số'), { kind: 'number', value: 25000 });

      await page.goto(`/dia-ban/${COMMUNE}?year=2026`);
      await page.getByRole('heading', { name: 'Phát hiện cây có chứa chất ma túy' }).waitFor();
      const plants = records(await downloaded(page, 'Tải Excel Phát hiện cây có chứa chất ma túy', 'cay.xlsx'));
      assert.deepEqual(kindOf(plants[0], 'Số cây'), { kind: 'number', value: 12 });
      assert.deepEqual(kindOf(plants[0], 'Diện tích (m²)'), { kind: 'number', value: 3.5 });
      assert.equal(kindOf(plants[0], 'Ngày phát hiện').kind, 'date');
      assert.equal(kindOf(plants[0], 'Ngày phát hiện').value, '01/03/2026');
    });
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nhat-ky?action=auth.login');
      await page.locator('.table-wrap:not([aria-busy])').first().waitFor();
      const audit = records(await downloaded(page, 'Tải Excel', 'nhat-ky.xlsx'));
      assert.ok(audit.length >= 2);
      for (const row of audit) {
        assert.equal(kindOf(row, 'Số thứ tự').kind, 'number');
        assert.equal(kindOf(row, 'Thời điểm').kind, 'date');
        assert.equal(kindOf(row, 'Hành động').value, 'auth.login');
      }
    });
  });

  test('an admin creates accounts from one file after fixing what the preview showed', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nguoi-dung');
      await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
      const template = await downloaded(page, 'Tải tệp mẫu', 'mau-nguoi-dung.xlsx');
      assert.deepEqual(template.header, ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Phạm vi']);

      const header = 'Tên đăng nhập,Họ và tên,Vai trò,Phạm vi\n';
      const bad = `${header}xa.e2e.mot,Nguyễn Văn Một,Cấp xã,${COMMUNE}\nxa.e2e.hai,Trần Văn Hai,Giám đốc,province:40\n`;
      const input = page.getByLabel('Tệp danh sách người dùng (.xlsx hoặc .csv)');
      await input.setInputFiles({ name: 'nguoi-dung.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await page.getByText('1 dòng hợp lệ, 1 dòng lỗi.').waitFor();
      await page.getByText('Vai trò không hợp lệ').waitFor();
      assert.equal(await page.getByRole('button', { name: /^Tạo \d+ tài khoản$/ }).count(), 0);

      const good = `${header}xa.e2e.mot,Nguyễn Văn Một,Cấp xã,${COMMUNE}\nxa.e2e.hai,Trần Văn Hai,Lãnh đạo,province:40\n`;
      await input.setInputFiles({ name: 'nguoi-dung.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.getByText('2 dòng hợp lệ, 0 dòng lỗi.').waitFor();
      await page.getByLabel('Mật khẩu ban đầu cho các tài khoản').fill('Mat-khau-ban-dau-e2e-1');
      await page.getByRole('button', { name: 'Tạo 2 tài khoản' }).click();
      await page.getByText('Đã tạo 2 tài khoản.').waitFor();
      await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill('xa.e2e');
      await page.locator('table.table tbody tr', { hasText: 'xa.e2e.hai' }).waitFor();
      const rows = await tableRows(page);
      assert.ok(rows.some((r) => r.includes('xa.e2e.mot') && r.includes('Cấp xã')), JSON.stringify(rows));
    });
  });
});
