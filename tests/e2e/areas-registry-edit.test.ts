// Browser tests of correcting and removing area records: a commune officer moves a point
// to another address with the same form that records one, deletes a plant find giving a reason (and is
// told why a case with offenders cannot go), links an arrested offender to a registered person with the
// people picker; the standing office sets a route's communes with the multi-select; an approved drug-free
// commune with a new hotspot shows the failing criterion. Screenshots at desktop and phone width go to
// the temp directory, and the pages must not scroll sideways on a phone.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, logIn, PASSWORD, PHONE, startWeb, type Web } from './web.ts';

const COMMUNE = '16681'; // Phường Thành Vinh
const APPROVED_COMMUNE = '16690'; // Phường Trường Vinh
const OFFICER = 'e2e_sua_dia_ban';
const PERSON = 'Hồ Văn Khải';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(tmpdir(), `pcmt-areas-edit-${name}.png`), fullPage: true });
}

/** A close-up of one part (a form, a dialog) next to the full-page shots. */
async function shootPart(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: path.join(tmpdir(), `pcmt-areas-edit-${name}.png`) });
}

async function fitsPhone(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, `${what} fits a phone`);
}

async function openCommune(page: Page, code = COMMUNE): Promise<void> {
  await page.goto(`/dia-ban/${code}`);
  await page.locator('h1').waitFor();
  await page.locator('.table-wrap:not([aria-busy])').first().waitFor();
}

