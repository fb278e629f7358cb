// Browser tests of the areas module in Debian's chromium against a real pcmt: a commune officer
// records a point and moves it through its statuses; the province sees the commune's classification with
// every criterion and the province's own assessment; the drug-free workflow runs from proposal to the
// frozen list, roadmap and at-risk flag; a key route puts a commune on it; another commune's officer gets
// the not-found page for that commune; pages are screenshotted at desktop and phone width into the temp
// directory (and must not scroll sideways on a phone).
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, DESKTOP, logIn, PASSWORD, PHONE, rowsWhen, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const NEIGHBOUR_COMMUNE = '16690'; // Phường Trường Vinh
const OFFICER = 'e2e_dia_ban_thanh_vinh';
const NEIGHBOUR = 'e2e_dia_ban_truong_vinh';
const POINT = 'Nhà trọ Hoa Sen';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(tmpdir(), `pcmt-areas-${name}.png`), fullPage: true });
}

/** The criteria table of a commune page (the first table of the page). */
async function criteria(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /^Tiêu chí phân loại/ });
  await table.locator('tbody tr').nth(15).waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
  );
}

describe('web UI: areas', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    await web.srv.addUser({ username: NEIGHBOUR, role: 'commune', scope: `commune:${NEIGHBOUR_COMMUNE}`, password: PASSWORD });
  });
  after(async () => {
    await web?.close();
  });

  test('a commune officer records a point and moves it through its statuses', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Địa bàn' }).click();
      await page.getByRole('heading', { level: 1, name: 'Địa bàn' }).waitFor();
      // A commune user sees its own commune only.
      const rows = await rowsWhen(page, (r) => r.length > 0 && r[0].length > 1, 'the own commune');
      assert.deepEqual(rows.map((r) => r[0]), [COMMUNE]);
      await page.getByRole('link', { name: 'Phường Thành Vinh' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();

      await page.getByLabel('Loại điểm').selectOption('hotspot');
      await page.getByLabel('Tên gọi').fill(POINT);
      await page.getByLabel('Địa chỉ').fill('Số 12 đường Lê Lợi');
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận điểm mới.').waitFor();

      const points = page.getByRole('region', { name: 'Điểm, tụ điểm' });
      const statusOf = async () =>
        (await points.locator('tbody tr', { hasText: POINT }).locator('td[data-label="Trạng thái"]').innerText()).trim();
      assert.equal(await statusOf(), 'Mới phát hiện');
      for (const [action, status] of [
        ['Xác minh', 'Đã xác minh'],
        ['Bắt đầu triệt xóa', 'Đang triệt xóa'],
        ['Đã triệt xóa', 'Đã triệt xóa'],
        ['Chuyển theo dõi', 'Đang theo dõi'],
      ]) {
        await page.getByRole('button', { name: `${action}: ${POINT}` }).click();
        await page.getByText(`Đã chuyển “${POINT}” sang “${status}”.`).waitFor();
        await points.locator('tbody tr', { hasText: status }).waitFor();
        assert.equal(await statusOf(), status);
      }
      assert.match(await points.innerText(), /Không còn bước tiếp theo/);
      await points.getByRole('button', { name: `Lịch sử: ${POINT}` }).click();
      const history = points.locator('tbody tr', { hasText: POINT }).locator('ol li');
      await history.nth(3).waitFor();
      assert.deepEqual(
        (await history.allInnerTexts()).map((t) => t.replace(/^\d{2}\/\d{2}\/\d{4}: /, '')),
        ['Mới phát hiện → Đã xác minh', 'Đã xác minh → Đang triệt xóa', 'Đang triệt xóa → Đã triệt xóa', 'Đã triệt xóa → Đang theo dõi'],
      );

      // A point found again at the same address (typed differently) is flagged as re-formed.
      await page.getByLabel('Loại điểm').selectOption('use_point');
      await page.getByLabel('Tên gọi').fill('Nhà trọ Hoa Sen mới');
      await page.getByLabel('Địa chỉ').fill('so 12 duong le loi');
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await points.locator('tbody tr', { hasText: 'Nhà trọ Hoa Sen mới' }).waitFor();
      assert.match(
        await points.locator('tbody tr', { hasText: 'Nhà trọ Hoa Sen mới' }).innerText(),
        /Tái hình thành \(điểm cũ #\d+\)[\s\S]*Mới phát hiện/,
      );
      assert.doesNotMatch(await points.locator('tbody tr', { hasText: 'Đang theo dõi' }).innerText(), /Tái hình thành/);
      await shoot(page, 'commune-desktop');

      // The other registries share one form: a plant find is recorded and listed.
      const plants = page.getByRole('region', { name: 'Phát hiện cây có chứa chất ma túy' });
      await plants.locator('summary', { hasText: 'Ghi nhận lần phát hiện' }).click();
      await plants.getByLabel('Ngày phát hiện').fill(new Date().toISOString().slice(0, 10));
      await plants.getByLabel('Loại cây').fill('Cần sa');
      await plants.getByLabel('Số cây').fill('120');
      await plants.getByLabel('Diện tích (m²)').fill('35,5');
      await plants.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận lần phát hiện.').waitFor();
      assert.match(await plants.locator('tbody').innerText(), /Cần sa[\s\S]*120[\s\S]*35,5/);
      // Found this year, it is one of the records behind the classification's plant count.
      await plants.locator('td[data-label="Tính vào phân loại"]', { hasText: 'Có' }).waitFor();
      assert.match(await page.locator('.area-records').innerText(), /Phát hiện cây có chứa chất ma túy: #\d+/);

      // A case is recorded under investigation and later moved to prosecution with the date it took effect.
      const cases = page.getByRole('region', { name: 'Vụ án ma túy' });
      await cases.locator('summary', { hasText: 'Ghi nhận vụ án' }).click();
      await cases.getByLabel('Ngày phát hiện vụ án').fill('05/01/2026');
      await cases.getByLabel('Số hiệu vụ án').fill('VA-01/2026');
      await cases.getByLabel('Tình trạng vụ án', { exact: true }).selectOption('investigating');
      await cases.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận vụ án.').waitFor();
      await cases.getByText('Đang điều tra từ 05/01/2026').waitFor();
      await cases.getByRole('button', { name: /^Chuyển tình trạng #\d+$/ }).click();
      await cases.getByLabel(/^Tình trạng mới của #\d+$/).selectOption('prosecuted');
      await cases.getByLabel(/^Ngày có hiệu lực của #\d+$/).fill('10/02/2026');
      await cases.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText(/Đã chuyển tình trạng vụ án #\d+ sang “Đã truy tố” từ 10\/02\/2026\./).waitFor();
      await page.reload();
      const reloaded = page.getByRole('region', { name: 'Vụ án ma túy' });
      await reloaded.getByText('Đã truy tố từ 10/02/2026').waitFor();
      await reloaded.getByRole('button', { name: /^Lịch sử tình trạng #\d+$/ }).click();
      const statuses = reloaded.getByRole('list', { name: 'Lịch sử tình trạng' });
      await statuses.getByText('10/02/2026: Đã truy tố').waitFor();
      assert.match(await statuses.innerText(), /05\/01\/2026: Đang điều tra[\s\S]*10\/02\/2026: Đã truy tố/);
    });
  });

  test('the province sees a commune classification with each criterion', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban');
      await page.getByRole('heading', { level: 1, name: 'Địa bàn' }).waitFor();
      const rows = await rowsWhen(page, (r) => r.some((row) => row[0] === COMMUNE), 'Phường Thành Vinh');
      assert.ok(rows.length > 1, 'every commune of the province is listed');
      const counts = await page.getByLabel('Số xã, phường theo phân loại').innerText();
      assert.match(counts, /Loại I[\s\S]*Loại II[\s\S]*Loại III[\s\S]*Không ma túy/);
      // The province's own assessment: six criteria, each met, not met or lacking data.
      const province = page.getByRole('table', { name: 'Tiêu chí cấp tỉnh' });
      assert.equal(await province.locator('tbody tr').count(), 6);
      assert.match(await page.getByRole('region', { name: /cấp tỉnh/ }).innerText(), /từ 4 trên 6 tiêu chí/);
      await shoot(page, 'overview-desktop');
      // Filtering by type keeps only the communes of that type.
      await page.getByLabel('Phân loại', { exact: true }).selectOption('none');
      const typeCells = page.getByRole('table', { name: /^Phân loại xã, phường/ }).locator('td[data-label="Phân loại"]');
      await page.waitForFunction(
        () => Array.from(document.querySelectorAll('td[data-label="Phân loại"]'), (td) => td.textContent).every((t) => t === 'Không trọng điểm'),
      );
      assert.ok((await typeCells.count()) > 0, 'some commune has no key type');
      await page.getByLabel('Phân loại', { exact: true }).selectOption('');
      await page.getByRole('link', { name: 'Phường Thành Vinh' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();
      const table = await criteria(page);
      const ids = table.map((r) => r[0]);
      for (const id of ['I.a', 'I.b', 'II.a', 'III.c', 'a', 'b', 'c']) assert.ok(ids.includes(id), `criterion ${id}`);
      for (const r of table) assert.match(r[2], /^(Đạt|Không đạt|Thiếu dữ liệu)$/, `result of ${r[0]}`);
      // The point recorded above is one of the records behind the use-points count; one point meets
      // no criterion of drug-free area c ("no point").
      assert.match(await page.locator('.area-records').innerText(), /Điểm, tụ điểm: #\d+/);
      assert.equal(table.find((r) => r[0] === 'c')?.[2], 'Không đạt');
    });
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto(`/dia-ban/${COMMUNE}`);
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();
      await criteria(page);
      await shoot(page, 'commune-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'the commune page fits a phone');
    }, PHONE);
  });

  test('drug-free workflow: propose, review, reject without and with a reason, approve, freeze; roadmap', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban');
      await page.getByRole('link', { name: 'Xã, phường không ma túy' }).click();
      await page.getByRole('heading', { level: 1, name: 'Xã, phường không ma túy' }).waitFor();
      // Phường Trường Vinh has no record at all, so it meets the three criteria of Điều 6.
      await page.getByRole('button', { name: 'Đề nghị công nhận: Phường Trường Vinh' }).click();
      await page.getByText('Đã đề nghị công nhận Phường Trường Vinh.').waitFor();
      // Another commune to propose: read its name first, then click that very button (the list
      // re-renders after each proposal, so "the first button" may change between two reads).
      const proposals = page.getByRole('button', { name: /^Đề nghị công nhận: / });
      const label = (await proposals.filter({ hasNotText: 'Phường Trường Vinh' }).first().innerText()).trim();
      const other = label.replace('Đề nghị công nhận: ', '');
      assert.ok(other && other !== 'Phường Trường Vinh', label);
      await page.getByRole('button', { name: label, exact: true }).click();
      await page.getByText(`Đã đề nghị công nhận ${other}.`).waitFor();

      const table = page.getByRole('table', { name: /^Đánh giá xã, phường không ma túy/ });
      const row = (name: string) => table.locator('tbody tr', { hasText: name });
      for (const name of ['Phường Trường Vinh', other]) {
        await row(name).getByLabel('Ý kiến thẩm định').fill('Đủ ba tiêu chí, hồ sơ đầy đủ');
        await row(name).getByRole('button', { name: 'Thẩm định' }).click();
        await page.getByText(`Đã thẩm định ${name}.`).waitFor();
      }
      // A decision is confirmed in a dialog. Refusing needs a reason: the server's message is shown in the
      // dialog and nothing changes.
      const dialog = page.getByRole('dialog');
      await row(other).getByRole('button', { name: 'Không công nhận' }).click();
      await dialog.getByRole('button', { name: 'Không công nhận' }).click();
      await dialog.getByRole('alert').waitFor();
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.match(await row(other).innerText(), /Thường trực đã thẩm định/);
      await row(other).getByLabel('Lý do không công nhận').fill('Còn người sử dụng chưa được quản lý');
      await row(other).getByRole('button', { name: 'Không công nhận' }).click();
      await dialog.getByText('Lý do: Còn người sử dụng chưa được quản lý').waitFor();
      await dialog.getByRole('button', { name: 'Không công nhận' }).click();
      await page.getByText(`Đã không công nhận ${other}.`).waitFor();
      await row(other).filter({ hasText: 'Còn người sử dụng chưa được quản lý' }).waitFor();
      assert.match(await row(other).innerText(), /Không công nhận[\s\S]*Còn người sử dụng chưa được quản lý/);

      // Approving records the decision's number and date of issue.
      await row('Phường Trường Vinh').getByRole('button', { name: 'Công nhận', exact: true }).click();
      await dialog.getByLabel('Số quyết định').fill('25/QĐ-UBND');
      await dialog.getByLabel('Ngày ký quyết định').fill('01/12/2025');
      await dialog.getByRole('button', { name: 'Công nhận', exact: true }).click();
      await page.getByText('Đã công nhận Phường Trường Vinh.').waitFor();
      await row('Phường Trường Vinh').filter({ hasText: 'Đã công nhận' }).waitFor();
      assert.match(await row('Phường Trường Vinh').innerText(), /25\/QĐ-UBND ngày 01\/12\/2025/);

      await page.getByRole('button', { name: 'Tải Excel' }).click();
      await page.getByText('Đã tải danh sách.').waitFor();
      // Freezing asks first; cancelling leaves the year open.
      await page.getByRole('button', { name: 'Chốt danh sách' }).click();
      await dialog.getByText(/không hoàn tác được/).waitFor();
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await dialog.waitFor({ state: 'detached' });
      const shownYear = /năm (\d{4})/.exec(await table.locator('caption').innerText())?.[1];
      const open = await page.evaluate(async (y) => (await fetch(`/api/v1/areas/drug-free?year=${y}`)).json(), shownYear);
      assert.equal(open.frozen, false, 'cancelling froze nothing');
      await page.getByRole('button', { name: 'Chốt danh sách' }).click();
      await dialog.getByRole('button', { name: 'Chốt danh sách' }).click();
      await page.getByText(/Danh sách năm \d+ đã chốt/).waitFor();
      // The success message is where the user is: it has the focus once the dialog closes.
      assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Đã chốt danh sách năm/);
      assert.equal(await page.getByRole('button', { name: 'Chốt danh sách' }).count(), 0);

      const roadmap = page.getByRole('region', { name: 'Lộ trình xây dựng xã, phường không ma túy' });
      await roadmap.locator('summary').click();
      const year = new Date().getFullYear();
      await roadmap.getByLabel('Năm', { exact: true }).fill(String(year));
      await roadmap.getByLabel('Tỷ lệ xã, phường không ma túy (%)').fill('20');
      await roadmap.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await roadmap.getByText(`Đã đặt chỉ tiêu năm ${year}.`).waitFor();
      await roadmap.locator('tbody tr', { hasText: 'Chưa đạt' }).waitFor();
      await shoot(page, 'drug-free-desktop');

      // A hotspot found later in the approved commune shows it at risk on the frozen list.
      await page.goto(`/dia-ban/${NEIGHBOUR_COMMUNE}`);
      await page.getByRole('heading', { level: 1, name: 'Phường Trường Vinh' }).waitFor();
      await page.getByLabel('Loại điểm').selectOption('hotspot');
      await page.getByLabel('Địa chỉ').fill('Ngõ 5 đường Trường Thi');
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận điểm mới.').waitFor();
      await page.goto('/dia-ban/khong-ma-tuy');
      await row('Phường Trường Vinh').filter({ hasText: 'Có nguy cơ không còn đạt' }).waitFor();
      assert.doesNotMatch(await row(other).innerText(), /Có nguy cơ/);
    });
    for (const where of ['/dia-ban', '/dia-ban/khong-ma-tuy', '/dia-ban/tuyen']) {
      await web.withPage(async (page) => {
        await logIn(page, ADMIN);
        await page.goto(where);
        await page.locator('.table-wrap:not([aria-busy])').first().waitFor();
        await shoot(page, `${where.split('/').pop()}-phone`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, `${where} fits a phone`);
      }, PHONE);
    }
  });

  test("a commune officer cannot open another commune's registry", async () => {
    await web.withPage(async (page) => {
      await logIn(page, NEIGHBOUR);
      await page.goto(`/dia-ban/${COMMUNE}`);
      await page.getByRole('heading', { level: 1, name: 'Không tìm thấy' }).waitFor();
      assert.match(await page.locator('main').innerText(), /không tồn tại hoặc nằm ngoài phạm vi/);
      assert.equal(await page.locator('table').count(), 0);
    }, DESKTOP);
  });

  test('a key route through a commune puts it on the route', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban');
      await page.getByRole('link', { name: 'Tuyến trọng điểm' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tuyến trọng điểm' }).waitFor();
      await page.locator('summary', { hasText: 'Ghi nhận tuyến' }).click();
      await page.getByLabel('Tên tuyến').fill('Quốc lộ 7');
      await page.getByLabel('Phạm vi').selectOption('inter');
      await page.getByLabel('Từ ngày').fill('2025-01-01');
      await page.getByLabel('Tìm xã, phường theo tên').fill('thanh vinh');
      await page.getByRole('button', { name: 'Thêm: Phường Thành Vinh' }).click();
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận tuyến “Quốc lộ 7”.').waitFor();
      const row = page.locator('tbody tr', { hasText: 'Quốc lộ 7' });
      await row.getByRole('link', { name: 'Phường Thành Vinh' }).click();
      await page.getByRole('heading', { level: 1, name: 'Phường Thành Vinh' }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Nằm trên tuyến trọng điểm\s*Có/);
      assert.match(await page.locator('.area-records').innerText(), /Tuyến trọng điểm: #\d+/);
    });
  });
});
