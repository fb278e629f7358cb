// Browser tests of the foundation's web UI, in Debian's chromium against a real pcmt.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { readXlsx, records } from '../lib/xlsx_cells.ts';
import { referenceCommunes } from '../lib/fixtures.ts';
import { ADMIN, logIn, PASSWORD, PROVINCE, rowsWhen, startWeb, submitPasswordChange, tableRows, type Web } from './web.ts';

describe('web UI: login, communes, users', () => {
  let web: Web;
  before(async () => {
    web = await startWeb();
  });
  after(async () => {
    await web?.close();
  });

  async function adminApi(): Promise<ApiClient> {
    const c = new ApiClient(web.srv.baseUrl);
    await c.loginOk(ADMIN, PASSWORD);
    return c;
  }

  test('a wrong password shows the server\'s message and stays on the login page', async () => {
    await web.withPage(async (page) => {
      await page.goto('/');
      await page.waitForURL('**/dang-nhap');
      await page.getByLabel('Tên đăng nhập', { exact: true }).fill(ADMIN);
      await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const api = await new ApiClient(web.srv.baseUrl).login(ADMIN, 'not-the-password');
      assert.equal(api.code, 'auth.invalid_credentials');
      assert.equal((await alert.textContent())?.trim(), api.message);
      assert.equal(await page.getByLabel('Mật khẩu', { exact: true }).inputValue(), '');
      assert.ok(page.url().endsWith('/dang-nhap'));
    });
  });

  test('admin finds "Phường Thành Vinh" by typing "thanh vinh" without diacritics', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      assert.match(await page.locator('header').innerText(), /Trần Thị Quản Trị[\s\S]*Quản trị hệ thống/);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Xã, phường' }).click();
      const all = await tableRows(page);
      assert.equal(all.length, 50, 'first page of the 130 communes of Nghệ An');
      assert.match(await page.locator('.pagination-total').innerText(), /130 xã, phường/);

      await page.getByLabel('Tìm theo tên hoặc mã').fill('thanh vinh');
      await page.waitForURL(/q=thanh\+vinh/);
      const rows = await rowsWhen(page, (r) => r.length < 50, 'the search result');
      assert.deepEqual(rows.map((r) => r[1]), ['Phường Thành Vinh']);
      assert.equal(rows[0]?.[0], '16681');

      await page.getByLabel('Tìm theo tên hoặc mã').fill('');
      await page.waitForURL((url) => !url.searchParams.has('q'));
      await page.getByLabel('Loại đơn vị').selectOption({ label: 'Phường' });
      await page.waitForURL(/kind=phuong/);
      const phuong = referenceCommunes(PROVINCE).filter((c) => c.kind === 'phuong').map((c) => c.code);
      const wards = await rowsWhen(page, (r) => r.length < 50, 'only the phường');
      assert.deepEqual(wards.map((r) => r[0]).sort(), phuong.sort());
      assert.ok(wards.every((r) => r[2] === 'Phường'), JSON.stringify(wards));
    });
  });

  test('admin creates a commune user who then sees only that commune', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Người dùng' }).click();
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const form = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm người dùng' }) });
      await form.getByLabel('Tên đăng nhập', { exact: true }).fill('cx_thanhvinh');
      await form.getByLabel('Họ và tên').fill('Nguyễn Văn An');
      await form.getByLabel('Vai trò').selectOption({ label: 'Cấp xã' });
      await form.getByLabel('Tìm xã, phường').fill('thanh vinh');
      await form.getByLabel('Chọn', { exact: true }).selectOption({ label: 'Phường Thành Vinh (16681)' });
      await form.getByLabel('Mật khẩu ban đầu').fill('Mat-khau-xa-phuong-1');
      await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản cx_thanhvinh.' }).waitFor();
      const rows = await tableRows(page);
      const row = rows.find((r) => r[0] === 'cx_thanhvinh');
      assert.deepEqual(row?.slice(0, 5), ['cx_thanhvinh', 'Nguyễn Văn An', 'Cấp xã', 'Phường Thành Vinh', 'Hoạt động']);

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      assert.ok(page.url().endsWith('/dang-nhap'));
      // The session is really over: the app bounces back to the login page.
      await page.goto('/xa-phuong');
      await page.waitForURL('**/dang-nhap');

      await logIn(page, 'cx_thanhvinh', 'Mat-khau-xa-phuong-1');
      // The admin chose this password, so the user must replace it first.
      await page.waitForURL('**/doi-mat-khau');
      await submitPasswordChange(page, 'Mat-khau-xa-phuong-1', 'Mat-khau-cua-toi-9');
      await page.waitForURL((url) => !url.pathname.endsWith('/doi-mat-khau'));
      await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).waitFor();
      assert.match(await page.locator('header').innerText(), /Nguyễn Văn An[\s\S]*Cấp xã · Phường Thành Vinh/);
      const nav = page.getByRole('navigation', { name: 'Chức năng' });
      assert.equal(await nav.getByRole('link', { name: 'Người dùng' }).count(), 0);
      assert.equal(await nav.getByRole('link', { name: 'Nhật ký' }).count(), 0);

      await nav.getByRole('link', { name: 'Xã, phường' }).click();
      const own = await tableRows(page);
      assert.deepEqual(own.map((r) => r[0]), ['16681']);
      assert.equal(await page.getByRole('link', { name: 'Nhập dân số từ tệp' }).count(), 0);

      await page.getByRole('link', { name: 'Phường Thành Vinh' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Lưu' }).count(), 1, 'may edit its own commune');

      // Phường Trường Vinh (16690) is in the same province but outside this user's scope.
      await page.goto('/xa-phuong/16690');
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy' }).waitFor();
      const text = await page.locator('main').innerText();
      assert.match(text, /không tồn tại hoặc nằm ngoài phạm vi/);
      assert.doesNotMatch(text, /Trường Vinh/);

      // Pages of other roles are refused in the UI too.
      await page.goto('/nguoi-dung');
      await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    });
  });

  test('editing a commune\'s population and flags saves them', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/xa-phuong/16681');
      await page.getByLabel('Dân số (người)').fill('25000');
      await page.getByLabel('Xã biên giới').check();
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Dân số\s*25\.000/);

      const api = await adminApi();
      const r = await api.get('/api/v1/communes/16681');
      assert.equal(r.json.population, 25000);
      assert.equal(r.json.is_border, true);
      assert.equal(r.json.is_remote, false);

      // A value the server refuses shows its message next to the form and changes nothing.
      await page.getByLabel('Dân số (người)').fill('20000000');
      await page.getByRole('button', { name: 'Lưu' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.ok(((await alert.textContent()) ?? '').length > 0);
      assert.equal(await page.getByLabel('Dân số (người)').getAttribute('aria-invalid'), 'true');
      assert.equal((await api.get('/api/v1/communes/16681')).json.population, 25000);

      await page.goto('/xa-phuong?q=16681');
      const rows = await tableRows(page);
      assert.equal(rows[0]?.[3], '25.000');
      assert.equal(rows[0]?.[4], 'Có');
    });
  });

  test('a CSV with one bad row shows its line number and imports nothing; a good one imports', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/xa-phuong');
      await page.getByRole('link', { name: 'Nhập dân số từ tệp' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nhập dân số từ tệp' }).waitFor();

      const bad = 'commune_code,population\n16702,41000\n16708,-5\n';
      await page.getByLabel('Tệp dân số (.xlsx hoặc .csv)').setInputFiles({ name: 'dan-so.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
      await page.getByRole('heading', { name: 'Các dòng cần sửa' }).waitFor();
      const errors = await tableRows(page);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0]?.[0], '3');
      assert.equal(errors[0]?.[1], 'population');
      const api = await adminApi();
      assert.equal((await api.get('/api/v1/communes/16702')).json.population, null, 'nothing imported');

      const good = 'commune_code,population\n16702,41000\n16708,37500\n';
      await page.getByLabel('Tệp dân số (.xlsx hoặc .csv)').setInputFiles({ name: 'dan-so.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
      await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã cập nhật dân số cho 2 xã, phường.' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Các dòng cần sửa' }).count(), 0);
      assert.equal((await api.get('/api/v1/communes/16702')).json.population, 41000);
      assert.equal((await api.get('/api/v1/communes/16708')).json.population, 37500);

      // The template is a workbook of every commune of the province (with its name, for people) under
      // the headers the import reads, populations as numbers.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
      const file = await download;
      assert.equal(file.suggestedFilename(), 'mau-dan-so.xlsx');
      const sheet = readXlsx(await readFile(await file.path()));
      assert.deepEqual(sheet.header, ['Mã xã', 'Tên xã, phường', 'Dân số']);
      const rows = records(sheet);
      assert.equal(rows.length, 130);
      const vinhPhu = rows.find((r) => r.get('Mã xã')?.value === '16702');
      assert.equal(vinhPhu?.get('Tên xã, phường')?.value, 'Phường Vinh Phú');
      assert.deepEqual(vinhPhu?.get('Dân số'), { kind: 'number', value: 41000 });
      const truongVinh = rows.find((r) => r.get('Mã xã')?.value === '16690');
      assert.equal(truongVinh?.get('Dân số'), undefined, 'unknown populations are blank');
    });
  });
});
