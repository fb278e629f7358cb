// Browser test of taking over a commune's existing list: the commune officer
// uploads the list it keeps today — one person in compulsory rehab, one in post-rehab management —
// imports it, and opens each record to find the regime and the deadline its dates fix.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { logIn, PASSWORD, startWeb, tableRows, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const OFFICER = 'e2e_tiep_nhan_thanh_vinh';
const STAY_ID = '040085077701';
const POST_ID = '040085077702';

/** Opens a person's record; the reason is asked once per task (the first time only). */
async function openRecord(page: Page, api: ApiClient, personalId: string, first: boolean): Promise<void> {
  const found = await api.get(`/api/v1/people?q=${personalId}`);
  assert.equal(found.json.total, 1, found.text);
  await page.goto(`/doi-tuong/${found.json.items[0].id}`);
  if (!first) return;
  const dialog = page.getByRole('dialog', { name: 'Lý do tra cứu' });
  await dialog.getByLabel('Lý do', { exact: true }).fill('Kiểm tra danh sách tiếp nhận');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('web UI: taking over a commune list', () => {
  let web: Web;
  let officer: ApiClient;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    officer = new ApiClient(web.srv.baseUrl);
    await officer.loginOk(OFFICER, PASSWORD);
  });
  after(async () => {
    await web?.close();
  });

  test('people already in compulsory rehab and post-rehab are imported in their regime with its deadlines', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await page.goto('/doi-tuong/nhap');
      await page.getByRole('heading', { level: 1, name: 'Nhập danh sách đối tượng' }).waitFor();
      const csv =
        'Số định danh,Họ và tên,Ngày sinh,Giới tính,Tình trạng,Ngày bắt đầu,Thời hạn (tháng),Hình thức đã hoàn thành\n' +
        `${STAY_ID},Võ Văn Bắt,01/01/1985,Nam,Cai nghiện bắt buộc,05/02/2026,24,\n` +
        `${POST_ID},Võ Văn Sau,01/01/1985,Nam,Quản lý sau cai,10/04/2026,,\n`;
      await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv',
        buffer: Buffer.from(csv) });
      // The post-rehab row lacks how rehab was completed: the report names that cell.
      await page.getByRole('heading', { name: 'Các dòng cần sửa' }).waitFor();
      const errors = (await tableRows(page)).filter((r) => r.length === 3);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0]![0], '3');
      assert.match(errors[0]![2]!, /hình thức đã hoàn thành/i);

      const fixed = csv.replace('Quản lý sau cai,10/04/2026,,', 'Quản lý sau cai,10/04/2026,,Tự nguyện');
      await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv',
        buffer: Buffer.from(fixed) });
      await page.getByRole('button', { name: 'Nhập 2 đối tượng' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã nhập 2 đối tượng.' }).waitFor();

      await openRecord(page, officer, STAY_ID, true);
      await page.locator('.state-now').filter({ hasText: 'Đang cai nghiện bắt buộc tại cơ sở' }).waitFor();
      const deadlines = page.getByRole('region', { name: 'Thời hạn' });
      await deadlines.locator('tr', { hasText: 'Hết thời hạn cai nghiện bắt buộc' }).filter({ hasText: '05/02/2028' }).first().waitFor();

      await openRecord(page, officer, POST_ID, false);
      await page.locator('.state-now').filter({ hasText: 'Đang quản lý sau cai nghiện tại nơi cư trú' }).waitFor();
      await deadlines.locator('tr', { hasText: '10/04/2027' }).first().waitFor();
    });
  });
});
