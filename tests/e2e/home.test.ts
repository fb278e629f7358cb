// Browser test of the home page per role on the demo province: a commune user lands on its own commune's
// deadlines and classification, an agency on its tasks and the reports it owes, and an agency running a rehab
// facility also on the people in its care; none of them gets the province-wide cards the leader and the
// standing office get. Every figure on a card is compared with what the API gives that same user.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { jobResult } from '../lib/jobs.ts';
import { repoRoot } from '../lib/server.ts';
import { logIn, PASSWORD, PROVINCE, startWeb, type Web } from './web.ts';

const OFFICE = 'e2e_thuong_truc';
const COMMUNE_USER = 'e2e_cong_an_xa';
const HEALTH_USER = 'e2e_so_y_te';
const PLAN = 'dong-nai-171-kh-ubnd-2025.txt';
const FACILITY = 'Cơ sở cai nghiện ma túy số 1';
const PROVINCE_CARD = /đơn vị hành chính cấp xã/;

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** The text of the home page's card named `title`, once its figure is shown. */
async function card(page: Page, title: string | RegExp): Promise<string> {
  const region = page.getByRole('region', { name: title });
  await region.locator('.stat').waitFor();
  return region.innerText();
}

describe('web UI: the home page of each role', () => {
  let web: Web;
  let office: ApiClient;
  let communeCode = '';

  before(async () => {
    web = await startWeb();
    const r = await web.srv.pcmt(['demo', '--db', web.srv.dbUrl, '--province', PROVINCE]);
    assert.equal(r.code, 0, r.stderr);
    await web.srv.addUser({ username: OFFICE, role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    office = new ApiClient(web.srv.baseUrl);
    await office.loginOk(OFFICE, PASSWORD);

    // The commune with the most open deadlines in the demo registry.
    const wide = await office.get('/api/v1/worklist');
    assert.equal(wide.status, 200, wide.text);
    const byCommune = new Map<string, number>();
    for (const i of wide.json.items) byCommune.set(i.commune_code, (byCommune.get(i.commune_code) ?? 0) + 1);
    communeCode = [...byCommune].sort((a, b) => b[1] - a[1])[0][0];
    await web.srv.addUser({ username: COMMUNE_USER, role: 'commune', scope: `commune:${communeCode}`, password: PASSWORD });

    // Sở Y tế: tasks of a saved plan, and a rehab facility with one person in its care.
    const found = await office.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('Sở Y tế')}`);
    const healthId = found.json.items.find((a: { name: string }) => a.name === 'Sở Y tế').id;
    await web.srv.addUser({ username: HEALTH_USER, role: 'agency', scope: `agency:${healthId}`, password: PASSWORD });
    const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN));
    const parsed = await office.post(`/api/v1/plans/parse?filename=${PLAN}`, undefined, { raw: bytes, contentType: 'text/plain' });
    assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
    const plan = { ...parsed.json.plan, horizon_year: 2026, confirm_other_province: true, // a Đồng Nai plan saved in Nghệ An
      new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) };
    const saved = await office.post('/api/v1/plans', plan);
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
    const facility = await office.post('/api/v1/facilities', { kind: 'rehab', name: FACILITY, capacity: 120, agency_id: healthId });
    assert.equal(facility.status, 201, facility.text);
    const csv = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Tình trạng,Ngày bắt đầu,Thời hạn (tháng),Hình thức đã hoàn thành,Cơ sở\n' +
      `040085990001,Lê Văn Một,01/01/1985,Nam,${communeCode},Đang cai nghiện bắt buộc,05/02/2026,24,,${FACILITY}\n`;
    const imported = await jobResult(office, await office.post('/api/v1/people/import', { format: 'csv', content: csv, commit: true }));
    assert.equal(imported.imported, 1, JSON.stringify(imported));
  });
  after(async () => {
    await web?.close();
  });

  test('a commune user sees its own deadlines and classification, not the province', async () => {
    const api = new ApiClient(web.srv.baseUrl);
    await api.loginOk(COMMUNE_USER, PASSWORD);
    const worklist = (await api.get('/api/v1/worklist')).json;
    assert.ok(worklist.overdue + worklist.due_this_week > 0, JSON.stringify(worklist).slice(0, 200));
    await web.withPage(async (page) => {
      await logIn(page, COMMUNE_USER);
      const work = await card(page, 'Việc cần làm');
      assert.match(work, new RegExp(`^Việc cần làm\\s+${fmt(worklist.overdue)}\\s+việc quá hạn · ${fmt(worklist.due_this_week)} việc đến hạn`));
      const classRegion = page.getByRole('region', { name: /^Phân loại năm \d{4}$/ });
      const heading = await classRegion.getByRole('heading').innerText();
      const classYear = heading.slice(-4);
      const detail = (await api.get(`/api/v1/areas/classification/${communeCode}?year=${classYear}`)).json;
      const classification = await card(page, heading);
      assert.match(classification, new RegExp(detail.commune.name));
      const typeLabel = { I: 'Loại I', II: 'Loại II', III: 'Loại III', none: 'Không trọng điểm', insufficient_data: 'Thiếu dữ liệu' }[
        detail.commune.type as string];
      assert.ok(classification.includes(`\n${typeLabel}\n`), classification);
      assert.doesNotMatch(await page.locator('main').innerText(), PROVINCE_CARD);

      await classRegion.getByRole('link', { name: 'Xem phân loại và sổ theo dõi của xã' }).click();
      await page.waitForURL(new RegExp(`/dia-ban/${communeCode}\\?year=${classYear}`));
    });
  });

  test('an agency running a facility sees its tasks, its reports and the people in its care', async () => {
    const api = new ApiClient(web.srv.baseUrl);
    await api.loginOk(HEALTH_USER, PASSWORD);
    const tasks = (await api.get('/api/v1/my/tasks?page_size=1')).json.total;
    assert.ok(tasks > 0, 'the plan assigns Sở Y tế tasks');
    const overdue = (await api.get('/api/v1/report-instances?status=overdue&page_size=1')).json.total;
    await web.withPage(async (page) => {
      await logIn(page, HEALTH_USER);
      const work = await card(page, 'Nhiệm vụ của đơn vị');
      const due = /kỳ báo cáo cần gửi đến ngày (\d+)\/(\d+)\/(\d{4})/.exec(work);
      assert.ok(due, work);
      const dueTo = `${due[3]}-${due[2].padStart(2, '0')}-${due[1].padStart(2, '0')}`;
      const open = (await api.get(`/api/v1/report-instances?status=open&due_to=${dueTo}&page_size=1`)).json.total;
      assert.match(work, new RegExp(`^Nhiệm vụ của đơn vị\\s+${fmt(tasks)}\\s+nhiệm vụ được giao · ${fmt(open)} kỳ báo cáo`));
      assert.match(work, new RegExp(`trong đó ${fmt(overdue)} kỳ quá hạn`));
      const care = await card(page, FACILITY);
      assert.match(care, /^Cơ sở cai nghiện ma túy số 1\s+1\s+người đang được cai nghiện, điều trị tại cơ sở \(sức chứa 120\)/);
      await page.getByRole('region', { name: 'Việc cần làm' }).locator('.stat').waitFor();
      assert.doesNotMatch(await page.locator('main').innerText(), PROVINCE_CARD);

      await page.getByRole('link', { name: 'Xem danh sách người tại cơ sở' }).click();
      await page.waitForURL(/\/doi-tuong$/);
    });
  });

  test('the standing office still lands on the province', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.getByText(PROVINCE_CARD).waitFor();
      await page.getByRole('region', { name: 'Lộ trình xã, phường không ma túy' }).waitFor();
      assert.equal(await page.getByRole('region', { name: 'Nhiệm vụ của đơn vị' }).count(), 0);
      assert.equal(await page.getByRole('region', { name: 'Việc cần làm' }).count(), 0);
    });
  });
});
