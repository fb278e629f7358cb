// Long work in the browser: an import runs as a job whose progress bar shows while it runs, stays
// reachable after leaving the page (its id is in the URL), and ends with the import's report; its
// cancel asks first. A residence linkage runs the same way and ends with its comparison.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { id1990, peopleList } from '../lib/people_lists.ts';
import { ADMIN, logIn, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh

describe('jobs in the browser', () => {
  let web: Web;
  before(async () => {
    web = await startWeb();
  });
  after(async () => {
    await web?.close();
  });

  test('an import shows its progress, survives leaving the page, and ends with its report', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/doi-tuong/nhap');
      await page.getByRole('heading', { level: 1, name: 'Nhập danh sách đối tượng' }).waitFor();
      await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv',
        buffer: Buffer.from(peopleList(COMMUNE, 1, 20_000)) });
      await page.getByRole('button', { name: 'Nhập 20.000 đối tượng' }).click();
      const progress = page.getByRole('progressbar', { name: 'Đang nhập danh sách' });
      await progress.waitFor();
      await page.waitForURL(/cong-viec=\d+/);
      const jobUrl = page.url();

      // Away and back: the job is still followed, and its report arrives.
      await page.goto('/doi-tuong');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.goto(jobUrl);
      await page.getByRole('status').filter({ hasText: 'Đã nhập 20.000 đối tượng.' }).waitFor({ timeout: 120_000 });
      assert.equal(await progress.count(), 0);
      assert.doesNotMatch(page.url(), /cong-viec=/);
    });
  });

  test('a residence linkage shows its progress and ends with the comparison of everyone imported', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/doi-tuong/doi-chieu-cu-tru');
      await page.getByRole('heading', { level: 1, name: 'Đối chiếu nơi cư trú' }).waitFor();
      const rows = Array.from({ length: 20_000 }, (_, i) => `${id1990(i + 1)},Người Đối Chiếu,1990-01-01,${COMMUNE}`);
      await page.getByLabel('Tệp trích xuất dữ liệu dân cư').setInputFiles({ name: 'dan-cu.csv', mimeType: 'text/csv',
        buffer: Buffer.from(`personal_id,full_name,birth_date,registered_commune\n${rows.join('\n')}\n`) });
      await page.getByRole('button', { name: 'Đối chiếu', exact: true }).click();
      const progress = page.getByRole('progressbar', { name: 'Đang đối chiếu với dữ liệu dân cư' });
      await progress.waitFor();
      await page.getByRole('heading', { name: 'Kết quả đối chiếu', exact: true }).waitFor({ timeout: 120_000 });
      assert.equal(await progress.count(), 0);
      assert.doesNotMatch(page.url(), /cong-viec=/);
      const figures = await page.locator('.figures').innerText();
      assert.match(figures, /Dòng trong tệp\s*20\.000/);
      assert.match(figures, /Khác\s*20\.000/);
    });
  });

  test('cancelling an import asks first, and then nothing is imported', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/doi-tuong/nhap');
      await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv',
        buffer: Buffer.from(peopleList(COMMUNE, 100_000, 20_000)) });
      await page.getByRole('button', { name: 'Nhập 20.000 đối tượng' }).click();
      await page.getByRole('button', { name: 'Hủy công việc' }).click();
      await page.getByText('Hủy việc nhập? Các dòng đã ghi sẽ được gỡ bỏ').waitFor();
      await page.getByRole('button', { name: 'Xác nhận hủy' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã hủy việc nhập; không có đối tượng nào được nhập.' })
        .waitFor({ timeout: 120_000 });
      const left = await web.srv.sql("SELECT COUNT(*) FROM people WHERE personal_id BETWEEN '040090100000' AND '040090119999';");
      assert.equal(left.trim(), '0');
    });
  });
});
