// Browser test of a saved plan's tasks: they are listed under the plan's own section titles; the
// standing office adds a task with the review screen's fields, the agency it assigns sees it and
// its report in "Nhiệm vụ của tôi", and the office deletes another task with a reason (audited).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { repoRoot } from '../lib/server.ts';
import { DESKTOP, logIn, PASSWORD, PHONE, PROVINCE, startWeb, type Web } from './web.ts';

const OFFICE = 'e2e_tt_sua';
const YTE_USER = 'e2e_yte_sua';
const FIXTURE = 'dong-nai-171-kh-ubnd-2025.txt';
const ADDED_TEXT = 'Tổ chức hội nghị quán triệt Kết luận số 132-KL/TW cho cán bộ y tế cơ sở';
const REASON = 'Trùng với nhiệm vụ III.1 của Kế hoạch';

describe('web UI: adding and deleting tasks of a saved plan', () => {
  let web: Web;
  let office: ApiClient;
  let planId = 0;
  let victim: { id: number; ref: string };

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICE, role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    office = new ApiClient(web.srv.baseUrl);
    await office.loginOk(OFFICE, PASSWORD);
    const found = await office.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('y te')}&page_size=50`);
    const yteId = found.json.items.find((a: { name: string }) => a.name === 'Sở Y tế').id;
    await web.srv.addUser({ username: YTE_USER, role: 'agency', scope: `agency:${yteId}`, password: PASSWORD });
    const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', FIXTURE));
    const parsed = await office.post(`/api/v1/plans/parse?filename=${FIXTURE}`, undefined, { raw: bytes, contentType: 'text/plain' });
    assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
    const saved = await office.post('/api/v1/plans', {
      ...parsed.json.plan,
      new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })),
      horizon_year: 2026,
      confirm_other_province: true, // a Đồng Nai plan saved in Nghệ An
    });
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
    planId = saved.json.id;
    const tasks = (await office.get(`/api/v1/plans/${planId}`)).json.tasks;
    victim = tasks.find((t: { section: string[] }) => t.section[0] === 'III. TỔ CHỨC THỰC HIỆN');
    assert.ok(victim, 'the plan has a task under III');
  });
  after(async () => {
    await web?.close();
  });

  test('the office adds a task, the agency sees it, the office deletes another with a reason', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto(`/ke-hoach/${planId}`);
      const first = page.getByRole('heading', {
        level: 3, name: /^II\. NHIỆM VỤ, GIẢI PHÁP › 1\. Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 132-KL\/TW/,
      });
      await first.waitFor();
      await page.getByRole('heading', { level: 3, name: 'III. TỔ CHỨC THỰC HIỆN', exact: true }).waitFor();

      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      const form = page.getByRole('form', { name: 'Thêm nhiệm vụ' });
      await form.getByLabel('Thuộc mục').selectOption({ label: (await first.innerText()).trim() });
      await form.getByLabel('Số hiệu').fill('II.1.c');
      await form.getByLabel('Nội dung nhiệm vụ').fill(ADDED_TEXT);
      await form.getByLabel('Tìm cơ quan').fill('y te');
      await form.getByLabel('Cơ quan trong danh mục').selectOption({ label: 'Sở Y tế' });
      await form.getByLabel('Vai trò').selectOption({ label: 'Chủ trì' });
      await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
      await form.getByLabel('Loại thời hạn').selectOption({ label: 'Hạn cụ thể' });
      await form.getByLabel('Ngày hết hạn').fill('2026-12-31');
      await page.screenshot({ path: '/tmp/plans-edit-add-desktop.png', fullPage: false });
      await form.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã thêm nhiệm vụ II.1.c với 1 kỳ báo cáo.' }).waitFor();
      // Listed in its section, right after the tasks already there.
      const section = page.getByRole('region', { name: (await first.innerText()).trim() });
      await section.getByRole('link', { name: 'II.1.c' }).waitFor();
      assert.match(await section.innerText(), /II\.1\.c\s+Tổ chức hội nghị quán triệt/);

      // Corrected on its own page with the same fields: Công an tỉnh co-operates.
      await section.getByRole('link', { name: 'II.1.c' }).click();
      await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
      const edit = page.getByRole('form', { name: 'Sửa nhiệm vụ' });
      await edit.getByLabel('Tìm cơ quan').fill('cong an tinh');
      await edit.getByLabel('Cơ quan trong danh mục').selectOption({ label: 'Công an tỉnh' });
      await edit.getByLabel('Vai trò').selectOption({ label: 'Phối hợp' });
      await edit.getByRole('button', { name: 'Thêm cơ quan' }).click();
      await edit.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
      await edit.waitFor({ state: 'detached' });
      // The page reloads the task after the save: wait for the corrected agencies, not the closing form.
      await page.locator('main').filter({ hasText: /Phối hợp:\s*Công an tỉnh/ }).waitFor();
    });

    await web.withPage(async (page) => {
      await logIn(page, YTE_USER);
      await page.goto('/nhiem-vu');
      await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ của tôi' }).waitFor();
      const assigned = page.getByRole('region', { name: 'Nhiệm vụ được giao' });
      await assigned.getByText(ADDED_TEXT.slice(0, 40)).waitFor();
      await page.getByRole('link', { name: 'Gửi báo cáo Hạn 31/12/2026, nhiệm vụ II.1.c' }).waitFor();
    });

    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto(`/ke-hoach/${planId}`);
      await page.getByRole('button', { name: `Xóa nhiệm vụ ${victim.ref}` }).click();
      const dialog = page.getByRole('dialog', { name: `Xóa nhiệm vụ ${victim.ref}` });
      await dialog.getByRole('button', { name: 'Xóa nhiệm vụ' }).click();
      await dialog.getByText('Vui lòng nhập lý do xóa.').waitFor();
      await dialog.getByLabel('Lý do xóa').fill(REASON);
      await page.screenshot({ path: '/tmp/plans-edit-delete-desktop.png' });
      await dialog.getByRole('button', { name: 'Xóa nhiệm vụ' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('link', { name: victim.ref, exact: true }).waitFor({ state: 'detached' });
    }, DESKTOP);

    assert.equal((await office.get(`/api/v1/tasks/${victim.id}`)).status, 404);
    const admin = new ApiClient(web.srv.baseUrl);
    await admin.loginOk('e2e_admin', PASSWORD);
    const audit = await admin.get('/api/v1/audit?action=task.delete');
    assert.equal(audit.json.items[0].object_id, String(victim.id));
    assert.equal(audit.json.items[0].reason, REASON);
  });

  test('the plan page with its add form fits a phone', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto(`/ke-hoach/${planId}`);
      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      await page.getByRole('form', { name: 'Thêm nhiệm vụ' }).waitFor();
      await page.screenshot({ path: '/tmp/plans-edit-add-phone.png', fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page is ${overflow}px wider than the phone`);
    }, PHONE);
  });
});
