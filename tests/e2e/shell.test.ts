// Browser tests of the shell: roles and navigation, audit page, password change, keyboard use and
// the layout at desktop and phone widths (screenshots go to the temp dir for a person to look at).
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, DESKTOP, logIn, PASSWORD, PHONE, PROVINCE, rowsWhen, startWeb, submitPasswordChange, tableRows, type Web } from './web.ts';

const AUDITOR = 'e2e_auditor';
const LEADER = 'e2e_leader';

async function navLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link').allInnerTexts();
}

describe('web UI: shell, roles, audit, layout', () => {
  let web: Web;
  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: AUDITOR, role: 'auditor', scope: `province:${PROVINCE}`, password: PASSWORD });
    await web.srv.addUser({ username: LEADER, role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD,
      fullName: 'Lê Văn Lãnh Đạo' });
  });
  after(async () => {
    await web?.close();
  });

  test('each role sees only the navigation it may use', async () => {
    // Only officers who review reports get "Duyệt báo cáo" (agencies get "Nhiệm vụ của tôi"); the people
    // registry ("Đối tượng", "Việc cần làm") is not the auditor's, who reads the audit trail instead.
    const people = ['Đối tượng', 'Việc cần làm'];
    const modules = ['Địa bàn', 'Báo cáo', 'Xã, phường'];
    for (const [user, plans, registry, extra] of [
      [ADMIN, ['Duyệt báo cáo'], people, ['Người dùng', 'Nhật ký']],
      [AUDITOR, [], [], ['Nhật ký']],
      [LEADER, [], people, []],
    ] as const) {
      await web.withPage(async (page) => {
        await logIn(page, user);
        assert.deepEqual(
          await navLinks(page),
          ['Tổng quan', 'Kế hoạch', ...plans, ...registry, ...modules, ...extra],
          user,
        );
      });
    }
  });

  test('"Báo cáo" points to the exports that exist and says the periodic forms are to come', async () => {
    await web.withPage(async (page) => {
      await logIn(page, LEADER);
      assert.match(await page.locator('header').innerText(), /Lê Văn Lãnh Đạo[\s\S]*Lãnh đạo · Tỉnh Nghệ An/);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Báo cáo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Đang xây dựng/);
      const links = await page.locator('main ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['/ke-hoach', '/doi-tuong/thong-ke', '/dia-ban/chi-tieu', '/dia-ban/khong-ma-tuy']);
      const current = page.getByRole('navigation', { name: 'Chức năng' }).locator('[aria-current="page"]');
      assert.equal(await current.innerText(), 'Báo cáo');
      // A leader reads communes but gets no edit form and no import.
      await page.goto('/xa-phuong/16681');
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Lưu' }).count(), 0);
    });
  });

  test('the auditor filters the audit log and checks its integrity', async () => {
    await web.withPage(async (page) => {
      await logIn(page, AUDITOR);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhật ký' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
      const all = await tableRows(page);
      assert.ok(all.length >= 2, 'logins are audited');
      const seqs = all.map((r) => Number(r[0]));
      assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a), 'newest first');

      await page.getByLabel('Người thực hiện').fill(AUDITOR);
      await page.getByLabel('Hành động').selectOption({ label: 'Đăng nhập' });
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      await page.waitForURL(/action=auth\.login/);
      // Only this auditor's logins remain (the leader's and admin's logins and the CLI's user.create go).
      const mine = await rowsWhen(page, (rows) => rows.every((r) => r[2]?.endsWith(AUDITOR)), 'only the auditor');
      assert.ok(mine.length >= 1);
      assert.ok(mine.every((r) => r[3] === 'Đăng nhập'), JSON.stringify(mine));

      await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
      const ok = page.getByRole('status').filter({ hasText: 'Nhật ký toàn vẹn' });
      await ok.waitFor();
      assert.match(await ok.innerText(), /đã kiểm tra \d+ bản ghi/);
    });
  });

  test('a failed sign-in with a name no account has is shown as such, without what was typed', async () => {
    const typed = 'Mat-khau-go-nham-vao-o-ten';
    await new ApiClient(web.srv.baseUrl).login(typed, 'bat-ky-mat-khau');
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nhat-ky?action=auth.login_failed');
      const rows = await rowsWhen(page, (r) => r.length >= 1 && r[0].length > 4, 'the failed sign-in');
      assert.equal(rows[0][2], 'Không rõ');
      assert.equal(rows[0][3], 'Đăng nhập thất bại');
      assert.equal(rows[0][4], 'Tên đăng nhập không tồn tại (không lưu tên đã nhập)');
      assert.ok(!(await page.locator('main').innerText()).includes(typed));
    });
  });

  test('a user changes the password and logs in with the new one', async () => {
    await web.withPage(async (page) => {
      await web.srv.addUser({ username: 'e2e_pw', role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD });
      await logIn(page, 'e2e_pw');
      await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
      await submitPasswordChange(page, 'wrong-current-password', 'Mat-khau-moi-12345');
      await page.getByRole('alert').waitFor();
      assert.equal(await page.getByLabel('Mật khẩu hiện tại').getAttribute('aria-invalid'), 'true');

      await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).waitFor();
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await logIn(page, 'e2e_pw', 'Mat-khau-moi-12345');
    });
  });

  test('after an admin resets a password the user must choose a new one before anything else', async () => {
    await web.srv.addUser({ username: 'e2e_reset', role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD });
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nguoi-dung');
      await page.getByRole('button', { name: 'Sửa tài khoản e2e_reset' }).click();
      const panel = page.getByRole('region', { name: 'Tài khoản e2e_reset' });
      await panel.getByLabel('Mật khẩu mới').fill('Mat-khau-tam-thoi-1');
      await panel.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
      await panel.getByRole('status').filter({ hasText: 'Đã đặt lại mật khẩu.' }).waitFor();
    });
    await web.withPage(async (page) => {
      await logIn(page, 'e2e_reset', 'Mat-khau-tam-thoi-1');
      await page.waitForURL('**/doi-mat-khau');
      assert.match(await page.locator('main').innerText(), /Bạn cần đổi mật khẩu trước khi tiếp tục/);
      await page.goto('/xa-phuong');
      await page.waitForURL('**/doi-mat-khau');
      await submitPasswordChange(page, 'Mat-khau-tam-thoi-1', 'Mat-khau-rieng-2024');
      // Then on to the page the user had asked for.
      await page.getByRole('heading', { level: 1, name: 'Xã, phường' }).waitFor();
      assert.ok(page.url().endsWith('/xa-phuong'), page.url());
      assert.equal(await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).count(), 1);
      assert.equal((await tableRows(page)).length, 50);
    });
  });

  test('admin moves a user to an agency scope, disables and re-enables the account', async () => {
    await web.srv.addUser({ username: 'e2e_move', role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD });
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nguoi-dung');
      await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill('e2e_move');
      await rowsWhen(page, (rows) => rows.length === 1, 'only e2e_move');
      await page.getByRole('button', { name: 'Sửa tài khoản e2e_move' }).click();
      const panel = page.getByRole('region', { name: 'Tài khoản e2e_move' });
      await panel.getByLabel('Vai trò').selectOption({ label: 'Sở, ban, ngành' });
      await panel.getByLabel('Tìm cơ quan, đơn vị').fill('y te');
      await panel.getByLabel('Chọn', { exact: true }).selectOption({ label: 'Sở Y tế' });
      await panel.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await panel.getByRole('status').filter({ hasText: 'Đã lưu thay đổi.' }).waitFor();
      const moved = await rowsWhen(page, (rows) => rows[0]?.[2] === 'Sở, ban, ngành', 'the new role');
      assert.equal(moved[0]?.[3], 'Sở Y tế');

      await panel.getByRole('button', { name: 'Vô hiệu hóa' }).click();
      await panel.getByRole('status').filter({ hasText: 'Đã vô hiệu hóa tài khoản.' }).waitFor();
      await rowsWhen(page, (rows) => rows[0]?.[4] === 'Đã vô hiệu hóa', 'the account disabled');
    });
    await web.withPage(async (page) => {
      await page.goto('/dang-nhap');
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill('e2e_move');
      await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').waitFor();
    });
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nguoi-dung');
      await page.getByRole('button', { name: 'Sửa tài khoản e2e_move' }).click();
      await page.getByRole('button', { name: 'Kích hoạt lại' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã kích hoạt lại tài khoản.' }).waitFor();
    });
    await web.withPage(async (page) => {
      await logIn(page, 'e2e_move');
      assert.match(await page.locator('header').innerText(), /Sở, ban, ngành · Sở Y tế/);
    });
  });

  test('when the session ends on the server the next request leads back to the login page', async () => {
    await web.withPage(async (page) => {
      await logIn(page, LEADER);
      await page.goto('/xa-phuong');
      await tableRows(page);
      await web.srv.sql('DELETE FROM sessions;');
      await page.getByLabel('Tìm theo tên hoặc mã').fill('vinh');
      await page.waitForURL('**/dang-nhap');
      await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
      // After logging in again the user is taken back to where they were.
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill(LEADER);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/xa-phuong\?q=vinh/);
    });
  });

  test('creating a user with a taken username shows the server\'s message on the form', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nguoi-dung');
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const form = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm người dùng' }) });
      await form.getByLabel('Tên đăng nhập', { exact: true }).fill(LEADER);
      await form.getByLabel('Họ và tên').fill('Trùng Tên');
      await form.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo' });
      await form.getByLabel('Phạm vi: tỉnh, thành phố').selectOption({ label: 'Nghệ An' });
      await form.getByLabel('Mật khẩu ban đầu').fill('Mat-khau-thu-nghiem-2');
      await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      const api = new ApiClient(web.srv.baseUrl);
      await api.loginOk(ADMIN, PASSWORD);
      const r = await api.post('/api/v1/users', { username: LEADER, full_name: 'Trùng Tên', role: 'leader',
        scope: `province:${PROVINCE}`, password: 'Mat-khau-thu-nghiem-2' });
      assert.equal(r.json.code, 'user.username_taken');
      assert.equal((await alert.innerText()).trim(), r.json.message);
      assert.equal(await form.getByLabel('Tên đăng nhập', { exact: true }).getAttribute('aria-invalid'),
        r.json.field === 'username' ? 'true' : null);
    });
  });

  test('keyboard: the first Tab reaches the skip link, which jumps to the main content', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/xa-phuong');
      await page.getByRole('heading', { level: 1, name: 'Xã, phường' }).waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bỏ qua, đến nội dung chính');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // The next stop after main is inside main, not in the header or the navigation.
      assert.equal(await page.evaluate(() => !!document.activeElement?.closest('main')), true);
    });
  });

  test('the communes page fits desktop and phone widths', async () => {
    for (const [name, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await web.withPage(async (page) => {
        await logIn(page, ADMIN);
        await page.goto('/xa-phuong');
        const rows = await tableRows(page);
        assert.equal(rows.length, 50);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the screen`);
        const nav = page.getByRole('navigation', { name: 'Chức năng' });
        const toggle = page.getByRole('button', { name: 'Menu' });
        if (name === 'phone') {
          // The navigation folds behind a menu button with aria-expanded.
          assert.equal(await nav.isVisible(), false);
          await toggle.click();
          assert.equal(await page.getByRole('button', { name: 'Đóng menu' }).getAttribute('aria-expanded'), 'true');
          assert.equal(await nav.isVisible(), true);
          await page.getByRole('button', { name: 'Đóng menu' }).click();
        } else {
          assert.equal(await nav.isVisible(), true);
          assert.equal(await toggle.isVisible(), false);
        }
        await page.screenshot({ path: path.join(tmpdir(), `pcmt-communes-${name}.png`), fullPage: false });
      }, size);
    }
  });
});
