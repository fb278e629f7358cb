// Printing, as Chromium prints (page.pdf() uses the print stylesheet): a person's record and the QĐ 28
// classification table come out on A4 without the shell's navigation or buttons, the table's header on
// every sheet and the sheets numbered; a province officer's printed record masks the personal ID the way
// lists do, while the commune keeping the dossier prints it in full. The PDF is read back with pdftotext.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, logIn, PASSWORD, PROVINCE, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const OFFICER = 'e2e_in_thanh_vinh';
const OFFICE = 'e2e_in_thuong_truc';
const PERSON_ID = '040085066612';
const MASKED = '040******612';
const NAME = 'Đặng Văn In';
/** Words of the shell (navigation, account, footer) and of buttons that must not be on paper. */
const SHELL = ['Nhiệm vụ của tôi', 'Việc cần làm', 'Quy định thời hạn', 'Đăng xuất', 'Đổi mật khẩu', 'Bỏ qua, đến nội dung chính', 'Hệ thống thông tin quản lý'];

/** The page as Chromium prints it, as text, one string per A4 sheet. */
async function printedSheets(page: Page, dir: string, name: string): Promise<string[]> {
  const pdf = path.join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((sheet) => sheet.trim() !== '');
}

function assertNoShell(sheets: string[]): void {
  for (const word of SHELL) assert.ok(!sheets.some((s) => s.includes(word)), `"${word}" is not printed`);
  assert.ok(!sheets.some((s) => /^\s*In\s*$/m.test(s)), 'the print button is not printed');
}

describe('web UI: print', () => {
  let web: Web;
  let dir: string;
  let personId = 0;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'pcmt-print-'));
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    await web.srv.addUser({ username: OFFICE, role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    const officer = new ApiClient(web.srv.baseUrl);
    await officer.loginOk(OFFICER, PASSWORD);
    const p = await officer.post('/api/v1/people', {
      personal_id: PERSON_ID, full_name: NAME, birth_date: '1985-04-04', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(p.status, 201, p.text);
    personId = p.json.id;
  });
  after(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openRecord(page: Page, user: string): Promise<void> {
    await logIn(page, user);
    await page.goto(`/doi-tuong/${personId}`);
    const dialog = page.getByRole('dialog', { name: 'Lý do tra cứu' });
    await dialog.getByLabel('Lý do', { exact: true }).fill('In hồ sơ để báo cáo');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.locator('.page-header').getByRole('button', { name: 'In', exact: true }).waitFor();
  }

  test('a province officer prints a record with the personal ID masked as in lists', async () => {
    await web.withPage(async (page) => {
      await openRecord(page, OFFICE);
      // The screen shows the number in full to whoever may open the record (the read is audited).
      assert.equal(await page.locator('.person-facts .id-number').innerText(), PERSON_ID);
      const sheets = await printedSheets(page, dir, 'record-office');
      const all = sheets.join('\n');
      assert.match(all, new RegExp(NAME));
      assert.match(all, /Số định danh cá nhân/);
      assert.ok(all.includes(MASKED), 'the number is masked as in lists');
      assert.ok(!all.includes(PERSON_ID), 'the full number is not on paper');
      assert.match(all, /04\/04\/1985/);
      assert.match(sheets[0] ?? '', /Trang 1\/\d+/);
      assertNoShell(sheets);
      // The same mask as the office sees in the people list.
      await page.goto('/doi-tuong?q=dang+van+in');
      await page.locator('td', { hasText: MASKED }).first().waitFor();
    });
  });

  test('the commune keeping the dossier prints the number in full', async () => {
    await web.withPage(async (page) => {
      await openRecord(page, OFFICER);
      const all = (await printedSheets(page, dir, 'record-commune')).join('\n');
      assert.ok(all.includes(PERSON_ID), all);
      assert.ok(!all.includes(MASKED));
    });
  });

  test('the classification table prints on numbered sheets, its header on each', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban');
      const table = page.getByRole('table', { name: /^Phân loại xã, phường/ });
      await table.locator('tbody tr', { hasText: 'Phường Thành Vinh' }).waitFor();
      const sheets = await printedSheets(page, dir, 'classification');
      assert.ok(sheets.length > 1, `the province's communes take several sheets (got ${sheets.length})`);
      const tableSheets = sheets.filter((s) => /\b\d{5}\b/.test(s)); // sheets with commune rows (5-digit codes)
      assert.ok(tableSheets.length > 1);
      for (const s of tableSheets) assert.match(s, /Mã\s+Xã, phường\s+Phân loại/, 'the column headings repeat');
      sheets.forEach((s, i) => assert.match(s, new RegExp(`Trang ${i + 1}/${sheets.length}`)));
      assertNoShell(sheets);
    });
  });
});
