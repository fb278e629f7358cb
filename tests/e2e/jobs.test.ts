// Long work in the browser: an import runs as a job whose progress bar shows while it runs, stays
// reachable after leaving the page (its id is in the URL), and ends with the import's report; its
// cancel asks first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { peopleList } from '../lib/people_lists.ts';
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
