// Browser tests of the plans module in Debian's chromium against a real pcmt: the
// standing office imports a real plan and corrects one agency, that agency files its report, the
// office accepts it, and the consolidated DOCX and XLSX downloaded from the page say so (opened
// with unzip, their XML read). A returned report shows its reason to the agency; an agency the
// catalogue lacks is created only when the user confirms it; another province's plan is saved only once
// confirmed; every page fits desktop and phone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { ApiClient } from '../lib/client.ts';
import { repoRoot } from '../lib/server.ts';
import { DESKTOP, logIn, PASSWORD, PHONE, PROVINCE, rowsWhen, startWeb, type Web } from './web.ts';

const OFFICE = 'e2e_thuong_truc';
const KHCN_USER = 'e2e_so_khcn';
const YTE_USER = 'e2e_so_y_te';
const NGHE_AN = path.join(repoRoot, 'tests', 'fixtures', 'plans', 'nghe-an-594-kh-ubnd-2025.txt');
const DONG_NAI = path.join(repoRoot, 'tests', 'fixtures', 'plans', 'dong-nai-171-kh-ubnd-2025.txt');
const NARRATIVE = 'Đã tham mưu bố trí kinh phí hoạt động cho 2 cơ sở cai nghiện ma túy công lập đến hết ngày 30/6/2025.';

/** One part of a zip file as text, read with the unzip program. */
function zipPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

function decode(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The rows of the Word document's tables, each as the texts of its cells. */
function docxRows(file: string): { xml: string; rows: string[][] } {
  const xml = zipPart(file, 'word/document.xml');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
      decode(tc[0].replace(/<\/w:p>/g, '\n')).trim(),
    ),
  );
  return { xml, rows };
}

/** The rows of a worksheet, each as the texts of its cells, shared strings resolved. */
function xlsxRows(file: string, sheet = 'sheet1'): string[][] {
  const shared = [...zipPart(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode(m[1] ?? ''));
  const xml = zipPart(file, `xl/worksheets/${sheet}.xml`);
  return [...xml.matchAll(/<row[ >][\s\S]*?<\/row>/g)].map((row) =>
    [...row[0].matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
      if (/t="s"/.test(attrs)) return shared[Number(value)] ?? '';
      if (/t="inlineStr"/.test(attrs)) return decode(body);
      return value;
    }),
  );
}