describe('web UI: correcting and removing area records', () => {
  let web: Web;
  let api: ApiClient;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    api = new ApiClient(web.srv.baseUrl);
    await api.loginOk(ADMIN, PASSWORD);
    const person = await api.post('/api/v1/people', {
      personal_id: '040090000555', full_name: PERSON, birth_date: '1990-05-01', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(person.status, 201, person.text);
  });
  after(async () => {
    await web?.close();
  });

  test("a point's address is corrected with the form that records it", async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await openCommune(page);
      const points = page.getByRole('region', { name: 'Điểm, tụ điểm' });
      const create = page.getByRole('region', { name: 'Ghi nhận điểm mới' });
      await create.getByLabel('Tên gọi').fill('Quán nước Bến Thủy');
      await create.getByLabel('Địa chỉ').fill('Số 3 ngõ 5 đường Nguyễn Du');
      await create.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await points.locator('tbody tr', { hasText: 'Quán nước Bến Thủy' }).waitFor();

      await page.getByRole('button', { name: 'Sửa điểm “Quán nước Bến Thủy”' }).click();
      const edit = page.getByRole('region', { name: /^Sửa điểm #\d+$/ });
      assert.equal(await edit.getByLabel('Địa chỉ').inputValue(), 'Số 3 ngõ 5 đường Nguyễn Du');
      await edit.getByLabel('Địa chỉ').fill('Số 9 ngõ 5 đường Nguyễn Du');
      await edit.getByLabel('Vĩ độ').fill('18,6701');
      await edit.getByLabel('Kinh độ').fill('105.69');
      await shoot(page, 'point-edit-desktop');
      await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText(/^Đã cập nhật điểm #\d+\.$/).waitFor();
      await edit.waitFor({ state: 'detached' });
      const row = points.locator('tbody tr', { hasText: 'Quán nước Bến Thủy' });
      await row.locator('td[data-label="Địa chỉ"]', { hasText: 'Số 9 ngõ 5 đường Nguyễn Du' }).waitFor();
      assert.match(await row.locator('td[data-label="Trạng thái"]').innerText(), /Mới phát hiện|Phát hiện/);
    });
  });

  test('a plant find is deleted with a reason; a case with an offender is refused with the reason why', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await openCommune(page);
      const plants = page.getByRole('region', { name: 'Phát hiện cây có chứa chất ma túy' });
      await plants.locator('summary', { hasText: 'Ghi nhận lần phát hiện' }).click();
      await plants.getByLabel('Ngày phát hiện').fill('2025-05-01');
      await plants.getByLabel('Loại cây').fill('Thuốc phiện');
      await plants.getByLabel('Số cây').fill('77');
      await plants.getByLabel('Diện tích (m²)').fill('4');
      await plants.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      const row = plants.locator('tbody tr', { hasText: 'Thuốc phiện' });
      await row.waitFor();
      await row.getByRole('button', { name: /^Xóa lần phát hiện #\d+$/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
      await dialog.getByText('Vui lòng nhập lý do xóa.').waitFor();  // a reason is required
      await dialog.getByLabel('Lý do xóa').fill('Ghi nhầm địa bàn, thuộc xã khác');
      await shootPart(dialog, 'delete-dialog-desktop');
      await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
      await page.getByText(/^Đã xóa lần phát hiện #\d+\.$/).waitFor();
      await plants.locator('tbody tr', { hasText: 'Thuốc phiện' }).waitFor({ state: 'detached' });  // reloaded
      const audit = await api.get('/api/v1/audit?action=area_plant_find.delete');
      assert.equal(audit.json.items[0].reason, 'Ghi nhầm địa bàn, thuộc xã khác');

      // A case an offender points at is refused, and the dialog says why.
      const c = await api.post('/api/v1/areas/cases', { commune_code: COMMUNE, case_date: '2025-04-01', status: 'tried', reference: 'VA-09' });
      await api.post('/api/v1/areas/offenders', { commune_code: COMMUNE, full_name: 'Lê Văn Tám', arrest_date: '2025-04-01', case_id: c.json.id });
      await openCommune(page);
      const cases = page.getByRole('region', { name: 'Vụ án ma túy' });
      await cases.getByRole('button', { name: `Xóa vụ án #${c.json.id}` }).click();
      await page.getByRole('dialog').getByLabel('Lý do xóa').fill('Trùng');
      await page.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click();
      await page.getByRole('dialog').getByText(/vụ án có 1 đối tượng bị bắt giữ/).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
      await cases.locator('tbody tr', { hasText: 'VA-09' }).waitFor();
    });
  });

  test('an arrested offender is linked to a registered person with the picker', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await openCommune(page);
      const offenders = page.getByRole('region', { name: 'Đối tượng bị bắt giữ' });
      await offenders.locator('summary', { hasText: 'Ghi nhận đối tượng' }).click();
      await offenders.getByLabel('Họ và tên').fill('Hồ Văn Khai');
      await offenders.getByLabel('Ngày bắt giữ').fill('2025-06-01');
      await offenders.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      const row = offenders.locator('tbody tr', { hasText: 'Hồ Văn Khai' });
      await row.waitFor();

      await row.getByRole('button', { name: /^Sửa đối tượng #\d+$/ }).click();
      const edit = offenders.getByRole('region', { name: /^Sửa đối tượng #\d+$/ });
      await edit.getByLabel('Họ và tên').fill(PERSON);
      const picker = edit.getByRole('group', { name: 'Người trong hồ sơ quản lý' });
      await picker.getByLabel('Tìm theo họ tên hoặc số định danh').fill('ho van khai');
      await picker.getByRole('button', { name: new RegExp(`^Chọn: ${PERSON} \\(sinh 1990-05-01`) }).click();
      await picker.getByRole('button', { name: new RegExp(`^Bỏ ${PERSON}`) }).waitFor();
      // The case is chosen among the commune's cases by its number, not typed as an id.
      const caseOption = await edit.getByLabel('Vụ án').locator('option', { hasText: 'VA-09' }).getAttribute('value');
      await edit.getByLabel('Vụ án').selectOption(caseOption ?? '');
      await shootPart(edit, 'offender-picker-desktop');
      await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText(/^Đã cập nhật đối tượng #\d+\.$/).waitFor();
      const linked = offenders.locator('tbody tr', { hasText: PERSON });
      const person = await api.get(`/api/v1/people?q=${encodeURIComponent(PERSON)}&reason=kiem+tra`);
      await linked.getByRole('link', { name: `#${person.json.items[0].id}` }).waitFor();
      // The search was audited with the fixed reason, not what was typed.
      const searches = await api.get('/api/v1/audit?action=people.search');
      const mine = searches.json.items.filter((a: any) => a.reason === 'Liên kết đối tượng bị bắt với hồ sơ người sử dụng ma túy');
      assert.ok(mine.length > 0, JSON.stringify(searches.json.items.slice(0, 3)));
      assert.ok(!JSON.stringify(mine).includes('ho van khai'));
    });
  });

  test("a route's communes are set with the multi-select", async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban/tuyen');
      await page.getByRole('heading', { level: 1, name: 'Tuyến trọng điểm' }).waitFor();
      await page.locator('summary', { hasText: 'Ghi nhận tuyến' }).click();
      await page.getByLabel('Tên tuyến').fill('Quốc lộ 46');
      await page.getByLabel('Từ ngày').fill('2025-01-01');
      const picker = page.getByRole('group', { name: 'Xã, phường tuyến đi qua' });
      await picker.getByLabel('Tìm xã, phường theo tên').fill('thanh vinh');
      await picker.getByRole('button', { name: 'Thêm: Phường Thành Vinh' }).click();
      await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận tuyến “Quốc lộ 46”.').waitFor();

      await page.getByRole('button', { name: 'Sửa tuyến “Quốc lộ 46”' }).click();
      const edit = page.getByRole('region', { name: /^Sửa tuyến/ });
      const chips = edit.getByRole('group', { name: 'Xã, phường tuyến đi qua' });
      await chips.getByRole('button', { name: 'Bỏ Phường Thành Vinh' }).click();
      await chips.getByLabel('Tìm xã, phường theo tên').fill('truong vinh');
      await chips.getByRole('button', { name: 'Thêm: Phường Trường Vinh' }).click();
      await chips.getByLabel('Tìm xã, phường theo tên').fill('vinh hung');
      await chips.getByRole('button', { name: /^Thêm: / }).first().click();
      await shootPart(edit, 'route-edit-desktop');
      await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByText('Đã cập nhật tuyến “Quốc lộ 46”.').waitFor();
      const cell = page.locator('tbody tr', { hasText: 'Quốc lộ 46' }).locator('td[data-label="Xã, phường đi qua"]');
      await cell.filter({ hasText: 'Phường Trường Vinh' }).waitFor();  // the list reloads after the message
      const text = await cell.innerText();
      assert.match(text, /Phường Trường Vinh/);
      assert.doesNotMatch(text, /Phường Thành Vinh/);
      assert.equal(await cell.getByRole('link').count(), 2);
    });
  });

  test('an approved drug-free commune with a new hotspot shows the failing criterion', async () => {
    assert.equal((await api.patch(`/api/v1/communes/${APPROVED_COMMUNE}`, { population: 9000 })).status, 200);
    const year = Number((await api.get('/api/v1/areas/classification')).json.year);
    const proposed = await api.post('/api/v1/areas/drug-free', { commune_code: APPROVED_COMMUNE, year });
    assert.equal(proposed.status, 201, proposed.text);
    await api.post(`/api/v1/areas/drug-free/${proposed.json.id}/review`, { note: '' });
    await api.post(`/api/v1/areas/drug-free/${proposed.json.id}/decision`, { approve: true, reason: '', decision_number: '7/QĐ-UBND', decision_date: '2025-12-01' });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const p = await api.post('/api/v1/areas/points', { commune_code: APPROVED_COMMUNE, kind: 'hotspot', address: 'Bãi sông', found_date: today });
    assert.equal(p.status, 201, p.text);
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await openCommune(page, APPROVED_COMMUNE);
      const panel = page.locator('.at-risk-panel');
      await panel.getByText('Có nguy cơ không còn đạt').waitFor();
      assert.match(await panel.innerText(), /Tiêu chí c \(Không có điểm, tụ điểm[^)]*\): không đạt/);
      await shootPart(panel, 'at-risk-commune');
      await page.goto(`/dia-ban/khong-ma-tuy?year=${year}`);
      const list = page.getByRole('table', { name: /^Đánh giá xã, phường không ma túy/ });
      const row = list.locator('tbody tr', { hasText: 'Phường Trường Vinh' });
      await row.getByText('Có nguy cơ không còn đạt').waitFor();
      await row.getByText(/^Tiêu chí c .*: không đạt$/).waitFor();  // named once the year's classification is read
      await shootPart(row, 'at-risk-list');
    });
  });

  test('the edit forms, the dialog and the pickers fit a phone', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await openCommune(page);
      await page.getByRole('button', { name: /^Sửa điểm “/ }).first().click();
      await page.getByRole('region', { name: /^Sửa điểm #\d+$/ }).waitFor();
      await shoot(page, 'point-edit-phone');
      await fitsPhone(page, 'the point edit form');
      const offenders = page.getByRole('region', { name: 'Đối tượng bị bắt giữ' });
      await offenders.getByRole('button', { name: /^Sửa đối tượng #\d+$/ }).first().click();
      await offenders.getByLabel('Tìm theo họ tên hoặc số định danh').fill('khai');
      await offenders.getByRole('button', { name: /^Chọn: |^Bỏ / }).first().waitFor();
      await shoot(page, 'offender-picker-phone');
      await shootPart(offenders.getByRole('region', { name: /^Sửa đối tượng/ }), 'offender-picker-phone-part');
      await fitsPhone(page, 'the offender picker');
      await page.getByRole('button', { name: /^Xóa lần phát hiện|^Xóa đối tượng/ }).first().click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: path.join(tmpdir(), 'pcmt-areas-edit-delete-dialog-phone.png') });
      await fitsPhone(page, 'the delete dialog');
    }, PHONE);
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/dia-ban/tuyen');
      await page.getByRole('button', { name: /^Sửa tuyến / }).first().click();
      await shoot(page, 'route-edit-phone');
      await shootPart(page.getByRole('region', { name: /^Sửa tuyến/ }), 'route-edit-phone-part');
      await fitsPhone(page, 'the route edit form');
    }, PHONE);
  });
});
