// Plans over real HTTP: upload a real plan, correct one agency, save, file a report as
// that agency with evidence, accept it as the standing office, then download the consolidated
// report as DOCX and XLSX and open both (unzip, read the XML) to check what they say.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { download, unzip, xmlText } from '../lib/office_files.ts';
import { assertError, PASSWORD, PROVINCE, useFixture, VIETNAMESE_LETTER } from '../lib/fixtures.ts';
import { engineFromEnv, repoRoot } from '../lib/server.ts';

const FIXTURE = 'nghe-an-594-kh-ubnd-2025.txt';
const fixtureBytes = () => readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', FIXTURE));

describe(`plans [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;
  let health: ApiClient;
  let healthId: number;
  let parsed: any;
  let planId: number;
  let corrected: { index: number; ref: string; text: string; section: string[] };
  let instanceId: number;
  let reportId: number;
  const evidence = Buffer.from('Biên bản kiểm tra ngày 20/9/2025\n\u0000\u00ff', 'utf8');

  before(async () => {
    office = await fx.as('standing_office');
    const found = await office.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('Sở Y tế')}`);
    healthId = found.json.items.find((a: any) => a.name === 'Sở Y tế').id;
    await fx.srv.addUser({ username: 't_syt', role: 'agency', scope: `agency:${healthId}`, password: PASSWORD });
    health = await fx.login('t_syt');
  });

  test('upload: the extraction of a real plan beside its source text', async () => {
    const r = await office.post(`/api/v1/plans/parse?filename=${FIXTURE}`, undefined,
      { raw: fixtureBytes(), contentType: 'text/plain' });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    parsed = r.json;
    assert.equal(parsed.plan.document.number, '594/KH-UBND');
    assert.equal(parsed.plan.document.date, '2025-07-21');
    assert.equal(parsed.plan.document.kind, 'ke_hoach');
    assert.equal(parsed.source_name, FIXTURE);
    assert.ok(parsed.plan.tasks.length >= 20, `only ${parsed.plan.tasks.length} tasks`);
    assert.match(parsed.source_text, /594\/KH-UBND/);
    const police = parsed.agencies.find((a: any) => a.name === 'Công an tỉnh');
    assert.ok(police && typeof police.agency_id === 'number', JSON.stringify(parsed.agencies.slice(0, 5)));
    assert.deepEqual(parsed.unknown_agencies, []);
  });

  test('upload: an empty or binary file is refused with a clear message', async () => {
    assertError(await office.post('/api/v1/plans/parse?filename=x.txt', undefined, { raw: '', contentType: 'text/plain' }),
      400, 'plan.unreadable', 'file');
    const junk = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const r = await office.post('/api/v1/plans/parse?filename=old.doc', undefined,
      { raw: junk, contentType: 'application/msword' });
    assert.ok(r.status === 400 && /^plan\./.test(r.json.code), r.text);
    assert.match(r.json.message, VIETNAMESE_LETTER);
  });

  test('upload: over 20 MiB is 413 before the body is read', async () => {
    const r = await office.post('/api/v1/plans/parse?filename=big.txt', undefined,
      { raw: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), contentType: 'text/plain' });
    assertError(r, 413, 'request.too_large');
  });

  function correctedBody(): any {
    const body = structuredClone(parsed.plan);
    // The correction: a dated task's lead becomes Sở Y tế, chosen from the catalogue by id.
    const index = body.tasks.findIndex((t: any) => ['date', 'month', 'quarter', 'year'].includes(t.due.kind));
    assert.ok(index >= 0, 'the fixture has a dated task');
    body.tasks[index].lead = [{ id: healthId }];
    body.tasks[index].cooperating = [];
    body.tasks[index].requested = [];
    corrected = { index, ref: body.tasks[index].ref, text: body.tasks[index].text, section: body.tasks[index].section };
    body.source_name = parsed.source_name;
    body.source_text = parsed.source_text;
    body.horizon_year = 2026;
    return body;
  }

  test('save: an unknown agency refuses the whole plan, naming the field', async () => {
    const body = correctedBody();
    body.tasks[1].cooperating = ['Hội Bảo trợ Người khuyết tật tỉnh'];
    assertError(await office.post('/api/v1/plans', body), 400, 'plan.agency_unknown', 'tasks[1].cooperating[0]');
    const list = await office.get('/api/v1/plans');
    assert.equal(list.json.total, 0);
  });

  test('save: wrong types and roles are refused', async () => {
    const body = correctedBody();
    body.tasks[0].due = { kind: 'weekly' };
    assertError(await office.post('/api/v1/plans', body), 400, 'plan.due_invalid', 'tasks[0].due.kind');
    const typed = correctedBody();
    typed.document.number = 594;
    assertError(await office.post('/api/v1/plans', typed), 400, 'request.invalid', 'document.number');
    const leader = await fx.as('leader');
    assertError(await leader.post('/api/v1/plans', correctedBody()), 403, 'auth.forbidden');
  });

  test('save: the corrected plan with its tasks and report instances', async () => {
    const body = correctedBody();
    const r = await office.post('/api/v1/plans', body);
    assert.equal(r.status, 201, r.text);
    planId = r.json.id;
    assert.equal(r.json.tasks, body.tasks.length);
    assert.ok(r.json.instances > 0);
    const again = await office.post('/api/v1/plans', body);
    assertError(again, 409, 'plan.duplicate');

    const plan = await office.get(`/api/v1/plans/${planId}?source=1`);
    assert.equal(plan.status, 200, plan.text);
    assert.equal(plan.json.document.number, '594/KH-UBND');
    assert.equal(plan.json.source_name, FIXTURE);
    assert.match(plan.json.source_text, /594\/KH-UBND/);
    assert.equal(plan.json.tasks.length, body.tasks.length);
    const task = plan.json.tasks[corrected.index];
    assert.equal(task.ref, corrected.ref);
    assert.deepEqual(task.agencies, [{ id: healthId, name: 'Sở Y tế', role: 'lead' }]);
    const audit = await fx.admin.get('/api/v1/audit?action=plan.create');
    assert.equal(audit.json.items[0].object_id, String(planId));
  });

  test('the agency sees its task and its due instance, and nothing of others', async () => {
    const mine = await health.get('/api/v1/my/tasks?page_size=200');
    assert.equal(mine.status, 200, mine.text);
    const task = mine.json.items.find((t: any) => t.ref === corrected.ref && t.text === corrected.text);
    assert.ok(task, 'the corrected task is in the agency list');
    assert.equal(task.role, 'lead');
    assert.equal(task.plan.number, '594/KH-UBND');
    const instances = await health.get(`/api/v1/report-instances?task_id=${task.id}`);
    assert.equal(instances.json.total, 1);
    instanceId = instances.json.items[0].id;
    assert.equal(instances.json.items[0].agency.name, 'Sở Y tế');
    assert.equal(instances.json.items[0].status, 'pending');
    const all = await health.get('/api/v1/report-instances?page_size=200');
    for (const i of all.json.items) assert.equal(i.agency.id, healthId);
    const police = await office.get(`/api/v1/report-instances?plan_id=${planId}&agency_id=${parsed.agencies.find((a: any) => a.name === 'Công an tỉnh').agency_id}`);
    assert.ok(police.json.total > 0);
    assertError(await health.get(`/api/v1/report-instances/${police.json.items[0].id}`), 404, 'not_found');
    assertError(await health.post(`/api/v1/report-instances/${police.json.items[0].id}/reports`,
      { progress: 'done', narrative: 'x' }), 404, 'not_found');
    assertError(await health.get(`/api/v1/plans/${planId}/stats`), 403, 'auth.forbidden');
  });

  test('the agency files its report with evidence', async () => {
    assertError(await health.post(`/api/v1/report-instances/${instanceId}/reports`, { progress: 'finished', narrative: 'x' }),
      400, 'report.progress_invalid', 'progress');
    assertError(await office.post(`/api/v1/report-instances/${instanceId}/reports`, { progress: 'done', narrative: 'x' }),
      403, 'auth.forbidden');
    const r = await health.post(`/api/v1/report-instances/${instanceId}/reports`, {
      progress: 'done',
      narrative: 'Đã tổ chức 12 lớp tập huấn cho 640 cán bộ y tế cơ sở',
      results: [{ indicator: 'Số lớp tập huấn', value: 12, unit: 'lớp' }, { indicator: 'Đánh giá', value: 'đạt' }],
      files: [{ name: 'bien-ban.txt', content_type: 'text/plain', content_base64: evidence.toString('base64') }],
    });
    assert.equal(r.status, 201, r.text);
    reportId = r.json.id;
    assert.equal(r.json.agency.name, 'Sở Y tế');
    assert.deepEqual(r.json.results[0], { indicator: 'Số lớp tập huấn', value: 12, unit: 'lớp' });
    assert.equal(r.json.files.length, 1);
    assert.equal(r.json.files[0].size, evidence.length);
    const file = await download(office, `/api/v1/reports/${reportId}/files/${r.json.files[0].id}`);
    assert.equal(file.status, 200);
    assert.ok(file.body.equals(evidence), 'evidence comes back byte for byte');
    assert.match(String(file.headers['content-disposition']), /^attachment; filename="bien-ban.txt"/);
  });

  test('the standing office accepts it; the agency is told', async () => {
    const box = await office.get('/api/v1/inbox');
    assert.equal(box.status, 200, box.text);
    assert.ok(box.json.review_needed.some((i: any) => i.instance_id === instanceId), box.text.slice(0, 400));
    assertError(await health.post(`/api/v1/reports/${reportId}/review`, { decision: 'accepted' }), 403, 'auth.forbidden');
    assertError(await office.post(`/api/v1/reports/${reportId}/review`, { decision: 'returned' }), 400,
      'report.comment_required', 'comment');
    const r = await office.post(`/api/v1/reports/${reportId}/review`, { decision: 'accepted', comment: 'Đạt yêu cầu' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.review, 'accepted');
    const told = await health.get('/api/v1/inbox');
    const notice = told.json.notifications.find((n: any) => n.report_id === reportId);
    assert.equal(notice?.kind, 'report_accepted');
    assert.equal(told.json.counts.unread, 1);
    const read = await health.post(`/api/v1/inbox/${notice.notification_id}/read`);
    assert.equal(read.status, 204);
    assert.equal((await health.get('/api/v1/inbox')).json.counts.unread, 0);
    const task = (await office.get(`/api/v1/plans/${planId}`)).json.tasks[corrected.index];
    assert.equal(task.status, 'done');
    const stats = await office.get(`/api/v1/plans/${planId}/stats`);
    assert.equal(stats.json.tasks.done, 1);
    assert.equal(stats.json.reports.accepted, 1);
    assert.equal(typeof stats.json.tasks.overdue_share, 'number');
    const agency = stats.json.agencies.find((a: any) => a.id === healthId);
    assert.equal(agency.reports.accepted, 1);
  });

  test('the consolidated report as DOCX opens and says what happened', async () => {
    const r = await download(office, `/api/v1/plans/${planId}/export.docx?from=2025-07-01&to=2026-12-31`);
    assert.equal(r.status, 200, r.body.toString('utf8').slice(0, 300));
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(String(r.headers['content-disposition']), /attachment; filename="bao-cao-594-kh-ubnd-2025-07-01-2026-12-31\.docx"/);
    const parts = unzip(r.body);
    assert.ok(parts.has('[Content_Types].xml') && parts.has('_rels/.rels'));
    const text = xmlText(parts.get('word/document.xml'));
    assert.match(text, /BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594\/KH-UBND/);
    assert.match(text, /Kỳ báo cáo: từ ngày 1\/7\/2025 đến ngày 31\/12\/2026/);
    assert.ok(text.includes(corrected.text), 'the corrected task is listed');
    assert.match(text, /Sở Y tế \([^)]*Đã duyệt/);
    assert.match(text, /Đã tổ chức 12 lớp tập huấn cho 640 cán bộ y tế cơ sở/);
    assert.match(text, /Số lớp tập huấn: 12 lớp/);
    assert.match(text, /Hoàn thành/);
    // Grouped under the plan's own section titles, kept from the parse through the save.
    assert.ok(corrected.section.length >= 2, 'the parser names the sections above the task');
    for (const title of corrected.section.slice(0, 2)) assert.ok(text.includes(title), title);
  });

  test('the consolidated report as XLSX opens and says the same', async () => {
    const r = await download(office, `/api/v1/plans/${planId}/export.xlsx?from=2025-07-01&to=2026-12-31`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const parts = unzip(r.body);
    assert.match(xmlText(parts.get('xl/workbook.xml')) + parts.get('xl/workbook.xml')!.toString('utf8'), /Nhiệm vụ/);
    const strings = xmlText(parts.get('xl/sharedStrings.xml'));
    assert.match(strings, /BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 594\/KH-UBND/);
    assert.ok(strings.includes(corrected.text));
    assert.match(strings, /Đã tổ chức 12 lớp tập huấn cho 640 cán bộ y tế cơ sở/);
    assert.match(strings, /Sở Y tế/);
    const exports = await fx.admin.get('/api/v1/audit?action=plan.export');
    assert.equal(exports.json.total, 2);
    assert.equal(exports.json.items[0].detail.format, 'xlsx');
  });

  test('exports and figures are for overseers only', async () => {
    assertError(await health.get(`/api/v1/plans/${planId}/export.docx`), 403, 'auth.forbidden');
    assertError(await office.get(`/api/v1/plans/${planId}/export.xlsx?from=2026-01-01&to=2025-01-01`), 400,
      'request.invalid_period', 'from');
    assertError(await office.get('/api/v1/plans/999999/export.docx'), 404, 'not_found');
    const province = await office.get('/api/v1/plan-stats');
    assert.equal(province.json.plans, 1);
  });

  test('a conditional task gets its date and then owes a report', async () => {
    const plan = (await office.get(`/api/v1/plans/${planId}`)).json;
    const waiting = plan.tasks.find((t: any) => t.due_state === 'awaiting_condition' || t.due_state === 'no_deadline');
    assert.ok(waiting, 'the fixture has a task without a date');
    assert.equal(waiting.instances.total, 0);
    const r = await office.patch(`/api/v1/tasks/${waiting.id}`, { due: { kind: 'date', date: '2026-06-30' } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.due_state, 'scheduled');
    // One instance per agency on the task, requested ones included (they are asked, not ordered).
    assert.equal(r.json.instances.total, waiting.agencies.length);
    // Out of an agency's scope is not found; in its scope but not its to change, forbidden.
    const own = waiting.agencies.some((a: any) => a.id === healthId);
    assertError(await health.patch(`/api/v1/tasks/${waiting.id}`, { text: 'x' }), own ? 403 : 404,
      own ? 'auth.forbidden' : 'not_found');
  });

  test('reminder days are a province setting', async () => {
    assert.equal((await office.get('/api/v1/plan-settings')).json.reminder_days, 7);
    assertError(await office.patch('/api/v1/plan-settings', { reminder_days: 61 }), 400, 'plan.reminder_days_invalid',
      'reminder_days');
    assertError(await health.patch('/api/v1/plan-settings', { reminder_days: 3 }), 403, 'auth.forbidden');
    const r = await office.patch('/api/v1/plan-settings', { reminder_days: 10 });
    assert.equal(r.json.reminder_days, 10);
    assert.equal((await health.get('/api/v1/inbox')).json.reminder_days, 10);
  });
});