async function saveDownload(download: Promise<Download>, name: string): Promise<{ file: string; suggested: string }> {
  const d = await download;
  const file = path.join(tmpdir(), `pcmt-e2e-${process.pid}-${name}`);
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

async function agencyId(api: ApiClient, q: string, name: string): Promise<number> {
  const r = await api.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent(q)}&page_size=50`);
  assert.equal(r.status, 200, r.text);
  const found = r.json.items.find((a: { name: string }) => a.name === name);
  assert.ok(found, `${name} is in the catalogue`);
  return found.id;
}

/** The rows of the table inside `region`, as arrays of cell texts, once it is not loading. */
async function rowsIn(page: Page, region: string): Promise<string[][]> {
  const scope = page.getByRole('region', { name: region });
  await scope.locator('.table-wrap:not([aria-busy])').waitFor();
  return scope.locator('table.table tbody tr').evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
  );
}

async function uploadPlan(page: Page, file: string): Promise<void> {
  await page.goto('/ke-hoach');
  await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch' }).waitFor();
  await page.getByLabel('Tệp kế hoạch').setInputFiles(file);
  await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  await page.getByRole('heading', { name: 'Kết quả trích xuất' }).waitFor();
}

describe('web UI: plans, tasks and reports', () => {
  let web: Web;
  let office: ApiClient;
  let khcnId = 0;
  let yteId = 0;
  /** The plan saved through the page in the first test, and the task corrected there. */
  let mainPlan = 0;
  let mainTask = 0;
  let mainInstance = 0;

  before(async () => {
    web = await startWeb();
    await web.srv.addUser({ username: OFFICE, role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD,
      fullName: 'Phạm Thường Trực' });
    office = new ApiClient(web.srv.baseUrl);
    await office.loginOk(OFFICE, PASSWORD);
    khcnId = await agencyId(office, 'khoa hoc', 'Sở Khoa học và Công nghệ');
    yteId = await agencyId(office, 'y te', 'Sở Y tế');
    await web.srv.addUser({ username: KHCN_USER, role: 'agency', scope: `agency:${khcnId}`, password: PASSWORD,
      fullName: 'Văn thư Sở Khoa học' });
    await web.srv.addUser({ username: YTE_USER, role: 'agency', scope: `agency:${yteId}`, password: PASSWORD });
  });
  after(async () => {
    await web?.close();
  });

  test('import a plan, correct an agency, report as that agency, accept, download the DOCX and XLSX', async () => {
    // 1. The standing office reads the plan and sees the extraction beside the source text.
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await uploadPlan(page, NGHE_AN);
      assert.equal(await page.getByLabel('Số hiệu', { exact: true }).inputValue(), '594/KH-UBND');
      assert.equal(await page.getByLabel('Ngày ban hành').inputValue(), '21/07/2025');
      assert.equal(await page.getByLabel('Cơ quan ban hành').inputValue(), 'Ủy ban nhân dân tỉnh Nghệ An');
      const source = page.getByRole('region', { name: 'Nội dung văn bản gốc' });
      assert.match(await source.innerText(), /Số: 594\/KH-UBND/);
      const extract = await page.locator('.import-extract').boundingBox();
      const sourceBox = await page.locator('.import-source').boundingBox();
      assert.ok(extract && sourceBox && sourceBox.x >= extract.x + extract.width, 'two columns on a desktop');
      assert.match(await page.getByRole('heading', { name: /^Nhiệm vụ \(\d+\)$/ }).innerText(), /Nhiệm vụ \(80\)/);

      const task = page.getByRole('article', { name: 'Nhiệm vụ II.5.đ.1' });
      assert.match(await task.innerText(), /Chủ trì\s*Sở Tài chính/);
      assert.match(await task.innerText(), /Thời hạn: Hạn cụ thể · 30\/06\/2025/);
      // A deadline before the plan's date of issue (21/7/2025) is pointed out; other tasks carry no such note.
      assert.match(await task.locator('.field-warning').innerText(), /trước ngày ban hành kế hoạch \(21\/07\/2025\)/);
      assert.equal(await page.locator('.field-warning').count(), 1);
      // The task's words are marked in the source text.
      await task.getByRole('button', { name: 'Xem nhiệm vụ II.5.đ.1 trong văn bản' }).click();
      assert.match(await source.locator('mark').innerText(), /hỗ trợ kinh phí hoạt động của các Cơ sở cai nghiện/);

      // 2. Correct one agency: Sở Khoa học và Công nghệ leads instead of Sở Tài chính.
      await task.getByRole('button', { name: 'Sửa nhiệm vụ II.5.đ.1' }).click();
      await task.getByRole('button', { name: 'Bỏ Sở Tài chính khỏi danh sách chủ trì' }).click();
      await task.getByLabel('Tìm cơ quan').fill('khoa hoc cong nghe');
      await task.getByLabel('Cơ quan trong danh mục').selectOption({ label: 'Sở Khoa học và Công nghệ' });
      await task.getByLabel('Vai trò').selectOption({ label: 'Chủ trì' });
      await task.getByRole('button', { name: 'Thêm cơ quan' }).click();
      await task.getByRole('button', { name: 'Xong sửa nhiệm vụ II.5.đ.1' }).click();
      const corrected = await task.locator('.task-agencies').innerText();
      assert.match(corrected, /Chủ trì\s*Sở Khoa học và Công nghệ/);
      assert.doesNotMatch(corrected, /Sở Tài chính/);

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.waitForURL(/\/ke-hoach\/\d+$/);
      await page.getByRole('status').filter({ hasText: 'Đã lưu kế hoạch với 80 nhiệm vụ' }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Kế hoạch số 594/KH-UBND' }).waitFor();
      mainPlan = Number(/\/ke-hoach\/(\d+)$/.exec(page.url())?.[1]);
    });

    const saved = await office.get(`/api/v1/plans/${mainPlan}`);
    assert.equal(saved.status, 200, saved.text);
    const task = saved.json.tasks.find((t: { ref: string }) => t.ref === 'II.5.đ.1');
    assert.deepEqual(
      task.agencies.map((a: { name: string; role: string }) => `${a.role}:${a.name}`),
      ['lead:Sở Khoa học và Công nghệ', 'cooperating:Công an tỉnh'],
    );
    mainTask = task.id;

    // 3. The agency sees its task and its overdue report, and files it with evidence.
    await web.withPage(async (page) => {
      await logIn(page, KHCN_USER);
      const bell = page.getByRole('link', { name: /^Thông báo: \d+ mục cần chú ý$/ });
      await bell.waitFor();
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhiệm vụ của tôi' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ của tôi' }).waitFor();
      const due = await rowsIn(page, 'Báo cáo');
      assert.equal(due.length, 1, JSON.stringify(due));
      assert.equal(due[0]?.[0], '30/06/2025');
      assert.match(due[0]?.[2] ?? '', /Kế hoạch 594\/KH-UBND, nhiệm vụ II\.5\.đ\.1/);
      assert.equal(due[0]?.[3], 'Quá hạn, chưa gửi');
      const assigned = page.getByRole('region', { name: 'Nhiệm vụ được giao' });
      assert.match(await assigned.innerText(), /II\.5\.đ\.1[\s\S]*Chủ trì/);

      await page.getByRole('link', { name: /^Gửi báo cáo Hạn 30\/6\/2025, nhiệm vụ II\.5\.đ\.1$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo Hạn 30/6/2025' }).waitFor();
      mainInstance = Number(/\/bao-cao\/(\d+)$/.exec(page.url())?.[1]);
      await page.getByLabel('Tiến độ thực hiện nhiệm vụ').selectOption({ label: 'Hoàn thành' });
      await page.getByLabel('Kết quả thực hiện').fill(NARRATIVE);
      await page.getByLabel('Chỉ tiêu 1').fill('Số cơ sở được hỗ trợ kinh phí');
      await page.getByLabel('Giá trị').fill('2');
      await page.getByLabel('Đơn vị').fill('cơ sở');
      await page.getByLabel('Tài liệu kèm theo').setInputFiles({
        name: 'bien-ban-ho-tro.txt', mimeType: 'text/plain', buffer: Buffer.from('Biên bản hỗ trợ kinh phí\n'),
      });
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã gửi báo cáo' }).waitFor();
      await page.getByRole('heading', { name: /^Báo cáo gửi lúc/ }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Chờ duyệt, gửi trễ hạn/);
      assert.equal(await page.getByRole('heading', { name: 'Gửi báo cáo' }).count(), 0, 'nothing more to file');
    });

    // 4. The standing office finds it among the reports awaiting review and accepts it.
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Duyệt báo cáo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo chờ duyệt' }).waitFor();
      const queue = await rowsWhen(page, (rows) => rows.some((r) => r[0] === 'Sở Khoa học và Công nghệ'), 'the filed report');
      assert.equal(queue.length, 1);
      assert.match(queue[0]?.[4] ?? '', /Trễ hạn/);
      await page.getByRole('link', { name: 'Xem và duyệt báo cáo của Sở Khoa học và Công nghệ, nhiệm vụ II.5.đ.1' }).click();
      assert.match(await page.locator('.report-card').innerText(), new RegExp(NARRATIVE.slice(0, 40)));
      assert.match(await page.locator('.report-card').innerText(), /Số cơ sở được hỗ trợ kinh phí\s*2\s*cơ sở/);
      await page.getByRole('button', { name: 'bien-ban-ho-tro.txt' }).waitFor();
      await page.getByRole('button', { name: 'Duyệt báo cáo' }).click();
      await page.locator('.review-accepted').waitFor();
      assert.match(await page.locator('.facts').innerText(), /Đã duyệt, gửi trễ hạn/);
      await page.goto('/duyet-bao-cao');
      await rowsWhen(page, (rows) => rows.length === 1 && rows[0]?.[0] === 'Không có báo cáo nào chờ duyệt.', 'an empty queue');
    });
    const instance = await office.get(`/api/v1/report-instances/${mainInstance}`);
    assert.equal(instance.json.status, 'accepted');
    assert.equal((await office.get(`/api/v1/tasks/${mainTask}`)).json.status, 'done', 'the lead reported it done');

    // 5. The agency's inbox says it was accepted.
    await web.withPage(async (page) => {
      await logIn(page, KHCN_USER);
      await page.goto('/thong-bao');
      const notices = page.getByRole('region', { name: /^Kết quả duyệt báo cáo/ });
      await notices.getByText('Đã duyệt báo cáo Hạn 30/6/2025 – nhiệm vụ II.5.đ.1').waitFor();
    });

    // 6. The plan's figures count the task done; its consolidated report comes as DOCX and XLSX.
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto(`/ke-hoach/${mainPlan}`);
      const figures = page.locator('.figures');
      await figures.waitFor();
      assert.match(await figures.innerText(), /Nhiệm vụ hoàn thành\s*1\/80/);
      const ranking = page.getByRole('table', { name: 'Xếp hạng cơ quan theo tỷ lệ báo cáo đúng hạn' });
      const khcn = ranking.getByRole('row').filter({ hasText: 'Sở Khoa học và Công nghệ' });
      assert.match(await khcn.innerText(), /1 chủ trì/);

      // The per-agency view: its name in the ranking filters the tasks to it.
      await khcn.getByRole('button', { name: 'Xem nhiệm vụ của Sở Khoa học và Công nghệ' }).click();
      await page.getByRole('status').filter({ hasText: '1/80 nhiệm vụ của Sở Khoa học và Công nghệ.' }).waitFor();
      const taskRow = page.locator('.task-section table.table tbody tr');
      assert.equal(await taskRow.count(), 1);
      assert.match(await taskRow.innerText(), /II\.5\.đ\.1[\s\S]*Hoàn thành/);

      // The period starts before the plan's date when a task was due earlier, as II.5.đ.1 was.
      const from = await page.getByLabel('Từ ngày').inputValue(); // dd/mm/yyyy
      assert.ok(from.split('/').reverse().join('-') <= '2025-06-30', from);
      await page.getByLabel('Đến ngày').fill('2026-12-31');
      const docxDownload = saveDownload(page.waitForEvent('download'), 'plan.docx');
      await page.getByRole('button', { name: 'Tải báo cáo Word (DOCX)' }).click();
      const docx = await docxDownload;
      const xlsxDownload = saveDownload(page.waitForEvent('download'), 'plan.xlsx');
      await page.getByRole('button', { name: 'Tải báo cáo Excel (XLSX)' }).click();
      const xlsx = await xlsxDownload;
      assert.match(docx.suggested, /\.docx$/);
      assert.match(xlsx.suggested, /\.xlsx$/);

      const word = docxRows(docx.file);
      assert.ok(word.xml.startsWith('<?xml'), 'document.xml starts with its declaration');
      const text = decode(word.xml.replace(/<\/w:p>/g, '\n'));
      assert.match(text, /BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594\/KH-UBND/);
      const docRow = word.rows.find((r) => r[0] === 'II.5.đ.1');
      assert.ok(docRow, `a table row for II.5.đ.1 in ${JSON.stringify(word.rows.slice(0, 3))}`);
      assert.equal(docRow[2], 'Sở Khoa học và Công nghệ');
      assert.match(docRow.join('\n'), /Hoàn thành/);
      assert.ok(docRow.join('\n').includes(NARRATIVE), `the narrative in ${JSON.stringify(docRow)}`);

      const sheet = xlsxRows(xlsx.file);
      assert.ok(sheet.some((r) => r.some((c) => c.includes('594/KH-UBND'))), 'the plan number in the workbook');
      const xlsRow = sheet.find((r) => r.includes('II.5.đ.1'));
      assert.ok(xlsRow, 'a worksheet row for II.5.đ.1');
      assert.ok(xlsRow.includes('Sở Khoa học và Công nghệ'), JSON.stringify(xlsRow));
      assert.ok(xlsRow.some((c) => c.includes(NARRATIVE)), `the narrative in ${JSON.stringify(xlsRow)}`);
      assert.ok(xlsRow.some((c) => /Hoàn thành/.test(c)), JSON.stringify(xlsRow));
      // Checked last: a second declaration inside document.xml makes the file malformed XML.
      assert.equal(word.xml.match(/<\?xml /g)?.length, 1, 'document.xml has one XML declaration (else Word refuses it)');
    });
  });

  test('a returned report shows the reason to the agency, which files it again', async () => {
    const created = await office.post('/api/v1/plans', {
      document: { number: '27/KH-BCĐ', date: '2025-02-10', issuer: 'Ban Chỉ đạo tỉnh', kind: 'ke_hoach',
        title: 'Kiểm tra cơ sở điều trị nghiện năm 2025' },
      tasks: [{ ref: 'II.1', text: 'Sở Y tế kiểm tra các cơ sở điều trị nghiện các chất dạng thuốc phiện.',
        lead: [{ id: yteId }], due: { kind: 'date', date: '2025-04-30', text: 'trước ngày 30/4/2025' } }],
    });
    assert.equal(created.status, 201, created.text);
    const yte = new ApiClient(web.srv.baseUrl);
    await yte.loginOk(YTE_USER, PASSWORD);
    const due = await yte.get(`/api/v1/report-instances?plan_id=${created.json.id}`);
    const instance = due.json.items[0];
    const filed = await yte.post(`/api/v1/report-instances/${instance.id}/reports`,
      { progress: 'in_progress', narrative: 'Đã kiểm tra 3 cơ sở.' });
    assert.equal(filed.status, 201, filed.text);
    const reason = 'Thiếu số người đang điều trị tại từng cơ sở';

    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await page.goto(`/ke-hoach/bao-cao/${instance.id}`);
      await page.getByRole('heading', { name: 'Duyệt báo cáo' }).waitFor();
      // Returning needs a reason.
      await page.getByRole('button', { name: 'Trả lại' }).click();
      assert.equal((await page.getByRole('alert').innerText()).trim(), 'Vui lòng ghi rõ lý do trả lại báo cáo.');
      await page.getByLabel('Nhận xét (bắt buộc khi trả lại)').fill(reason);
      await page.getByRole('button', { name: 'Trả lại' }).click();
      await page.locator('.review-returned').waitFor();
      assert.match(await page.locator('.review-returned').innerText(), new RegExp(`Lý do: ${reason}`));
    });

    await web.withPage(async (page) => {
      await logIn(page, YTE_USER);
      await page.getByRole('link', { name: /^Thông báo: \d+ mục cần chú ý$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
      const notice = page.locator('.inbox-item.unread', { hasText: 'Trả lại báo cáo Hạn 30/4/2025 – nhiệm vụ II.1' });
      assert.match(await notice.innerText(), new RegExp(`Lý do: ${reason}`));
      await notice.getByRole('link', { name: 'Xem báo cáo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Báo cáo Hạn 30/4/2025' }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Bị trả lại, quá hạn/);
      const form = page.locator('form', { has: page.getByRole('heading', { name: 'Gửi lại báo cáo' }) });
      assert.match(await form.getByRole('status').first().innerText(), new RegExp(`Lý do: ${reason}`));
      assert.equal(await form.getByLabel('Kết quả thực hiện').inputValue(), 'Đã kiểm tra 3 cơ sở.', 'starts from the returned report');

      await form.getByLabel('Kết quả thực hiện').fill('Đã kiểm tra 3 cơ sở, đang điều trị 412 người.');
      await form.getByRole('button', { name: 'Gửi lại báo cáo' }).click();
      await page.locator('.facts', { hasText: 'Chờ duyệt' }).waitFor();
      assert.equal(await page.locator('.report-card').count(), 2, 'the returned report stays in the history');

      // Opening the notice marked it read.
      await page.goto('/thong-bao');
      await page.getByText('Trả lại báo cáo Hạn 30/4/2025 – nhiệm vụ II.1').waitFor();
      assert.equal(await page.locator('.inbox-item.unread').count(), 0);
    });
  });

  test('an agency the catalogue lacks is created only when the user confirms it', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICE);
      await uploadPlan(page, DONG_NAI);
      // A Đồng Nai plan uploaded in Nghệ An: the review says so from the start.
      const otherProvince = page.getByRole('region', { name: 'Kế hoạch của địa phương khác' });
      await otherProvince.waitFor();
      assert.match(await otherProvince.innerText(), /Kế hoạch này do tỉnh Đồng Nai ban hành, không phải tỉnh Nghệ An/);
      const panel = page.getByRole('region', { name: /^Cơ quan chưa có trong danh mục/ });
      const hoiNong = panel.getByRole('group', { name: /^“Hội Nông” Cơ quan mới/ });
      assert.match(await hoiNong.innerText(), /Cơ quan mới[\s\S]*Có trong nhiệm vụ: II\.4\.g/);
      const task = page.getByRole('article', { name: 'Nhiệm vụ II.4.g' });
      assert.match(await task.locator('.chip-new').innerText(), /Hội Nông\s*Cơ quan mới/);

      // A task deleted by mistake comes back where it was.
      await page.getByRole('button', { name: 'Xóa nhiệm vụ II.1.a' }).click();
      await page.getByRole('heading', { name: 'Nhiệm vụ (83)' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Đã xóa nhiệm vụ II.1.a.' }).getByRole('button', { name: 'Hoàn tác' }).click();
      await page.getByRole('heading', { name: 'Nhiệm vụ (84)' }).waitFor();
      assert.equal(await page.locator('.task-card h4').first().innerText(), 'Nhiệm vụ II.1.a');

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      const alert = page.locator('.save-bar').getByRole('alert');
      assert.match(await alert.innerText(), /Hãy chọn cách xử lý cho cơ quan chưa có trong danh mục: Hội Nông/);
      assert.equal(page.url().endsWith('/ke-hoach/nhap'), true, 'nothing saved');

      await hoiNong.getByLabel('Thêm vào danh mục cơ quan của tỉnh').check();
      await hoiNong.getByLabel('Loại cơ quan').selectOption({ label: 'Mặt trận, đoàn thể' });
      assert.match(await hoiNong.getByRole('status').innerText(), /Sẽ thêm vào danh mục \(Mặt trận, đoàn thể\)/);
      // Not saved until the user confirms it is another province's plan they mean to keep.
      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.locator('.save-bar').getByRole('alert').filter({ hasText: 'Kế hoạch do Đồng Nai ban hành: hãy xác nhận' }).waitFor();
      assert.equal(page.url().endsWith('/ke-hoach/nhap'), true, 'nothing saved');
      await otherProvince.getByLabel('Tôi đã kiểm tra, vẫn lưu kế hoạch do Đồng Nai ban hành').check();
      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.waitForURL(/\/ke-hoach\/\d+$/);
      await page.getByRole('status').filter({ hasText: 'Đã thêm vào danh mục: Hội Nông.' }).waitFor();
    });
    const found = await office.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('Hội Nông')}`);
    const created = found.json.items.find((a: { name: string }) => a.name === 'Hội Nông');
    assert.ok(created, 'created in the catalogue');
    assert.equal(created.kind, 'doan_the');
  });

  test('the plans pages fit desktop and phone widths', async () => {
    assert.ok(mainPlan && mainTask && mainInstance, 'runs after the first test');
    const pages: [string, string, string][] = [
      [OFFICE, 'plan-list', '/ke-hoach'],
      [OFFICE, 'plan-detail', `/ke-hoach/${mainPlan}`],
      [OFFICE, 'task', `/ke-hoach/nhiem-vu/${mainTask}`],
      [OFFICE, 'report', `/ke-hoach/bao-cao/${mainInstance}`],
      [OFFICE, 'review-queue', '/duyet-bao-cao'],
      [OFFICE, 'inbox-office', '/thong-bao'],
      [YTE_USER, 'my-tasks', '/nhiem-vu'],
      [YTE_USER, 'inbox-agency', '/thong-bao'],
    ];
    for (const [name, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const user of [OFFICE, YTE_USER]) {
        await web.withPage(async (page) => {
          await logIn(page, user);
          for (const [who, label, url] of pages) {
            if (who !== user) continue;
            await page.goto(url);
            await page.locator('h1').waitFor();
            await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'));
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `${label} (${name}): page is ${overflow}px wider than the screen`);
            if (label === 'plan-list') {
              const province = page.getByRole('region', { name: /^Tình hình thực hiện toàn tỉnh \(\d+ kế hoạch\)$/ });
              assert.match(await province.innerText(), /Tỷ lệ nhiệm vụ quá hạn/);
            }
            await page.screenshot({ path: path.join(tmpdir(), `pcmt-plans-${label}-${name}.png`) });
          }
          if (user === OFFICE) {
            await uploadPlan(page, NGHE_AN);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `import (${name}): page is ${overflow}px wider than the screen`);
            await page.screenshot({ path: path.join(tmpdir(), `pcmt-plans-import-${name}.png`) });
          }
        }, size);
      }
    }
  });
});
