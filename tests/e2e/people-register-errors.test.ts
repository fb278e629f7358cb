// Browser test of the registration form's errors: every field's problem is shown at once next to its field
// (aria-invalid, aria-describedby to the message) with a summary at the top that takes focus and links to each
// field; nothing is sent while the form has problems; an error the server answers about a field lands on that
// field and in the summary, not in a loose message at the bottom.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, PASSWORD, PROVINCE, logIn, startWeb, type Web } from './web.ts';

/** The message a field points to with aria-describedby, once the field is marked invalid. */
async function fieldError(page: Page, id: string): Promise<string> {
  await page.locator(`#${id}[aria-invalid="true"]`).waitFor();
  const described = (await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '';
  assert.ok(described.split(' ').includes(`${id}-error`), `${id} describedby ${described}`);
  return page.locator(`#${id}-error`).innerText();
}

const summary = (page: Page) => page.locator('.error-summary');

describe('web UI: registration form errors', () => {
  let web: Web;
  before(async () => {
    web = await startWeb();
  });
  after(async () => {
    await web?.close();
  });

  test('every problem at once, on its field and in a summary linking to it', async () => {
    await web.withPage(async (page) => {
      const posts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/people') posts.push(r.url());
      });
      await logIn(page, ADMIN);
      await page.goto('/doi-tuong/dang-ky');
      await page.getByRole('heading', { level: 1, name: 'Đăng ký đối tượng' }).waitFor();
      await page.getByLabel('Số định danh cá nhân').fill('04008');
      await page.getByLabel('Ngày sinh').fill('2999-01-01');
      await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

      await summary(page).getByRole('heading', { name: 'Cần sửa 5 mục trước khi lưu' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
      assert.deepEqual(await summary(page).getByRole('link').allInnerTexts(), [
        'Số định danh cá nhân phải gồm đúng 12 chữ số',
        'Thiếu họ tên',
        'Ngày sinh không được sau hôm nay',
        'Thiếu giới tính',
        'Thiếu xã, phường nơi cư trú',
      ]);
      assert.equal(await fieldError(page, 'person-id'), 'Số định danh cá nhân phải gồm đúng 12 chữ số');
      assert.equal(await fieldError(page, 'person-name'), 'Thiếu họ tên');
      assert.equal(await fieldError(page, 'person-birth'), 'Ngày sinh không được sau hôm nay');
      assert.equal(await fieldError(page, 'person-sex'), 'Thiếu giới tính');
      assert.equal(await fieldError(page, 'person-commune'), 'Thiếu xã, phường nơi cư trú');
      assert.equal(await page.locator('#person-address').getAttribute('aria-invalid'), null);

      // A summary link takes focus to its field; fixing a field takes its error away.
      await summary(page).getByRole('link', { name: 'Thiếu họ tên' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'person-name');
      await page.keyboard.type('Phan Thị Mai');
      await summary(page).getByRole('heading', { name: 'Cần sửa 4 mục trước khi lưu' }).waitFor();
      assert.equal(await page.locator('#person-name').getAttribute('aria-invalid'), null);
      assert.equal(await page.locator('#person-name-error').count(), 0);
      assert.deepEqual(posts, [], 'nothing is sent while the form has problems');

      // Digit 4 is 0: a man born in the 1900s, entered as a woman. The server's answer is about the ID.
      await page.getByLabel('Số định danh cá nhân').fill('040085067890');
      await page.getByLabel('Ngày sinh').fill('1985-02-03');
      await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
      await page.getByLabel('Xã, phường', { exact: true }).selectOption('16681');
      await summary(page).waitFor({ state: 'detached' });
      await page.getByText('Giới tính theo số định danh (nam) khác giới tính đã nhập (nữ)').first().waitFor();
      await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      await summary(page).getByRole('heading', { name: 'Cần sửa 1 mục trước khi lưu' }).waitFor();
      assert.equal(posts.length, 1);
      const link = summary(page).getByRole('link');
      assert.match(await link.innerText(), /khác giới tính đã nhập/);
      assert.match(await fieldError(page, 'person-id'), /khác giới tính đã nhập/);
      assert.equal(await page.locator('.alert').count(), 1, 'no second, loose message');
      await link.click();
      await page.waitForFunction(() => document.activeElement?.id === 'person-id');
    });
  });

  test('a number registered in another province: the form says whom to ask, and nothing of the person', async () => {
    const admin = new ApiClient(web.srv.baseUrl);
    await admin.loginOk(ADMIN, PASSWORD);
    const elsewhere = { personal_id: '001185000777', full_name: 'Vũ Thị Ở Hà Nội', birth_date: '1985-02-03', sex: 'female',
      commune_code: '00070' };
    const r = await admin.post('/api/v1/people', elsewhere);
    assert.equal(r.status, 201, r.text);
    await web.srv.addUser({ username: 'e2e_thuongtruc', role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    await web.withPage(async (page) => {
      await logIn(page, 'e2e_thuongtruc');
      await page.goto('/doi-tuong/dang-ky');
      await page.getByLabel('Số định danh cá nhân').fill(elsewhere.personal_id);
      const found = page.getByRole('region', { name: 'Có thể đã được đăng ký' });
      await found.getByText('Đã có hồ sơ ở tỉnh khác — liên hệ cơ quan thường trực').waitFor();
      assert.ok(!(await found.innerText()).includes('Vũ Thị'), 'the person is not named');

      await page.getByLabel('Họ và tên').fill('Người Khác');
      await page.getByLabel('Ngày sinh').fill('1985-02-03');
      await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
      await page.getByLabel('Xã, phường', { exact: true }).selectOption('16681');
      await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      assert.equal(await fieldError(page, 'person-id'), 'Đã có hồ sơ ở tỉnh khác — liên hệ cơ quan thường trực');
    });
  });
});
