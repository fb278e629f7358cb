// Dates in an English-language browser: a native date input would follow the browser (12/08/2026 for
// 8 December), so pcmt's own date field is typed and shown dd/mm/yyyy whatever the browser's language.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, logIn, PASSWORD, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const OFFICER = 'e2e_ngay_thanh_vinh';

describe('web UI: one date format', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
  });
  after(async () => {
    await web?.close();
  });

  test('in an en-US browser a date typed dd/mm/yyyy is saved and shown dd/mm/yyyy', async () => {
    const { context, page } = await web.newPage(DESKTOP, 'en-US');
    try {
      assert.equal(await page.evaluate(() => navigator.language), 'en-US');
      await logIn(page, OFFICER);
      await page.goto(`/dia-ban/${COMMUNE}`);
      const cases = page.getByRole('region', { name: 'Vụ án ma túy' });
      await cases.locator('summary', { hasText: 'Ghi nhận vụ án' }).click();
      const date = cases.getByLabel('Ngày phát hiện vụ án');
      assert.equal(await date.getAttribute('type'), null, 'a text field, not the browser’s date input');

      // Not a date of the calendar: said in Vietnamese as soon as the field is left, and nothing is saved.
      await date.fill('31/02/2026');
      await cases.getByLabel('Số hiệu vụ án').fill('VA-NGAY/2026');
      await cases.getByText('“31/02/2026” không phải là ngày hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 08/12/2026.').waitFor();
      await cases.getByLabel('Tình trạng vụ án', { exact: true }).selectOption('investigating');
      await cases.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await cases.getByRole('alert').waitFor();
      assert.equal(await cases.locator('tbody tr', { hasText: 'VA-NGAY/2026' }).count(), 0);

      // 8 December, day first: saved as 8 December and shown the same way after a reload.
      await date.fill('08/12/2025');
      await cases.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận vụ án.').waitFor();
      await page.reload();
      const row = page.getByRole('region', { name: 'Vụ án ma túy' }).locator('tbody tr', { hasText: 'VA-NGAY/2026' });
      await row.getByText('Đang điều tra từ 08/12/2025').waitFor();
      assert.match(await row.innerText(), /08\/12\/2025/);
      assert.doesNotMatch(await row.innerText(), /12\/8\/2025|2025-12-08/);
    } finally {
      await context.close();
    }
  });
});
